/** Who uses GridWorks: units, users, roles, sign-in and the rules on who may act where. */
package org.gridworks.identity;
