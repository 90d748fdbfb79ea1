package org.gridworks.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.gridworks.platform.Time;

/**
 * Throttles progress lookups per client address (every attempt) and per application number (wrong proofs), counted
 * in the database so that every server of a cluster sees the same counts (README "Several servers": what servers
 * keep in memory is per server, which would multiply the limits by the number of servers). Each count is one upsert
 * in a transaction of its own, so it stays counted whatever happens to the lookup.
 */
@Stateless
@PermitAll
public class LookupThrottle {

    @PersistenceContext
    EntityManager em;

    /**
     * Counts this attempt for the address; answers how many seconds the caller must wait, or 0 to go on. A number
     * that has had its wrong proofs for this window waits too (the refusal itself is not counted for the number).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long admit(String address, String number, LocalDateTime now) {
        if (LookupPolicy.PER_ADDRESS.exceeded(count(LookupPolicy.PER_ADDRESS, address, now))) {
            return LookupPolicy.PER_ADDRESS.retryAfterSeconds(now);
        }
        if (read(LookupPolicy.PER_NUMBER, number, now) >= LookupPolicy.PER_NUMBER.limit()) {
            return LookupPolicy.PER_NUMBER.retryAfterSeconds(now);
        }
        return 0;
    }

    /**
     * Counts one read of another public list (the open grid capacity) from this address against its own policy;
     * answers how many seconds the caller must wait, or 0 to go on.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long admitRead(LookupPolicy policy, String address, LocalDateTime now) {
        return policy.exceeded(count(policy, address, now)) ? policy.retryAfterSeconds(now) : 0;
    }

    /** A wrong proof (unknown number or wrong phone: counted alike) for this number. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String number, LocalDateTime now) {
        count(LookupPolicy.PER_NUMBER, number, now);
    }

    /** Windows end within the hour; rows older than two hours only take room. Harmless on several servers at once. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    public void forgetOldWindows() {
        em.createNativeQuery("DELETE FROM public_lookup_window WHERE window_start < ?")
                .setParameter(1, Time.now().minusHours(2))
                .executeUpdate();
    }

    private int count(LookupPolicy policy, String value, LocalDateTime now) {
        String key = key(policy, value);
        LocalDateTime window = policy.windowStart(now);
        em.createNativeQuery("INSERT INTO public_lookup_window (throttle_key, window_start, attempts) VALUES (?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE attempts = attempts + 1")
                .setParameter(1, key)
                .setParameter(2, window)
                .executeUpdate();
        return attempts(key, window);
    }

    private int read(LookupPolicy policy, String value, LocalDateTime now) {
        return attempts(key(policy, value), policy.windowStart(now));
    }

    private int attempts(String key, LocalDateTime window) {
        List<?> rows = em.createNativeQuery(
                        "SELECT attempts FROM public_lookup_window WHERE throttle_key = ? AND window_start = ?")
                .setParameter(1, key)
                .setParameter(2, window)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** SHA-256 of the kind and value: a fixed length whatever was sent, and no address or number kept as typed. */
    static String key(LookupPolicy policy, String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((policy.prefix() + (value == null ? "" : value)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
