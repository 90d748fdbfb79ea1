package org.gridworks.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response of the application (declared first in web.xml, so it wraps error pages
 * too). Faces pages get their Content-Security-Policy from PrimeFaces' CSP mode, which adds a fresh script
 * nonce per rendering; every other response (API, resources, files) gets a policy that allows nothing to run
 * or frame it. The Server header is switched off in Payara itself (payara/pre-boot-commands.asadmin).
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    private static final long serialVersionUID = 1L;

    /** For responses that PrimeFaces does not render: nothing may run, nothing may frame them. */
    static final String LOCKED_DOWN_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; " + "form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new SinglePolicyResponse(response));
    }

    /**
     * The headers themselves, also for answers given before any filter runs: the sign-in mechanism's 401 is
     * written during authentication, which the container does before the filter chain.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", permissions(request.getServletPath()));
        if (request.isSecure()) {
            // only over TLS: a browser told so over plain HTTP would lock itself out of a test server
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getServletPath();
        if (!isRenderedByFaces(path)) {
            response.setHeader(CSP, LOCKED_DOWN_POLICY);
        }
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            // API answers and downloads carry people's data: no shared or browser cache may keep them
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The pages that scan a label's QR with the phone's camera: the stock check and the posting page. */
    static final java.util.Set<String> CAMERA_PAGES = java.util.Set.of("/stock/index.xhtml", "/stock/post.xhtml");

    /** The camera for this origin on the scanning pages only; everywhere else no camera, microphone or location. */
    static String permissions(String servletPath) {
        String camera = servletPath != null && CAMERA_PAGES.contains(servletPath) ? "camera=(self)" : "camera=()";
        return camera + ", microphone=(), geolocation=()";
    }

    /**
     * Whether Faces renders the response (a page, or an error page for an unknown address), so PrimeFaces sets
     * the policy. The JSON API, Faces resources and static files never run script and get the strict one.
     */
    static boolean isRenderedByFaces(String servletPath) {
        if (servletPath == null) {
            return true;
        }
        return !(servletPath.startsWith("/api/")
                || servletPath.startsWith("/jakarta.faces.resource/")
                || servletPath.startsWith("/resources/")
                || servletPath.startsWith("/favicon.")
                // QR pictures (stock labels, delivery notes) are drawn by servlets
                || servletPath.endsWith("/qr"));
    }

    /**
     * Keeps one Content-Security-Policy per response. When a page fails while rendering, its error page is
     * rendered into the same response with a new nonce; a second header would then block the error page's own
     * scripts, because a browser enforces every policy it gets. The newest policy is the one that fits.
     */
    static final class SinglePolicyResponse extends HttpServletResponseWrapper {

        SinglePolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
