/** The home page, which grows into each role's dashboard. */
package org.gridworks.home;
