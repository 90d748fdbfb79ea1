package org.gridworks.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sign-ins verified in the last minute at most, kept in this server's memory under a key that reveals no secret
 * (RememberedPasswords, RememberedTokens). Forgetting a login also spoils every verification under way (the ticket
 * taken before it), so a sign-in that read the account before a change cannot bring back what the change took away.
 */
final class BriefMemory<V> {

    static final Duration AT_MOST = Duration.ofMinutes(1);
    /** Many more distinct credentials than any real set of systems signs in with; beyond it, start again. */
    static final int LIMIT = 10_000;

    private record Kept<V>(String login, V value, Instant until) {}

    private final Duration keep;
    private final ConcurrentHashMap<String, Kept<V>> byKey = new ConcurrentHashMap<>();
    /** Counts account changes: a verification that started before the latest change is not remembered. */
    private final AtomicLong changes = new AtomicLong();

    BriefMemory(Duration keep) {
        if (keep.compareTo(AT_MOST) > 0) {
            throw new IllegalArgumentException("a verified sign-in is remembered at most " + AT_MOST);
        }
        this.keep = keep;
    }

    /** Taken before verifying, handed back to {@link #remember}. */
    long ticket() {
        return changes.get();
    }

    Optional<V> find(String key, Instant now) {
        Kept<V> kept = byKey.get(key);
        if (kept == null) {
            return Optional.empty();
        }
        if (!kept.until().isAfter(now)) {
            byKey.remove(key, kept);
            return Optional.empty();
        }
        return Optional.of(kept.value());
    }

    void remember(long ticket, String key, String login, V value, Instant now) {
        if (byKey.size() >= LIMIT) {
            byKey.values().removeIf(k -> !k.until().isAfter(now));
            if (byKey.size() >= LIMIT) {
                byKey.clear();
            }
        }
        byKey.put(key, new Kept<>(login, value, now.plus(keep)));
        // checked after the put: a change either shows here or, coming later, removes the entry itself
        if (changes.get() != ticket) {
            byKey.remove(key);
        }
    }

    void forget(String login) {
        changes.incrementAndGet();
        byKey.values().removeIf(k -> k.login().equals(login));
    }

    int size() {
        return byKey.size();
    }
}
