package org.gridworks.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import java.util.Optional;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * Posting stock movements, exactly once per idempotency key. The posting runs in its own transaction; when a
 * retry of the same key races the first attempt, the database's unique key makes the second one fail, and the
 * answer is then the first attempt's result, as if the retry had come later. Postings are not copied into the
 * audit trail: the ledger itself says who posted what, when and why, and is never changed.
 */
@Stateless
@RolesAllowed(Roles.WAREHOUSE)
public class StockService {

    @PersistenceContext
    EntityManager em;

    @Inject
    StockCommands commands;

    @Inject
    CurrentCaller callers;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PostingResult post(MovementCommand command) {
        Caller caller = callers.require();
        String key = key(command.idempotencyKey());
        String fingerprint = command.fingerprint(caller.login());
        if (key != null) {
            Optional<PostingResult> done = replay(key, fingerprint);
            if (done.isPresent()) {
                return done.get();
            }
        }
        try {
            return commands.execute(command, caller, key);
        } catch (RuntimeException e) {
            if (key != null && isDuplicateKey(e)) {
                return replay(key, fingerprint).orElseThrow(() -> e);
            }
            if (key != null && e instanceof BusinessException) {
                // a retry that waited for the first attempt's locks (an arrival waits for the transfer's row) finds
                // the stock already moved and is refused before it reaches the key: the first attempt is its answer
                Optional<PostingResult> done = replay(key, fingerprint);
                if (done.isPresent()) {
                    return done.get();
                }
            }
            throw e;
        }
    }

    private Optional<PostingResult> replay(String key, String fingerprint) {
        return em.createQuery("SELECT p FROM StockPosting p WHERE p.idempotencyKey = :key", StockPosting.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .map(posting -> {
                    if (!posting.getFingerprint()
                            .equals(fingerprint.length() > 400 ? fingerprint.substring(0, 400) : fingerprint)) {
                        throw BusinessException.conflict("stock.keyReused");
                    }
                    return new PostingResult(
                            posting,
                            em.createQuery(
                                            "SELECT m FROM StockMovement m" + " WHERE m.posting = :p ORDER BY m.id",
                                            StockMovement.class)
                                    .setParameter("p", posting)
                                    .getResultList(),
                            true);
                });
    }

    static String key(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String trimmed = key.trim();
        if (trimmed.length() > 64 || !trimmed.chars().allMatch(c -> c > 32 && c < 127)) {
            throw BusinessException.invalid("idempotencyKey", "stock.badKey");
        }
        return trimmed;
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    && String.valueOf(cause.getMessage())
                            .toLowerCase(Locale.ROOT)
                            .contains("uq_posting_key")) {
                return true;
            }
        }
        return false;
    }
}
