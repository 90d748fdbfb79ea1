package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.gridworks.platform.Time;

/**
 * The outbox's bookkeeping, each step committed at once: which messages are due, claiming one (a conditional
 * update: two servers never both send it), and recording the outcome.
 */
@Stateless
public class OutboxClaims {

    /** A claim lapses after this long (a server that died while sending): the message is then sent again. */
    static final int CLAIM_MINUTES = 5;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        LocalDateTime now = Time.now();
        return em.createQuery(
                        "SELECT m.id FROM OutboxMessage m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                                + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.id",
                        Long.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Takes the message for sending; false when another server took it or it is no longer due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id) {
        LocalDateTime now = Time.now();
        return em.createQuery("UPDATE OutboxMessage m SET m.claimedUntil = :until WHERE m.id = :id"
                                + " AND m.status = :pending AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
                        .setParameter("until", now.plusMinutes(CLAIM_MINUTES))
                        .setParameter("id", id)
                        .setParameter("pending", OutboxStatus.PENDING)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMessage load(long id) {
        return em.find(OutboxMessage.class, id);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        em.createQuery("UPDATE OutboxMessage m SET m.status = :sent, m.sentAt = :now, m.attempts = m.attempts + 1,"
                        + " m.claimedUntil = NULL, m.lastError = NULL WHERE m.id = :id")
                .setParameter("sent", OutboxStatus.SENT)
                .setParameter("now", Time.now())
                .setParameter("id", id)
                .executeUpdate();
    }

    /** A failed try: again after the back-off, or given up (FAILED, for administrators) after the last attempt. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error, int attemptsSoFar, int maxAttempts, int backoffSeconds) {
        int attempts = attemptsSoFar + 1;
        OutboxStatus status = attempts >= maxAttempts ? OutboxStatus.FAILED : OutboxStatus.PENDING;
        String text = error == null ? "error" : error.length() > 500 ? error.substring(0, 500) : error;
        em.createQuery("UPDATE OutboxMessage m SET m.status = :status, m.attempts = :attempts, m.lastError = :error,"
                        + " m.nextAttemptAt = :next, m.claimedUntil = NULL WHERE m.id = :id")
                .setParameter("status", status)
                .setParameter("attempts", attempts)
                .setParameter("error", text)
                .setParameter("next", Time.now().plusSeconds(Backoff.delaySeconds(attempts, backoffSeconds)))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** An administrator sends a failed message again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int retry(long id) {
        return em.createQuery("UPDATE OutboxMessage m SET m.status = :pending, m.attempts = 0, m.nextAttemptAt = :now"
                        + " WHERE m.id = :id AND m.status = :failed")
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", Time.now())
                .setParameter("failed", OutboxStatus.FAILED)
                .setParameter("id", id)
                .executeUpdate();
    }
}
