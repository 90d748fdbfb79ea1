/** What the integration and browser tests share: the deployment, HTTP and browser helpers. */
package org.gridworks.testing;
