package org.gridworks.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.gridworks.platform.i18n.Languages;

/**
 * Reading what API callers send the same way everywhere, in bodies and parameters: dates, date-times, whole
 * numbers, codes, the language they want. Dates outside 1900–2200 are refused here: nothing in the business
 * needs them, and the database would refuse some of them with a 500.
 */
public final class ApiInput {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private ApiInput() {}

    /** A YYYY-MM-DD date, or null when absent; anything else is a 400 naming the field. */
    public static LocalDate optionalDate(String field, String text) {
        return text == null || text.isBlank() ? null : date(field, text);
    }

    /** A YYYY-MM-DDTHH:MM:SS date-time (a bare date means its start), or null when absent. */
    public static LocalDateTime optionalDateTime(String field, String text) {
        return text == null || text.isBlank() ? null : dateTime(field, text);
    }

    /** A YYYY-MM-DD date that must be there. */
    public static LocalDate date(String field, String text) {
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // answered below
        }
        throw InvalidInputException.of(field, "api.badDate", shorten(text));
    }

    /** A YYYY-MM-DDTHH:MM:SS date-time that must be there; seconds are the finest the database keeps. */
    public static LocalDateTime dateTime(String field, String text) {
        try {
            String t = text.trim();
            LocalDateTime time = t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
            if (time.getYear() >= FIRST_YEAR && time.getYear() <= LAST_YEAR) {
                return time.withNano(0);
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // answered below
        }
        throw InvalidInputException.of(field, "api.badDateTime", shorten(text));
    }

    /** A whole number within bounds. */
    public static long whole(String field, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // answered below
        }
        throw InvalidInputException.of(field, "api.badNumber", shorten(text));
    }

    /** A code of an enum, in any case. */
    public static <E extends Enum<E>> E code(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(field, "api.unknownCode", shorten(text));
        }
    }

    /** The language asked for with ?lang= (downloads opened from a page), else the Accept-Language header. */
    public static Locale locale(String lang, HttpHeaders headers) {
        return lang == null || lang.isBlank()
                ? Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                : Languages.fromTag(lang);
    }

    /** Echoing a client's text in a message: never more than a line of it. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
