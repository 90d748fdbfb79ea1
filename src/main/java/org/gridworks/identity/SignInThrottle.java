package org.gridworks.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong sign-ins in this server's memory, per client address and per login, so that a sign-in that has to wait is
 * refused before anything is hashed and guessing costs the server nothing.
 * <p>
 * Per address: an address that keeps guessing (at one login or at many) waits longer and longer. A successful
 * sign-in from the address clears it (an office behind one address is not held up by its own typos); otherwise it
 * is forgotten an hour after its last failure. Behind a proxy every client has the proxy's address: see README,
 * known limits.
 * <p>
 * Per login: the same pauses as the database's count of failures (SignInPolicy.PER_LOGIN), but kept for any text
 * tried as a login, whether an account has it or not: a refusal without hashing must not tell strangers which
 * logins exist. Attempts during a pause are refused without counting, so a login being guessed gets one guess per
 * pause, the pauses growing to a minute. The database's count still pauses the login on every server.
 */
@ApplicationScoped
public class SignInThrottle {

    private final Bursts byAddress = new Bursts(SignInPolicy.PER_ADDRESS);
    private final Bursts byLogin = new Bursts(SignInPolicy.PER_LOGIN);

    public boolean isPaused(String address, Instant now) {
        return byAddress.isPaused(address, now);
    }

    /** Counts a failure; answers the failures in a row so far (for the audit: once per burst). */
    public int failed(String address, Instant now) {
        return byAddress.failed(address, now);
    }

    public void succeeded(String address) {
        byAddress.clear(address);
    }

    public boolean audited(int failures) {
        return byAddress.policy.audited(failures);
    }

    /** Whether this login (as typed, normalised) must wait before its next attempt. */
    public boolean isLoginPaused(String login, Instant now) {
        return login != null && byLogin.isPaused(login, now);
    }

    /** Counts a wrong password or an unknown login. */
    public void loginFailed(String login, Instant now) {
        if (login != null) {
            byLogin.failed(login, now);
        }
    }

    /** A right password, or an administrator's reset: the login starts again with its free attempts. */
    public void loginCleared(String login) {
        if (login != null) {
            byLogin.clear(login);
        }
    }

    /** Failures in a row per key, and until when each key waits. */
    private static final class Bursts {

        private static final Duration FORGET_AFTER = Duration.ofHours(1);
        private static final int TIDY_ABOVE = 10_000;

        final SignInPolicy policy;
        private final ConcurrentHashMap<String, Burst> byKey = new ConcurrentHashMap<>();

        Bursts(SignInPolicy policy) {
            this.policy = policy;
        }

        boolean isPaused(String key, Instant now) {
            Burst burst = byKey.get(key(key));
            return burst != null && burst.pausedUntil().isAfter(now);
        }

        int failed(String key, Instant now) {
            if (byKey.size() > TIDY_ABOVE) {
                byKey.values().removeIf(b -> b.last().plus(FORGET_AFTER).isBefore(now));
                if (byKey.size() > TIDY_ABOVE) {
                    // a flood of addresses (IPv6 makes them cheap) or invented logins must not grow the heap
                    byKey.clear();
                }
            }
            Burst burst = byKey.compute(key(key), (k, before) -> {
                int failures =
                        before == null || before.last().plus(FORGET_AFTER).isBefore(now) ? 1 : before.failures() + 1;
                return new Burst(failures, now.plus(policy.pauseAfter(failures)), now);
            });
            return burst.failures();
        }

        void clear(String key) {
            byKey.remove(key(key));
        }

        private static String key(String key) {
            return key == null ? "" : key;
        }
    }

    /** Failures in a row, and until when the next attempt waits. */
    record Burst(int failures, Instant pausedUntil, Instant last) {}
}
