package org.gridworks.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/**
 * Whether an API call may ride on the page session's cookie. Reads may (the pages link to Excel downloads); a write
 * only when it carries the header {@value #HEADER} — which a page of another site cannot add without a CORS
 * pre-flight this server never grants — and, when the browser names the origin, it is this server's own. Other
 * clients sign every call with HTTP Basic and are not concerned.
 */
final class CrossSiteCheck {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private CrossSiteCheck() {}

    static boolean mayUseSession(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod())) {
            return true;
        }
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            return false;
        }
        String origin = request.getHeader("Origin");
        return origin == null || sameOrigin(origin, request);
    }

    /**
     * The origin's host and port as the browser wrote them against the Host header it sent to this server: behind a
     * TLS proxy the server itself sees plain HTTP, so its own scheme and port would not match https://host.
     */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            String host = request.getHeader("Host");
            return authority != null && host != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
