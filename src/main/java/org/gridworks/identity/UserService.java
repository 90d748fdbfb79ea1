package org.gridworks.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.People;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;

/** Administration of users: create, edit, enable or disable, reset a password. Administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserService {

    static final String RECORD = "User";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    UnitService units;

    @Inject
    Passwords passwords;

    @Inject
    AccountChanges changes;

    public List<AppUser> list() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.login", AppUser.class)
                .getResultList();
    }

    public Optional<AppUser> find(String login) {
        return UserQueries.byLogin(em, login);
    }

    public AppUser require(String login) {
        return find(login).orElseThrow(() -> BusinessException.notFound("user.notFound", login));
    }

    public AppUser create(@NotNull @Valid UserForm form, String initialPassword) {
        String login = form.login().trim();
        if (UserQueries.loginTaken(em, login) || People.SYSTEM.equalsIgnoreCase(login)) {
            throw BusinessException.invalid("login", "user.loginTaken", login);
        }
        PasswordPolicy.check(login, initialPassword, "password");
        AppUser user = new AppUser(
                login,
                form.displayName().trim(),
                units.require(form.unit(), "unit"),
                passwords.hash(initialPassword),
                Time.now());
        apply(form, user);
        em.persist(user);
        em.flush();
        audit.recordChange(AuditAction.CREATE, RECORD, login, user.getDisplayName(), null, user.auditState());
        return user;
    }

    /** Saves an administrator's edit; refused when someone else saved the user since the form was loaded. */
    public AppUser update(@NotNull @Valid UserForm form) {
        AppUser user = require(form.login().trim());
        if (user.getVersion() != form.version()) {
            throw BusinessException.stale();
        }
        Map<String, Object> before = user.auditState();
        user.setDisplayName(form.displayName().trim());
        user.setUnit(units.require(form.unit(), "unit"));
        apply(form, user);
        em.flush();
        changes.changed(user.getLogin());
        audit.recordChange(
                AuditAction.UPDATE, RECORD, user.getLogin(), user.getDisplayName(), before, user.auditState());
        return user;
    }

    /** Sets a new password chosen by the administrator (e.g. for a user who forgot theirs) and unlocks the account. */
    public void resetPassword(String login, String newPassword) {
        AppUser user = require(login);
        PasswordPolicy.check(login, newPassword, "password");
        user.changePassword(passwords.hash(newPassword), Time.now());
        changes.passwordChanged(user.getLogin());
        audit.record(AuditAction.PASSWORD_RESET, RECORD, login, null);
    }

    private void apply(UserForm form, AppUser user) {
        for (String role : form.roles()) {
            if (!Roles.isKnown(role)) {
                throw BusinessException.invalid("roles", "user.roleUnknown", role);
            }
        }
        if (form.roles().isEmpty()) {
            throw BusinessException.invalid("roles", "user.rolesRequired");
        }
        user.setPhone(blankToNull(form.phone()));
        user.setEmail(blankToNull(form.email()));
        user.setRoles(form.roles());
        user.setEnabled(form.enabled());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
