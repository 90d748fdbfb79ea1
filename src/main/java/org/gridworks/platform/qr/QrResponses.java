package org.gridworks.platform.qr;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridworks.platform.AccessRefusals;
import org.gridworks.platform.BusinessException;

/**
 * How a QR picture is answered: the text comes from an area's own lookup (which checks the caller's roles), the
 * picture is a PNG that the browser may keep for a day in its own cache only (it names a place in our system). Bad
 * input is a 400, someone else's record a 404, a refused role a 403, anything unexpected a 503: never a 500.
 */
public final class QrResponses {

    private static final Logger LOG = Logger.getLogger(QrResponses.class.getName());

    /** Pixels of a QR picture when the page does not say. */
    public static final int DEFAULT_SIZE = 240;

    /** Longest code or identifier a QR address takes: longer ones are refused before any lookup. */
    public static final int MAX_PARAMETER = 64;

    private QrResponses() {}

    /** The address of this server and application as the caller reached it, e.g. {@code http://host:8080/gw}. */
    public static String base(HttpServletRequest request) {
        StringBuilder url =
                new StringBuilder().append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort =
                "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
        if (!defaultPort && port > 0) {
            url.append(':').append(port);
        }
        return url.append(request.getContextPath()).toString();
    }

    /** A query parameter value, encoded for an address. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A required short parameter, trimmed; null when missing, blank or longer than {@link #MAX_PARAMETER}. */
    public static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank() || value.length() > MAX_PARAMETER) {
            return null;
        }
        return value.trim();
    }

    /** The size parameter: absent gives the default; not a number or out of bounds gives -1. */
    public static int size(HttpServletRequest request) {
        String value = request.getParameter("size");
        if (value == null || value.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value.trim());
            return size < QrImage.MIN_SIZE || size > QrImage.MAX_SIZE ? -1 : size;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Answers the QR of the text the lookup gives, or the status its failure means. The lookup runs the area's
     * service calls, so their role checks and "not yours" refusals decide.
     */
    public static void send(HttpServletResponse response, int size, Supplier<String> lookup) throws IOException {
        if (size < 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] png;
        try {
            png = QrImage.png(lookup.get(), size);
        } catch (BusinessException e) {
            response.sendError(statusOf(e));
            return;
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (RuntimeException e) {
            if (AccessRefusals.isRefusal(e)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            LOG.log(Level.WARNING, "QR picture not drawn", e);
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        // the language filter set UTF-8 for text answers; a picture has no charset
        response.setCharacterEncoding((String) null);
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }

    static int statusOf(BusinessException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
            default -> HttpServletResponse.SC_CONFLICT;
        };
    }
}
