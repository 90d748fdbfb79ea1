package org.gridworks.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The languages GridWorks speaks: Chinese first (the default), English second. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {}

    /** The supported language closest to the given one; Chinese when nothing matches. */
    public static Locale closest(Locale wanted) {
        if (wanted != null && ENGLISH.getLanguage().equals(wanted.getLanguage())) {
            return ENGLISH;
        }
        return CHINESE;
    }

    /**
     * A name kept in both languages, as the reader's language has it; the Chinese one when the English one is
     * missing (an administrator may not have given it yet).
     */
    public static String pick(Locale locale, String chinese, String english) {
        return ENGLISH.equals(closest(locale)) && english != null && !english.isBlank() ? english : chinese;
    }

    /** The best supported language for an HTTP Accept-Language header; Chinese when absent or unreadable. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, List.of(CHINESE, Locale.CHINESE, ENGLISH));
            return closest(match);
        } catch (IllegalArgumentException unreadable) {
            return CHINESE;
        }
    }

    /** Parses the value of the language switch; unknown tags fall back to Chinese. */
    public static Locale fromTag(String tag) {
        return tag == null ? CHINESE : closest(Locale.forLanguageTag(tag.replace('_', '-')));
    }
}
