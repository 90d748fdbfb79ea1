/**
 * Material requests of connection projects and the 3-working-day delivery check: due dates, sourcing from the
 * warehouse that can still meet them, reservations, picking, dispatch, signed deliveries on site, and the
 * delivery board.
 */
package org.gridworks.requests;
