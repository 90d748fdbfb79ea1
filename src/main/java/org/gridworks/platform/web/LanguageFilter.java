package org.gridworks.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Applies the language switch (?lang=zh-CN or ?lang=en on any page) to the session before the page renders. */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSwitch language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only GETs of pages: reading a POST's parameters here would decode a form before Faces sets its charset.
        // Public pages read ?lang per request (PublicPages): choosing it here would create a session.
        if ("GET".equals(request.getMethod())
                && SecurityHeadersFilter.isRenderedByFaces(request.getServletPath())
                && !PublicPages.isPublic(request)) {
            String requested = request.getQueryString() == null ? null : request.getParameter(LanguageSwitch.PARAMETER);
            if (requested != null) {
                language.choose(requested);
            }
        }
        chain.doFilter(request, response);
    }
}
