package org.gridworks.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridworks.platform.DatabaseOutage;
import org.gridworks.platform.api.ApiError;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.web.SecurityHeadersFilter;

/**
 * How people and systems sign in. Pages: the sign-in page hands the credential over through
 * SecurityContext.authenticate; the session then remembers the user (with a new session id, against
 * session fixation) until sign-out or the idle timeout, with the roles the account has at each request
 * (a disabled account is signed out at its next request). API: a personal API token (Bearer) or HTTP Basic on every
 * call, no session needed; a call without valid credentials gets a JSON 401. A token costs one SHA-256 and one
 * indexed lookup (ApiTokenService); a Basic password is verified with PBKDF2 and then remembered for a minute
 * (RememberedPasswords), so a system calling many times a second is not held up by the hash. Tokens sign in API
 * calls only: on a page a Bearer header is ignored, as a token is meant for one system and not for a browser.
 * The session cookie signs in API reads (the pages' downloads) but an API write only with the anti-forgery header
 * from the same origin (CrossSiteCheck). A page that needs a user sends the visitor to the sign-in page, which
 * brings them back afterwards.
 */
@ApplicationScoped
public class GridWorksAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(GridWorksAuthentication.class.getName());
    static final String SIGN_IN_PAGE = "/login.xhtml";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final String BASIC_CHALLENGE = "Basic realm=\"GridWorks\", charset=\"UTF-8\"";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"GridWorks\", error=\"invalid_token\"";
    /** Marks a request signed in with a token (ApiTokenService refuses to issue tokens to such a call). */
    private static final String TOKEN_SIGN_IN = GridWorksAuthentication.class.getName() + ".token";

    @Inject
    CallerCache callerCache;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService tokens;

    @Inject
    RememberedPasswords recentPasswords;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // every signed-in request asks the database first (roles, account state): without this the container
            // answered an outage with a bare 500 before any error page or mapper could say what it was
            LOG.log(Level.WARNING, "Request refused: the database cannot be reached", e);
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential offered = context.getAuthParameters().getCredential();
        if (offered != null) {
            return signInFromPage(request, context, offered);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null
                && isApi(request)
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return signInWithToken(
                    request,
                    response,
                    context,
                    authorization.substring(BEARER.length()).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return signInWithBasic(
                    request,
                    response,
                    context,
                    authorization.substring(BASIC.length()).trim());
        }
        HttpSession session = request.getSession(false);
        SignedIn remembered = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
        if (remembered != null && isApi(request) && !CrossSiteCheck.mayUseSession(request)) {
            // a page of another site can make the browser send the cookie, but not this header
            remembered = null;
        }
        if (remembered != null) {
            Optional<Caller> now = accounts.currentCaller(remembered.login());
            if (now.isPresent()) {
                // read once for the whole request: CurrentCaller finds it here instead of reading the user again
                try {
                    callerCache.put(remembered.login(), now.get());
                } catch (ContextNotActiveException noRequestScope) {
                    // resolved again by CurrentCaller
                }
                return context.notifyContainerAboutLogin(
                        remembered.login(), now.get().roles());
            }
            session.removeAttribute(SignedIn.SESSION_KEY); // disabled since sign-in: signed out now
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, context);
        }
        return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?continue="
                + URLEncoder.encode(originalAddress(request), StandardCharsets.UTF_8));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedIn.SESSION_KEY);
        }
    }

    private AuthenticationStatus signInFromPage(
            HttpServletRequest request, HttpMessageContext context, Credential offered) {
        CredentialValidationResult result = identityStores.validate(offered);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // no error response: the sign-in page renders again with its message
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(
                        SignedIn.SESSION_KEY,
                        new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus signInWithBasic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return unauthorized(request, response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, context);
        }
        String login = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        // an address that must wait is refused by the full sign-in below, remembered password or not
        if (!throttle.isPaused(request.getRemoteAddr(), Instant.now())) {
            Optional<SignedIn> known = recentPasswords.find(login, password, Instant.now());
            if (known.isPresent()) {
                throttle.succeeded(request.getRemoteAddr()); // as the full sign-in does: typos before it are forgiven
                return context.notifyContainerAboutLogin(
                        known.get().login(), known.get().roles());
            }
        }
        long ticket = recentPasswords.ticket();
        CredentialValidationResult result =
                identityStores.validate(new UsernamePasswordCredential(login, new Password(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(request, response, context);
        }
        recentPasswords.remember(
                ticket,
                login,
                password,
                new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()),
                Instant.now());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus signInWithToken(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String token) {
        Optional<SignedIn> signedIn = tokens.verify(token);
        if (signedIn.isEmpty()) {
            // no throttle: 256 random bits cannot be guessed, and a refusal costs no more than a success
            return unauthorized(request, response, context, BEARER_CHALLENGE);
        }
        request.setAttribute(TOKEN_SIGN_IN, Boolean.TRUE);
        return context.notifyContainerAboutLogin(
                signedIn.get().login(), signedIn.get().roles());
    }

    static boolean signedInWithToken(HttpServletRequest request) {
        return request.getAttribute(TOKEN_SIGN_IN) != null;
    }

    /** The JSON 401 of the API; browsers are not asked for a Basic password (no pop-up on pages). */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        return unauthorized(request, response, context, BASIC_CHALLENGE);
    }

    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String challenge) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            SecurityHeadersFilter.apply(request, response);
            response.setHeader("WWW-Authenticate", challenge);
            response.setContentType("application/json;charset=UTF-8");
            String message =
                    Messages.get(Languages.fromAcceptLanguage(request.getHeader("Accept-Language")), "api.error.401");
            response.getWriter().write(ApiError.json(message, null));
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 503 with Retry-After, as JSON on the API and as a small page of its own elsewhere (no Faces, no database). */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            SecurityHeadersFilter.apply(request, response);
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            if (isApi(request)) {
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write(ApiError.json(Messages.get(locale, "api.error.503"), null));
            } else {
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                response.getWriter()
                        .write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag()
                                + "\"><head><meta charset=\"utf-8\"><title>" + Messages.get(locale, "error.503.title")
                                + " · GridWorks</title></head><body><h1>" + Messages.get(locale, "error.503.title")
                                + "</h1><p id=\"gw-unavailable\">" + Messages.get(locale, "error.503.text")
                                + "</p></body></html>");
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "The client left before the 503", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static String originalAddress(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
