package org.gridworks.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gridworks.platform.i18n.CallerLocale;
import org.gridworks.platform.i18n.Languages;

/** The API caller's language (Accept-Language) for the whole call, Bean Validation messages included. */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiLanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CallerLocale.set(Languages.fromAcceptLanguage(request.getHeader("Accept-Language")));
        try {
            chain.doFilter(request, response);
        } finally {
            CallerLocale.clear();
        }
    }
}
