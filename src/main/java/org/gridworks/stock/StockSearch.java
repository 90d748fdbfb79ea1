package org.gridworks.stock;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the stock check reads what the user typed: a part of the code, name or specification, any case. A cable's
 * size is written "3×150" in the catalogue, but a phone keyboard has no ×: between two digits, x, X, * and × (with
 * or without spaces) all stand for the multiplication sign and match each other.
 */
public final class StockSearch {

    /** The JPQL condition over a material m that the pattern's parameter :q is matched with. */
    public static final String MATCHES = "(LOWER(m.code) LIKE :q OR LOWER(m.name) LIKE :q OR LOWER(m.spec) LIKE :q)";

    /** x, X, * or × between two digits, with any spaces around it. */
    private static final Pattern TIMES = Pattern.compile("(?<=\\d)\\s*[xX*×]\\s*(?=\\d)");

    private StockSearch() {
    }

    /** A LIKE pattern (lower case, for LOWER(column)) matching the text anywhere; the user's % and _ are taken literally. */
    public static String likePattern(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() > 100) {
            trimmed = trimmed.substring(0, 100);
        }
        String escaped = trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        // LIKE's own one-character wildcard, unescaped, stands for the sign: "3x150" finds "3×150" and "3*150"
        return "%" + TIMES.matcher(escaped).replaceAll("_").toLowerCase(Locale.ROOT) + "%";
    }
}
