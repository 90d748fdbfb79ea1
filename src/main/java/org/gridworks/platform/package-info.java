/** What every business area stands on: database, web frame, JSON API base, language. No business rules here. */
package org.gridworks.platform;
