/** The one datasource, its schema migrations and its health check. */
package org.gridworks.platform.db;
