/** The search box: every area offers the records people look up by number or name through a {@link org.gridworks.platform.search.SearchSource}. */
package org.gridworks.platform.search;
