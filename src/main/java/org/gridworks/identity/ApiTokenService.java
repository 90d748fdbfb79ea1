package org.gridworks.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;

/**
 * Personal API tokens: issuing one (its text is answered once and never kept), listing and revoking them, and
 * checking the one an API call presents. Everyone manages their own tokens; administrators also those of others,
 * such as the accounts of integrating systems. Issue and revocation are audited; checking is not (it happens on
 * every call) and writes the last use at most once a minute.
 */
@Stateless
public class ApiTokenService {

    static final String RECORD = "ApiToken";
    /** Enough for every system a person runs; a script issuing tokens in a loop stops here. */
    static final int MOST_PER_USER = 20;

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    @Inject
    RememberedTokens remembered;

    @Inject
    AccountChanges accountChanges;

    /** A token just issued: its record, and its text, which nobody can see again. */
    public record Issued(ApiToken token, String secret) {}

    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<ApiToken> mine() {
        return tokensOf(caller());
    }

    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public Issued issueMine(String name, LocalDate expiresOn) {
        return issue(caller(), name, expiresOn);
    }

    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public void revokeMine(long id) {
        revoke(caller(), id);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<ApiToken> tokensOf(String login) {
        return tokensOf(user(login));
    }

    @RolesAllowed(Roles.ADMIN)
    public Issued issueFor(String login, String name, LocalDate expiresOn) {
        return issue(user(login), name, expiresOn);
    }

    @RolesAllowed(Roles.ADMIN)
    public void revokeOf(String login, long id) {
        revoke(user(login), id);
    }

    /**
     * The account a presented token signs in, with its roles now; empty when the text is no token, or the token
     * was revoked, has expired or belongs to a disabled account. One query a minute per token and server (the rest
     * are answered from RememberedTokens), no transaction unless the last use is due to be written.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedIn> verify(String presented) {
        if (!TokenSecret.wellFormed(presented)) {
            return Optional.empty();
        }
        String hash = TokenSecret.hashOf(presented);
        LocalDateTime now = Time.now();
        Instant instant = Instant.now();
        Optional<RememberedTokens.Verified> kept = remembered.find(hash, instant);
        if (kept.isPresent()) {
            return kept.get().on(now.toLocalDate());
        }
        long ticket = remembered.ticket();
        List<Object[]> rows = em.createQuery(
                        "SELECT t.id, t.expiresOn, t.lastUsedAt, u.login, r FROM ApiToken t"
                                + " JOIN t.user u JOIN u.roles r WHERE t.tokenHash = :hash AND u.enabled = :enabled",
                        Object[].class)
                .setParameter("hash", hash)
                .setParameter("enabled", true)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        LocalDate lastDay = (LocalDate) first[1];
        if (!TokenExpiry.worksOn(lastDay, now.toLocalDate())) {
            return Optional.empty();
        }
        if (TokenExpiry.lastUseDue((LocalDateTime) first[2], now)) {
            try {
                session.getBusinessObject(ApiTokenService.class).used((Long) first[0], now);
            } catch (EJBException | PersistenceException e) {
                // the call is signed in all the same; a missed last use is caught up on a later call
                LOG.log(Level.WARNING, "Could not write the last use of API token " + first[0], e);
            }
        }
        Set<String> roles = new HashSet<>();
        rows.forEach(row -> roles.add((String) row[4]));
        SignedIn caller = new SignedIn((String) first[3], roles);
        remembered.remember(ticket, hash, new RememberedTokens.Verified(caller, lastDay), instant);
        return Optional.of(caller);
    }

    /** Writes a token's last use unless another call wrote it in the last minute (on any server). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void used(long id, LocalDateTime now) {
        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                        + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt <= :due)")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("due", now.minus(TokenExpiry.LAST_USE_STEP))
                .executeUpdate();
    }

    private List<ApiToken> tokensOf(AppUser user) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.user = :user ORDER BY t.id", ApiToken.class)
                .setParameter("user", user)
                .getResultList();
    }

    private Issued issue(AppUser user, String name, LocalDate expiresOn) {
        if (GridWorksAuthentication.signedInWithToken(request)) {
            // a leaked token must not outlive its revocation by issuing itself successors
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "token.issueNeedsPassword", null);
        }
        if (name == null || name.isBlank()) {
            throw BusinessException.invalid("name", "api.json.required");
        }
        LocalDateTime now = Time.now();
        LocalDate lastDay = TokenExpiry.lastDay(expiresOn, now.toLocalDate());
        long held = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.user = :user", Long.class)
                .setParameter("user", user)
                .getSingleResult();
        if (held >= MOST_PER_USER) {
            throw BusinessException.conflict("token.tooMany", String.valueOf(MOST_PER_USER));
        }
        String secret = TokenSecret.newToken();
        ApiToken token = new ApiToken(
                user,
                name.strip(),
                TokenSecret.hashOf(secret),
                now,
                session.getCallerPrincipal().getName(),
                lastDay);
        em.persist(token);
        em.flush();
        audit.recordChange(
                AuditAction.CREATE,
                RECORD,
                token.getId(),
                user.getLogin() + ": " + token.getName(),
                null,
                token.auditState(user.getLogin()));
        return new Issued(token, secret);
    }

    private void revoke(AppUser user, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        // another user's token is "not found" too: its id tells nothing
        if (token == null || !token.belongsTo(user)) {
            throw BusinessException.notFound("token.notFound", String.valueOf(id));
        }
        audit.recordChange(
                AuditAction.DELETE,
                RECORD,
                token.getId(),
                user.getLogin() + ": " + token.getName(),
                token.auditState(user.getLogin()),
                null);
        em.remove(token);
        // a revoked token stops at once on every server: its account's remembered sign-ins are forgotten
        accountChanges.changed(user.getLogin());
    }

    private AppUser caller() {
        return UserQueries.byLogin(em, session.getCallerPrincipal().getName())
                .orElseThrow(BusinessException::forbidden);
    }

    private AppUser user(String login) {
        return UserQueries.byLogin(em, login).orElseThrow(() -> BusinessException.notFound("user.notFound", login));
    }
}
