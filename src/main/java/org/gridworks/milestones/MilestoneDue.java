package org.gridworks.milestones;

import java.time.LocalDate;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.watch.Colour;

/**
 * When a milestone not yet reached is watched: red once its forecast day has passed, yellow from one working day
 * before it. The warnings, the manager's dashboard tile and the portfolio's "late" mark all read this rule.
 */
public final class MilestoneDue {

    /** Working days before the forecast day from which a milestone is yellow (and the dashboard tile counts it). */
    public static final int WARNING_DAYS = 1;

    private MilestoneDue() {}

    /** The last forecast day that is yellow today. */
    public static LocalDate horizon(LocalDate today, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(today, WARNING_DAYS).due();
    }

    public static boolean late(LocalDate forecast, LocalDate today) {
        return forecast.isBefore(today);
    }

    /** The colour of a milestone not reached, or null when its forecast is beyond the horizon. */
    public static Colour colour(LocalDate forecast, LocalDate today, LocalDate horizon) {
        if (late(forecast, today)) {
            return Colour.RED;
        }
        return forecast.isAfter(horizon) ? null : Colour.YELLOW;
    }
}
