package org.gridworks.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;

/** The database identity store: users and PBKDF2 hashes from app_user, roles from user_role as groups. */
@ApplicationScoped
public class GridWorksIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // API calls sign in on every request; only their failures go on the audit trail, or it would drown
        boolean everyRequest = request.getHeader("Authorization") != null;
        return accounts.verifySignIn(
                        password.getCaller(), password.getPasswordAsString(), request.getRemoteAddr(), !everyRequest)
                .map(caller -> new CredentialValidationResult(caller.login(), new HashSet<>(caller.roles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
