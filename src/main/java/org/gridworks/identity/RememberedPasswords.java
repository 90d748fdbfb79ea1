package org.gridworks.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic passwords verified in the last minute, so a system calling many times a second pays one PBKDF2
 * verification a minute instead of one per call. Kept in this server's memory under an HMAC of login and password
 * with a key drawn at start and never stored, so the heap holds no password and nothing that could be checked
 * against a guess without the key. A change to an account (password, roles, enabled) forgets its entries at once
 * (AccountChanges); a verification that was under way while an account changed is not remembered, or it could
 * bring back what the change took away. Only exact repeats of a verified login and password are answered here:
 * anything else goes through the full sign-in with its throttles.
 */
@ApplicationScoped
public class RememberedPasswords {

    static final Duration AT_MOST = Duration.ofMinutes(1);
    /** Many more distinct passwords than any real set of systems signs in with; beyond it, start again. */
    static final int LIMIT = 10_000;

    private static final String ALGORITHM = "HmacSHA256";

    private final Duration keep;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> byKey = new ConcurrentHashMap<>();
    /** Counts account changes: a verification that started before the latest change is not remembered. */
    private final AtomicLong changes = new AtomicLong();

    record Entry(SignedIn caller, Instant until) {}

    public RememberedPasswords() {
        this(AT_MOST);
    }

    RememberedPasswords(Duration keep) {
        if (keep.compareTo(AT_MOST) > 0) {
            throw new IllegalArgumentException("a verified password is remembered at most " + AT_MOST);
        }
        this.keep = keep;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Taken before verifying a password, handed back to {@link #remember}. */
    public long ticket() {
        return changes.get();
    }

    /** Who signed in with exactly this login and password less than a minute ago, unless their account changed. */
    public Optional<SignedIn> find(String login, String password, Instant now) {
        String k = keyOf(login, password);
        Entry entry = byKey.get(k);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.until().isAfter(now)) {
            byKey.remove(k, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    /** Remembers a verified login and password for a minute, unless an account changed since {@code ticket}. */
    public void remember(long ticket, String login, String password, SignedIn caller, Instant now) {
        if (byKey.size() >= LIMIT) {
            byKey.values().removeIf(e -> !e.until().isAfter(now));
            if (byKey.size() >= LIMIT) {
                byKey.clear();
            }
        }
        String k = keyOf(login, password);
        byKey.put(k, new Entry(caller, now.plus(keep)));
        // checked after the put: a change either shows here or, coming later, removes the entry itself
        if (changes.get() != ticket) {
            byKey.remove(k);
        }
    }

    /** Forgets every password remembered for this account; verifications under way will not be remembered. */
    public void forget(String login) {
        changes.incrementAndGet();
        byKey.values().removeIf(e -> e.caller().login().equals(login));
    }

    int size() {
        return byKey.size();
    }

    /** HMAC-SHA256 over the login's length, the login and the password, so no two pairs share an input. */
    private String keyOf(String login, String password) {
        byte[] l = login.getBytes(StandardCharsets.UTF_8);
        byte[] p = password.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(l.length).array());
            mac.update(l);
            return Base64.getEncoder().encodeToString(mac.doFinal(p));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
