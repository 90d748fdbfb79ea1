package org.gridworks.stock;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the stock check reads what the user typed: a part of the code, name or specification, any case. A cable's
 * size is written "3×150" in the catalogue, but a phone keyboard has no ×: the search writes every × and * as x,
 * in the text typed (and an x or X between two digits) as in the catalogue's names and specifications, so 3x150,
 * 3X150, 3*150, 3 x 150 and 3×150 find the same cables and nothing else. Full-width letters and digits (a Chinese
 * input method's) read as their ASCII forms.
 */
public final class StockSearch {

    /** A column with its multiplication signs written as x, as {@link #likePattern} writes them. */
    private static final String SIGNS_AS_X = "FUNCTION('REPLACE', FUNCTION('REPLACE', LOWER(%s), '×', 'x'), '*', 'x')";

    /** The JPQL condition over a material m that the pattern's parameter :q is matched with. */
    public static final String MATCHES = "(LOWER(m.code) LIKE :q OR " + SIGNS_AS_X.formatted("m.name") + " LIKE :q OR "
            + SIGNS_AS_X.formatted("m.spec") + " LIKE :q)";

    /** x or X between two digits, with any spaces around it, or × or * anywhere. */
    private static final Pattern TIMES = Pattern.compile("(?<=\\d)\\s*[xX×*]\\s*(?=\\d)|[×*]");

    private StockSearch() {}

    /** A LIKE pattern (lower case, for LOWER(column)) matching the text anywhere; the user's % and _ are taken literally. */
    public static String likePattern(String text) {
        String trimmed = text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC).trim();
        if (trimmed.length() > 100) {
            trimmed = trimmed.substring(0, 100);
        }
        String signs = TIMES.matcher(trimmed).replaceAll("x");
        String escaped = signs.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped.toLowerCase(Locale.ROOT) + "%";
    }
}
