/** The JSON API's base at /api/v1: its application, its error shape and the mapping of failures to status codes. */
package org.gridworks.platform.api;
