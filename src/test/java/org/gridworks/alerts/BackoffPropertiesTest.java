package org.gridworks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The outbox's wait before another try, for any base an administrator may set and any number of failures: it
 * starts at the base, doubles with each failure, and never waits more than an hour (3600 s, written out here so
 * that a changed cap fails the test) nor less than before.
 */
class BackoffPropertiesTest {

    private static final long AN_HOUR = 3600;

    @Property
    void delaysNeverDecreaseAndNeverExceedAnHour(
            @ForAll @IntRange(min = 1, max = 200) int failures, @ForAll @IntRange(min = 1, max = 7200) int base) {
        long delay = Backoff.delaySeconds(failures, base);
        long next = Backoff.delaySeconds(failures + 1, base);
        assertTrue(next >= delay, failures + " failures: " + delay + " s, then " + next + " s");
        assertTrue(next <= AN_HOUR, next + " s");
    }

    @Property
    void theFirstRetryWaitsTheBaseAndEachFailureDoublesTheWaitUpToTheHour(
            @ForAll @IntRange(min = 1, max = 200) int failures, @ForAll @IntRange(min = 1, max = 3600) int base) {
        assertEquals(base, Backoff.delaySeconds(1, base));
        assertEquals(
                Math.min(AN_HOUR, 2 * Backoff.delaySeconds(failures, base)), Backoff.delaySeconds(failures + 1, base));
    }

    @Property
    void enoughFailuresAlwaysReachTheHour(@ForAll @IntRange(min = 1, max = 3600) int base) {
        // doubling a base of at least 1 second reaches 3600 s within 13 failures (2^12 = 4096)
        assertEquals(AN_HOUR, Backoff.delaySeconds(13, base));
        assertEquals(AN_HOUR, Backoff.delaySeconds(Integer.MAX_VALUE, base), "and stays there without overflowing");
    }
}
