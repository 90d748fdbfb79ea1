package org.gridworks.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gridworks.platform.web.FacesFeedback;

/** The sign-in page and the sign-out button. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private String login;
    private String password;
    private String continueTo;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(login, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeContinuation(continueTo));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            FacesFeedback.error("signIn.failed");
        }
    }

    public void signOut() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String user = external.getRemoteUser();
        if (user != null) {
            accounts.signedOut(user);
        }
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException alreadyOut) {
            // nothing to end
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + GridWorksAuthentication.SIGN_IN_PAGE + "?signedOut=true");
    }

    /** Only addresses inside GridWorks, so the sign-in page cannot be used to send people elsewhere. */
    static String safeContinuation(String requested) {
        if (requested == null
                || !requested.startsWith("/")
                || requested.startsWith("//")
                || requested.contains("\\")
                || requested.contains("\r")
                || requested.contains("\n")
                || requested.startsWith(GridWorksAuthentication.SIGN_IN_PAGE)) {
            return "/";
        }
        return requested;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
