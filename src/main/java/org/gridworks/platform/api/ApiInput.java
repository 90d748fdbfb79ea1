package org.gridworks.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.i18n.Languages;

/** Reading what API callers send the same way everywhere: dates, date-times, the language they want. */
public final class ApiInput {

    private ApiInput() {
    }

    /** A YYYY-MM-DD date, or null when absent; anything else is a 400 naming the field. */
    public static LocalDate optionalDate(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "api.badDate", text);
        }
    }

    /** A YYYY-MM-DDTHH:MM:SS date-time (a bare date means its start), or null when absent. */
    public static LocalDateTime optionalDateTime(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String t = text.trim();
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "api.badDateTime", text);
        }
    }

    /** The language asked for with ?lang= (downloads opened from a page), else the Accept-Language header. */
    public static Locale locale(String lang, HttpHeaders headers) {
        return lang == null || lang.isBlank()
                ? Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                : Languages.fromTag(lang);
    }
}
