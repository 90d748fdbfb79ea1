/** GridWorks: tracks the work behind connecting customers to the power grid within their legal time limits. */
package org.gridworks;
