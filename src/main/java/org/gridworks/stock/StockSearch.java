package org.gridworks.stock;

import java.util.Locale;

/** How the stock check reads what the user typed: a part of the code, name or specification, any case. */
public final class StockSearch {

    /** The JPQL condition over a material m that the pattern's parameter :q is matched with. */
    public static final String MATCHES = "(LOWER(m.code) LIKE :q OR LOWER(m.name) LIKE :q OR LOWER(m.spec) LIKE :q)";

    private StockSearch() {
    }

    /** A LIKE pattern (lower case, for LOWER(column)) matching the text anywhere; the user's % and _ are taken literally. */
    public static String likePattern(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() > 100) {
            trimmed = trimmed.substring(0, 100);
        }
        String escaped = trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped.toLowerCase(Locale.ROOT) + "%";
    }
}
