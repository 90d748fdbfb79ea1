package org.gridworks.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses a menu page to a signed-in user who holds none of the roles its area declared for it ({@link AreaMenu}),
 * with a 403 (recorded by the audit's denial filter like any other), so the menu and the page read one declaration.
 * Signing in is the container's job (web.xml); the services check their own roles on every call.
 */
public class PageAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Menu menu;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath()
                + Optional.ofNullable(request.getPathInfo()).orElse("");
        Optional<MenuItem> item = menu.forPage(path);
        if (item.isPresent()
                && !item.get().isOpen()
                && request.getUserPrincipal() != null
                && item.get().getRoles().stream().noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
