/** Parallel administrative permits (并联审批): permit types, one track per permit, documents, clocks, the clerk's board. */
package org.gridworks.permits;
