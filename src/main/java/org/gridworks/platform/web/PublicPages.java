package org.gridworks.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gridworks.platform.i18n.Languages;

/**
 * The pages anyone may open without an account, all under {@code /public/} (web.xml lets them through). They must
 * never create a session: a customer's lookup leaves no cookie and costs the Data Grid nothing. So their language is
 * the request's own, not the session's: {@code ?lang=} in the address (read from the query string only, so a form's
 * body is not decoded before Faces sets its charset), else the browser's Accept-Language.
 */
public final class PublicPages {

    public static final String PREFIX = "/public/";

    private PublicPages() {}

    /** A public page, or an error page shown for an address under /public/ (it must not create a session either). */
    public static boolean isPublic(HttpServletRequest request) {
        String path = request.getServletPath();
        if (path != null && path.startsWith(PREFIX)) {
            return true;
        }
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                && failed.startsWith(request.getContextPath() + PREFIX);
    }

    public static Locale locale(HttpServletRequest request) {
        String asked = fromQuery(request.getQueryString());
        return asked != null
                ? Languages.fromTag(asked)
                : Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The value of {@code lang} in a query string, or null. */
    static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(LanguageSwitch.PARAMETER + "=")) {
                return URLDecoder.decode(pair.substring(LanguageSwitch.PARAMETER.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
