package org.gridworks.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong sign-ins per client address, in this server's memory: an address that keeps guessing (at one login or at
 * many) waits longer and longer, and while it waits its attempts are refused without hashing anything, so
 * guessing costs the server nothing. A successful sign-in from the address clears it (an office behind one
 * address is not held up by its own typos); otherwise it is forgotten an hour after its last failure.
 * Behind a proxy every client has the proxy's address: see README, known limits.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int TIDY_ABOVE = 10_000;

    private final SignInPolicy policy = SignInPolicy.PER_ADDRESS;
    private final ConcurrentHashMap<String, Burst> byAddress = new ConcurrentHashMap<>();

    /** Failures in a row from one address, and until when it waits. */
    record Burst(int failures, Instant pausedUntil, Instant last) {
    }

    public boolean isPaused(String address, Instant now) {
        Burst burst = byAddress.get(key(address));
        return burst != null && burst.pausedUntil().isAfter(now);
    }

    /** Counts a failure; answers the failures in a row so far (for the audit: once per burst). */
    public int failed(String address, Instant now) {
        if (byAddress.size() > TIDY_ABOVE) {
            byAddress.values().removeIf(b -> b.last().plus(FORGET_AFTER).isBefore(now));
            if (byAddress.size() > TIDY_ABOVE) {
                // a flood of addresses (IPv6 makes them cheap) must not grow the heap: start again
                byAddress.clear();
            }
        }
        Burst burst = byAddress.compute(key(address), (k, before) -> {
            int failures = before == null || before.last().plus(FORGET_AFTER).isBefore(now) ? 1 : before.failures() + 1;
            return new Burst(failures, now.plus(policy.pauseAfter(failures)), now);
        });
        return burst.failures();
    }

    public void succeeded(String address) {
        byAddress.remove(key(address));
    }

    public boolean audited(int failures) {
        return policy.audited(failures);
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
