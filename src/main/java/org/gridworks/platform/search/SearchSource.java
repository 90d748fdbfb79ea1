package org.gridworks.platform.search;

import java.util.List;
import java.util.Locale;

/**
 * One kind of record the search box finds (a project by number or customer, a material by code, name or
 * specification, a permit by its number), implemented by the area that owns it as a CDI bean. A source answers only
 * what the signed-in caller may see, with the same unit scope as the area's own lists.
 */
public interface SearchSource {

    /** The place of this kind among the results (smaller first). */
    int order();

    /** Message key of the heading above this kind's results. */
    String headingKey();

    /** The records whose number, name or code contains the text, at most {@code limit}, as links to their pages. */
    List<SearchHit> find(String text, int limit, Locale locale);
}
