/** The audit trail: who created, changed or deleted which record and when, with old and new values; sign-ins and refusals. */
package org.gridworks.audit;
