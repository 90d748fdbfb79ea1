package org.gridworks.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;

/** A user's own account: checking a sign-in, changing one's own password. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    SignInThrottle throttle;

    @Inject
    AccountChanges changes;

    SignInPolicy policy = SignInPolicy.PER_LOGIN;

    /**
     * Checks a login and password with the same work whatever the answer: one lookup and one hash (a decoy hash
     * for an unknown login), no row lock held while hashing, so neither the answer nor its time tells which logins
     * exist. Wrong passwords slow the login and the client address down (SignInPolicy, SignInThrottle) instead of
     * locking the account; an address or a login that must wait is refused before anything is hashed (the login's
     * wait is kept in memory for any text tried, so a quick refusal tells nothing about which logins exist).
     * Failures are audited once per burst, not once per guess.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Caller> verifySignIn(String login, String password, String clientAddress, boolean auditSuccess) {
        var now = Time.now();
        var instant = java.time.Instant.now();
        String attempted = shorten(login == null ? "" : login.strip());
        if (throttle.isPaused(clientAddress, instant)) {
            return Optional.empty();
        }
        String typed = Logins.normalize(login).orElse(null);
        if (throttle.isLoginPaused(typed, instant)) {
            // refused unhashed, known login or not; the address still counts it, so it cannot hammer unseen
            int fromAddress = throttle.failed(clientAddress, instant);
            if (throttle.audited(fromAddress)) {
                this.audit.recordSeparately(
                        AuditTrail.SYSTEM,
                        AuditAction.SIGN_IN_FAILED,
                        UserService.RECORD,
                        attempted,
                        "paused",
                        clientAddress);
            }
            return Optional.empty();
        }
        Optional<AppUser> found = UserQueries.byLogin(em, login);
        boolean wellFormed = password != null && password.codePoints().noneMatch(Character::isISOControl);
        boolean matches = found.isPresent()
                ? passwords.matches(wellFormed ? password : "", found.get().getPasswordHash()) && wellFormed
                : passwords.spendVerificationTime(password == null ? "" : password);
        String refusal = found.isEmpty()
                ? "unknown"
                : !matches
                        ? "wrong password"
                        : !found.get().isEnabled() ? "disabled" : found.get().isLockedAt(now) ? "paused" : null;
        if (refusal != null) {
            if (!matches) {
                throttle.loginFailed(typed, instant);
            }
            int fromAddress = throttle.failed(clientAddress, instant);
            boolean audit = throttle.audited(fromAddress);
            // counted in the database, one increment per guess even when guesses arrive in parallel; an unknown
            // login runs the same statement on no row, so both answers cost the same
            int failures =
                    countFailure(found.filter(u -> !matches).map(AppUser::getId).orElse(-1L));
            if (found.isPresent() && !matches) {
                java.time.Duration pause = policy.pauseAfter(failures);
                if (!pause.isZero()) {
                    setLock(found.get(), failures, now.plus(pause));
                }
                audit = audit && policy.audited(failures);
            }
            if (audit) {
                this.audit.recordSeparately(
                        AuditTrail.SYSTEM,
                        AuditAction.SIGN_IN_FAILED,
                        UserService.RECORD,
                        found.map(AppUser::getLogin).orElse(attempted),
                        refusal,
                        clientAddress);
            }
            return Optional.empty();
        }
        AppUser user = found.get();
        if (user.getFailedAttempts() != 0 || user.getLockedUntil() != null) {
            setLock(user, 0, null);
        }
        throttle.succeeded(clientAddress);
        throttle.loginCleared(typed);
        if (auditSuccess) {
            audit.recordSeparately(
                    user.getLogin(), AuditAction.SIGN_IN, UserService.RECORD, user.getLogin(), null, clientAddress);
        }
        return Optional.of(new Caller(
                user.getLogin(), user.getDisplayName(), user.getUnit().getCode(), user.getRoles()));
    }

    /** Adds one to an account's failures in a row and answers the new count (0 for no account). */
    private int countFailure(long userId) {
        em.createQuery("UPDATE AppUser u SET u.failedAttempts = u.failedAttempts + 1 WHERE u.id = :id")
                .setParameter("id", userId)
                .executeUpdate();
        List<Integer> count = em.createQuery("SELECT u.failedAttempts FROM AppUser u WHERE u.id = :id", Integer.class)
                .setParameter("id", userId)
                .getResultList();
        return count.isEmpty() ? 0 : count.get(0);
    }

    /**
     * Stores the failure count and lock beside the entity's version: they are not what administrators edit, so
     * a wrong password typed by the user must not make an administrator's open form stale.
     */
    private void setLock(AppUser user, int failedAttempts, java.time.LocalDateTime lockedUntil) {
        em.createQuery("UPDATE AppUser u SET u.failedAttempts = :failed, u.lockedUntil = :until WHERE u.id = :id")
                .setParameter("failed", failedAttempts)
                .setParameter("until", lockedUntil)
                .setParameter("id", user.getId())
                .executeUpdate();
    }

    /** Changes the caller's own password after checking the current one. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String login = session.getCallerPrincipal().getName();
        AppUser user = UserQueries.byLogin(em, login).orElseThrow(BusinessException::forbidden);
        if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
            throw BusinessException.invalid("currentPassword", "password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw BusinessException.invalid("newPassword", "password.unchanged");
        }
        PasswordPolicy.check(login, newPassword, "newPassword");
        user.changePassword(passwords.hash(newPassword), Time.now());
        changes.passwordChanged(user.getLogin());
        audit.record(AuditAction.PASSWORD_CHANGED, UserService.RECORD, login, null);
    }

    /** The caller's own choices for warnings: language, e-mail, text messages. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public AppUser notifications(String language, boolean email, boolean sms) {
        String login = session.getCallerPrincipal().getName();
        AppUser user = UserQueries.byLogin(em, login).orElseThrow(BusinessException::forbidden);
        String tag = language == null ? "zh-CN" : language.trim();
        if (!tag.equals("zh-CN") && !tag.equals("en")) {
            throw BusinessException.invalid("language", "account.badLanguage");
        }
        // refused only when switched on: an account without an address keeps the default and can still save
        if (email
                && !user.isNotifyEmail()
                && (user.getEmail() == null || user.getEmail().isBlank())) {
            throw BusinessException.invalid("notifyEmail", "account.noEmail");
        }
        if (sms
                && !user.isNotifySms()
                && (user.getPhone() == null || user.getPhone().isBlank())) {
            throw BusinessException.invalid("notifySms", "account.noPhone");
        }
        String before = user.getLanguage() + " email=" + user.isNotifyEmail() + " sms=" + user.isNotifySms();
        user.setNotifications(tag, email, sms);
        audit.record(
                AuditAction.UPDATE,
                UserService.RECORD,
                login,
                "notifications: " + before + " → " + tag + " email=" + email + " sms=" + sms);
        return user;
    }

    /** The caller's own account. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public AppUser me() {
        return UserQueries.byLogin(em, session.getCallerPrincipal().getName())
                .orElseThrow(BusinessException::forbidden);
    }

    /**
     * The signed-in user as they are now (roles, unit, name), or empty when the account was disabled or removed since
     * sign-in: a page session follows role changes and disabling at once.
     */
    @PermitAll
    public Optional<Caller> currentCaller(String login) {
        return UserQueries.byLogin(em, login)
                .filter(AppUser::isEnabled)
                .map(user -> new Caller(
                        user.getLogin(), user.getDisplayName(), user.getUnit().getCode(), user.getRoles()));
    }

    /** A sign-out, for the audit trail. */
    @PermitAll
    public void signedOut(String login) {
        audit.recordSeparately(login, AuditAction.SIGN_OUT, UserService.RECORD, login, null, null);
    }

    private static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64);
    }
}
