/** The page frame around every business area: language switch, response headers, error handling. */
package org.gridworks.platform.web;
