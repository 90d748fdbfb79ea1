package org.gridworks.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A Faces resource whose address carries its library's version ({@code ?...&v=15.0.13}) never changes under that
 * address: browsers may keep it a year and not ask again. Unversioned ones (GridWorks' own app.css and scripts,
 * which change with each release) keep the container's short default. Declared in web.xml for
 * /jakarta.faces.resource/*.
 */
public class VersionedResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getParameter("v");
        if (version == null || version.isBlank() || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        chain.doFilter(request, new KeepsItsCaching(response));
    }

    /** Faces' resource handler sets its own week-long max-age afterwards; this answer's stands. */
    private static final class KeepsItsCaching extends HttpServletResponseWrapper {

        KeepsItsCaching(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
