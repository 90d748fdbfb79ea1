package org.gridworks.identity;

import java.time.Duration;

/**
 * How wrong passwords slow sign-in down, instead of a lock that anyone who knows a login could set off: the first
 * few failures in a row cost nothing, then each one makes the next attempt wait, twice as long every time, up to
 * a longest pause. Kept per login (in the database, so every server sees it) and per client address (in memory).
 * The pause is silent: the answer is the same as for a wrong password or an unknown login.
 */
public record SignInPolicy(int freeFailures, Duration firstPause, Duration longestPause) {

    /** A user who mistypes four times waits 5 s, then 10 s, ... never more than a minute. */
    public static final SignInPolicy PER_LOGIN = new SignInPolicy(4, Duration.ofSeconds(5), Duration.ofMinutes(1));
    /** One address guessing at many logins: more room (a shared office), a much longer longest pause. */
    public static final SignInPolicy PER_ADDRESS = new SignInPolicy(20, Duration.ofSeconds(5), Duration.ofMinutes(15));

    /** How long to wait after this many failures in a row (zero while they are free). */
    public Duration pauseAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 20);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    /**
     * Whether this failure is worth an audit row: the free ones, the one that starts the pauses, then the 32nd,
     * 64th, ... so a long burst leaves a trace without one row per guess.
     */
    public boolean audited(int failures) {
        return failures <= freeFailures + 1 || failures >= 32 && Integer.bitCount(failures) == 1;
    }
}
