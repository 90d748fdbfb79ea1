package org.gridworks.identity;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How many wrong passwords in a row lock an account, and for how long. The lock is silent: the sign-in page
 * says the same for a wrong password, an unknown login and a locked account, so nobody learns which logins exist.
 */
public record SignInPolicy(int maxFailedAttempts, Duration lockDuration) {

    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));

    /** The failure count and lock of an account after one more wrong password. */
    public record LockState(int failedAttempts, LocalDateTime lockedUntil) {
    }

    public LockState afterFailure(int failedSoFar, LocalDateTime lockedUntil, LocalDateTime now) {
        int failed = failedSoFar + 1;
        if (failed >= maxFailedAttempts) {
            return new LockState(0, now.plus(lockDuration));
        }
        return new LockState(failed, lockedUntil);
    }
}
