package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInRulesTest {

    @Test
    void wrongPasswordsSlowALoginDownTwiceAsMuchEachTimeUpToAMinute() {
        SignInPolicy policy = SignInPolicy.PER_LOGIN;
        assertEquals(Duration.ZERO, policy.pauseAfter(1));
        assertEquals(Duration.ZERO, policy.pauseAfter(4), "four mistakes are free");
        assertEquals(Duration.ofSeconds(5), policy.pauseAfter(5));
        assertEquals(Duration.ofSeconds(10), policy.pauseAfter(6));
        assertEquals(Duration.ofSeconds(40), policy.pauseAfter(8));
        assertEquals(Duration.ofMinutes(1), policy.pauseAfter(9), "never longer than a minute");
        assertEquals(Duration.ofMinutes(1), policy.pauseAfter(1_000_000));
    }

    @Test
    void anAddressThatKeepsGuessingWaitsUpToAQuarterOfAnHour() {
        SignInPolicy policy = SignInPolicy.PER_ADDRESS;
        assertEquals(Duration.ZERO, policy.pauseAfter(20));
        assertEquals(Duration.ofSeconds(5), policy.pauseAfter(21));
        assertEquals(Duration.ofMinutes(15), policy.pauseAfter(40));
    }

    @Test
    void aBurstIsAuditedUntilItsPausesBegin() {
        assertTrue(SignInPolicy.PER_LOGIN.audited(5));
        assertFalse(SignInPolicy.PER_LOGIN.audited(6));
        assertFalse(SignInPolicy.PER_LOGIN.audited(31));
        assertTrue(SignInPolicy.PER_LOGIN.audited(32), "a long burst still leaves a trace");
        assertFalse(SignInPolicy.PER_LOGIN.audited(33));
        assertTrue(SignInPolicy.PER_LOGIN.audited(64));
    }

    @Test
    void theThrottleRefusesAnAddressWhileItWaitsAndForgetsItLater() {
        SignInThrottle throttle = new SignInThrottle();
        Instant start = Instant.parse("2026-11-30T01:00:00Z");
        for (int i = 1; i <= 21; i++) {
            assertFalse(throttle.isPaused("10.0.0.9", start), "attempt " + i);
            throttle.failed("10.0.0.9", start);
        }
        assertTrue(throttle.isPaused("10.0.0.9", start));
        assertFalse(throttle.isPaused("10.0.0.8", start), "another address is not held up");
        assertFalse(throttle.isPaused("10.0.0.9", start.plusSeconds(6)), "after its 5 s pause");
        assertEquals(1, throttle.failed("10.0.0.9", start.plus(Duration.ofHours(2))), "forgotten after an hour");
        throttle.failed("10.0.0.9", start.plus(Duration.ofHours(2)));
        throttle.succeeded("10.0.0.9");
        assertEquals(1, throttle.failed("10.0.0.9", start.plus(Duration.ofHours(2))), "a success clears the address");
    }

    @Test
    void aLoginBeingGuessedIsRefusedUnhashedWhetherAnAccountHasItOrNot() {
        SignInThrottle throttle = new SignInThrottle();
        Instant start = Instant.parse("2026-11-30T01:00:00Z");
        for (String login : java.util.List.of("manager", "nobody-here")) {
            for (int i = 1; i <= 4; i++) {
                throttle.loginFailed(login, start);
                assertFalse(throttle.isLoginPaused(login, start), login + ": four mistakes are free");
            }
            throttle.loginFailed(login, start);
            assertTrue(throttle.isLoginPaused(login, start), login + ": the fifth pauses it");
            assertTrue(throttle.isLoginPaused(login, start.plusSeconds(4)));
            assertFalse(throttle.isLoginPaused(login, start.plusSeconds(5)), login + ": for 5 s");
        }
        assertFalse(throttle.isLoginPaused("clerk", start), "other logins are not held up");
        assertFalse(throttle.isPaused("10.0.0.9", start), "nor is any address");
        throttle.loginCleared("manager");
        assertFalse(throttle.isLoginPaused("manager", start), "a right password or a reset clears it");
        assertFalse(throttle.isLoginPaused(null, start), "a text that is no login is left to the address");
    }

    @Test
    void loginsAreReadExactly() {
        assertEquals(Optional.of("admin"), Logins.normalize("  admin "));
        assertEquals(Optional.empty(), Logins.normalize("admin\u0000"), "no control characters");
        assertEquals(Optional.empty(), Logins.normalize(" "));
        assertEquals(Optional.of("\u00e4dmin"), Logins.normalize("a\u0308dmin"), "composed (NFC)");
        assertEquals(
                Optional.of("\uff41\uff44\uff4d\uff49\uff4e"),
                Logins.normalize("\uff41\uff44\uff4d\uff49\uff4e"),
                "full-width stays full-width: not admin");
    }

    @Test
    void continuationsStayInsideGridWorks() {
        assertEquals("/admin/users.xhtml?x=1", SignInBacking.safeContinuation("/admin/users.xhtml?x=1"));
        assertEquals("/", SignInBacking.safeContinuation("https://evil.example/"));
        assertEquals("/", SignInBacking.safeContinuation("//evil.example/"));
        assertEquals("/", SignInBacking.safeContinuation("/\\evil.example"));
        assertEquals("/", SignInBacking.safeContinuation("/login.xhtml"));
        assertEquals("/", SignInBacking.safeContinuation(null));
    }
}
