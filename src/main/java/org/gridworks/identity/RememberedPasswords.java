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

    static final Duration AT_MOST = BriefMemory.AT_MOST;
    static final int LIMIT = BriefMemory.LIMIT;

    private static final String ALGORITHM = "HmacSHA256";

    private final BriefMemory<SignedIn> memory;
    private final SecretKeySpec key;

    public RememberedPasswords() {
        this(AT_MOST);
    }

    RememberedPasswords(Duration keep) {
        this.memory = new BriefMemory<>(keep);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Taken before verifying a password, handed back to {@link #remember}. */
    public long ticket() {
        return memory.ticket();
    }

    /** Who signed in with exactly this login and password less than a minute ago, unless their account changed. */
    public Optional<SignedIn> find(String login, String password, Instant now) {
        return memory.find(keyOf(login, password), now);
    }

    /** Remembers a verified login and password for a minute, unless an account changed since {@code ticket}. */
    public void remember(long ticket, String login, String password, SignedIn caller, Instant now) {
        memory.remember(ticket, keyOf(login, password), caller.login(), caller, now);
    }

    /** Forgets every password remembered for this account; verifications under way will not be remembered. */
    public void forget(String login) {
        memory.forget(login);
    }

    int size() {
        return memory.size();
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
