package org.gridworks.audit;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridworks.platform.AccessRefusals;

/**
 * Puts every access denial on the audit trail: pages refused by their security constraint (seen here as the
 * dispatch to the 403 error page), and service calls refused for lack of a role, from a page or the API.
 * Declared in web.xml for requests and error dispatches.
 */
public class AccessDenialFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccessDenialFilter.class.getName());
    private static final String RECORDED = AccessDenialFilter.class.getName() + ".recorded";

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)
                    || AccessRefusals.isRefusal((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
                record(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN
                || AccessRefusals.isRefusal((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            record(request, request.getRequestURI());
        }
    }

    private void record(HttpServletRequest request, String address) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        try {
            audit.recordSeparately(
                    request.getRemoteUser() == null ? AuditTrail.SYSTEM : request.getRemoteUser(),
                    AuditAction.ACCESS_DENIED,
                    null,
                    null,
                    request.getMethod() + " " + address,
                    request.getRemoteAddr());
        } catch (RuntimeException e) {
            // the refusal itself must still reach the user; a lost audit line is logged instead
            LOG.log(Level.WARNING, "Could not record an access denial for " + address, e);
        }
    }
}
