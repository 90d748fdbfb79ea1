package org.gridworks.customer;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How often a key may try a progress lookup: at most {@code limit} counted attempts in each fixed window (aligned
 * to the minute or hour of the company's clock). Fixed windows are one row per key and window in the database, so
 * every server counts the same; their cost is that up to twice the limit can pass around a window's edge.
 */
public record LookupPolicy(String prefix, int limit, Duration window) {

    /** Every lookup from one address: 30 a minute (issue 24: the 31st within a minute is refused). */
    public static final LookupPolicy PER_ADDRESS = new LookupPolicy("address:", 30, Duration.ofMinutes(1));

    /**
     * Wrong proofs for one application number, whoever sends them: 10 an hour. Four digits have 10,000 values, so
     * guessing one application's phone would take weeks; a customer who mistypes is held up for the rest of the hour.
     */
    public static final LookupPolicy PER_NUMBER = new LookupPolicy("number:", 10, Duration.ofHours(1));

    /** The start of the window that holds {@code now}. */
    public LocalDateTime windowStart(LocalDateTime now) {
        return window.equals(Duration.ofHours(1))
                ? now.truncatedTo(ChronoUnit.HOURS)
                : now.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Whole seconds until the window that holds {@code now} ends (at least 1): the answer's Retry-After. */
    public long retryAfterSeconds(LocalDateTime now) {
        LocalDateTime end = windowStart(now).plus(window);
        return Math.max(1, (Duration.between(now, end).toMillis() + 999) / 1000);
    }

    public boolean exceeded(int attempts) {
        return attempts > limit;
    }
}
