package org.gridworks.projects;

import org.gridworks.platform.watch.Colour;

/**
 * The colour of a clock. Running: on track, yellow (80 % of the budget used or one working day left, whichever
 * comes first, but never on the day the clock starts: a 1-day step is green on day 0 and yellow on its due day),
 * red (overdue). Stopped: met or missed.
 */
public enum ClockStatus {
    ON_TRACK,
    YELLOW,
    RED,
    MET,
    MISSED;

    public static ClockStatus of(int used, int limit, boolean closed) {
        if (closed) {
            return used <= limit ? MET : MISSED;
        }
        if (used > limit) {
            return RED;
        }
        if (used > 0 && (limit - used <= 1 || used * 5 >= limit * 4)) {
            return YELLOW;
        }
        return ON_TRACK;
    }

    /** The warning this colour raises: red, yellow, or none (on track, met, missed: the clock is not watched). */
    public Colour warning() {
        return switch (this) {
            case RED -> Colour.RED;
            case YELLOW -> Colour.YELLOW;
            default -> null;
        };
    }

    /** How bad, for picking the worst colour of several clocks. */
    int severity() {
        return switch (this) {
            case MET -> 0;
            case ON_TRACK -> 1;
            case YELLOW -> 2;
            case MISSED -> 3;
            case RED -> 4;
        };
    }
}
