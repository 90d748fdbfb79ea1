package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SignInRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 9, 0);

    @Test
    void theFifthWrongPasswordInARowLocksForFifteenMinutes() {
        SignInPolicy policy = SignInPolicy.DEFAULT;
        SignInPolicy.LockState state = new SignInPolicy.LockState(0, null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            state = policy.afterFailure(state.failedAttempts(), state.lockedUntil(), NOW);
            assertEquals(attempt, state.failedAttempts());
            assertNull(state.lockedUntil());
        }
        state = policy.afterFailure(state.failedAttempts(), state.lockedUntil(), NOW);
        assertEquals(NOW.plusMinutes(15), state.lockedUntil());
        assertEquals(0, state.failedAttempts(), "the count starts again after the lock");
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
