package org.gridworks.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller as resolved once in a request: a page or an API call asks CurrentCaller many times (every service
 * checks access), and each used to read the user's row again. Keyed by the principal's name, so a sign-in during
 * the request (a new principal) resolves afresh.
 */
@RequestScoped
public class CallerCache {

    private String login;
    private Caller caller;

    Caller get(String principal) {
        return principal.equals(login) ? caller : null;
    }

    void put(String principal, Caller resolved) {
        this.login = principal;
        this.caller = resolved;
    }
}
