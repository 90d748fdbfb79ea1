package org.gridworks.requests;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.gridworks.platform.search.SearchText;

/**
 * What the delivery board shows: one clock colour (a DeliveryState name), one warehouse (its name as the lines show
 * it), and words found in the request's number, project number, customer or site (typed as on any keyboard:
 * full-width and case do not matter); each optional. Filtering a page's rows in memory is enough: the board holds
 * the open requests only.
 */
record BoardFilter(String colour, String warehouse, String text) implements Serializable {

    private static final long serialVersionUID = 1L;

    boolean shows(RequestRow row) {
        return (blank(colour) || row.state().name().equals(colour))
                && (blank(warehouse)
                        || row.lines().stream()
                                .anyMatch(line -> line.warehouse().equals(warehouse)))
                && words().map(words -> contains(row, words)).orElse(true);
    }

    private Optional<String> words() {
        return SearchText.of(text).map(words -> words.toLowerCase(Locale.ROOT));
    }

    private static boolean contains(RequestRow row, String words) {
        return String.join("\n", String.valueOf(row.id()), row.projectNumber(), row.customer(), row.site())
                .toLowerCase(Locale.ROOT)
                .contains(words);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
