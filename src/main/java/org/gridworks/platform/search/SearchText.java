package org.gridworks.platform.search;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What a search box's text means: full-width letters and digits as typed on a Chinese keyboard read as ASCII (NFKC),
 * spaces around it dropped. Two characters at least (one is enough for a Chinese character, a surname is often two),
 * at most {@link #LONGEST}.
 */
public final class SearchText {

    public static final int LONGEST = 50;

    private SearchText() {}

    /** The text to search for, or empty when it is too short to search. */
    public static Optional<String> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.length() > LONGEST) {
            text = text.substring(0, LONGEST).strip();
        }
        boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return text.length() >= 2 || (chinese && !text.isEmpty()) ? Optional.of(text) : Optional.empty();
    }
}
