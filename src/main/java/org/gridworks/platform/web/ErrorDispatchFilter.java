package org.gridworks.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gridworks.platform.AccessRefusals;
import org.gridworks.platform.DatabaseOutage;
import org.gridworks.platform.api.ApiError;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;

/**
 * Gives the container's error pages the right status and form. web.xml can map error pages only by status or
 * exception type, for every address alike, so without this an access refusal showed the 403 page with status 500,
 * a database outage answered 500 instead of 503, and an API address outside JAX-RS (an unknown /api/v2/...)
 * answered with an HTML page. Declared in web.xml for the error dispatch only.
 */
public class ErrorDispatchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Set for the 500 page when the failure only means that the database cannot be reached. */
    static final String UNAVAILABLE = "gridworks.error.unavailable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (failure != null && AccessRefusals.isRefusal(failure)) {
            status = HttpServletResponse.SC_FORBIDDEN;
        } else if (failure != null && DatabaseOutage.isCause(failure)) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
        }
        if (!response.isCommitted()) {
            response.setStatus(status);
        }
        if (isApi(request) && !response.isCommitted()) {
            response.resetBuffer();
            response.setContentType("application/json;charset=UTF-8");
            String key = switch (status) {
                case 400, 401, 403, 404, 405, 406, 409, 415, 503 -> "api.error." + status;
                default -> "api.error.500";
            };
            String message = Messages.get(Languages.fromAcceptLanguage(request.getHeader("Accept-Language")), key);
            response.getOutputStream().write(ApiError.json(message, null).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the request that failed was addressed to the API (the error dispatch has the page's path). */
    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String address)) {
            return false;
        }
        String path = address.substring(
                Math.min(address.length(), request.getContextPath().length()));
        return path.equals("/api") || path.startsWith("/api/");
    }
}
