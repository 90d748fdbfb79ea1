package org.gridworks.alerts;

/** How long the outbox waits before trying a failed message again: doubling from the base, at most an hour. */
public final class Backoff {

    static final int MAX_SECONDS = 3600;

    private Backoff() {}

    /** Seconds to wait after the given number of failed attempts (1 = the first failure). */
    public static long delaySeconds(int failedAttempts, int baseSeconds) {
        long delay = baseSeconds;
        for (int i = 1; i < failedAttempts && delay < MAX_SECONDS; i++) {
            delay *= 2;
        }
        return Math.min(delay, MAX_SECONDS);
    }
}
