package org.gridworks.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LookupPolicyTest {

    @Test
    void anAddressHas30LookupsAMinuteTheThirtyFirstWaitsForTheNextMinute() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 2, 10, 15, 42);
        assertFalse(LookupPolicy.PER_ADDRESS.exceeded(30));
        assertTrue(LookupPolicy.PER_ADDRESS.exceeded(31));
        assertEquals(LocalDateTime.of(2026, 3, 2, 10, 15), LookupPolicy.PER_ADDRESS.windowStart(now));
        assertEquals(18, LookupPolicy.PER_ADDRESS.retryAfterSeconds(now));
    }

    @Test
    void aNumberHasTenWrongProofsAnHour() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 2, 10, 15, 0);
        assertEquals(10, LookupPolicy.PER_NUMBER.limit());
        assertEquals(LocalDateTime.of(2026, 3, 2, 10, 0), LookupPolicy.PER_NUMBER.windowStart(now));
        assertEquals(2700, LookupPolicy.PER_NUMBER.retryAfterSeconds(now));
        assertEquals(
                1, LookupPolicy.PER_NUMBER.retryAfterSeconds(LocalDateTime.of(2026, 3, 2, 10, 59, 59, 900_000_000)));
    }

    @Test
    void keysAreFixedLengthHashesAndKindsDoNotCollide() {
        String address = LookupThrottle.key(LookupPolicy.PER_ADDRESS, "127.0.0.1");
        assertEquals(64, address.length());
        assertNotEquals(address, LookupThrottle.key(LookupPolicy.PER_NUMBER, "127.0.0.1"));
        assertEquals(
                64,
                LookupThrottle.key(LookupPolicy.PER_NUMBER, "X".repeat(5000)).length());
    }
}
