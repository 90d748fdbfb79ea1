package org.gridworks.permits;

import java.time.LocalDate;
import java.util.List;
import org.gridworks.calendar.DueResult;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.projects.ClockStatus;

/**
 * A permit's clock: working days from submission to decision (today while waiting), not counting the start day,
 * and, when the permit type says so, not counting the days a supplement was outstanding. Same colours as every
 * clock: yellow at 80 % or one working day left, red when overdue, met or missed once decided.
 */
public final class PermitClock {

    /** A supplement request that stopped the clock from its request day until it was supplied (null: still out). */
    public record Pause(LocalDate from, LocalDate to) {}

    /** The clock of one track; null due and status for a track not yet submitted. */
    public record Result(int used, int limit, LocalDate due, ClockStatus status, boolean provisional) {}

    private PermitClock() {}

    public static Result compute(
            LocalDate submittedOn,
            LocalDate decidedOn,
            int limit,
            List<Pause> pauses,
            boolean pausesCount,
            WorkingDayCalendar calendar,
            LocalDate today) {
        if (submittedOn == null) {
            return new Result(0, limit, null, null, false);
        }
        LocalDate end = decidedOn != null ? decidedOn : today;
        int paused = 0;
        if (pausesCount) {
            for (Pause pause : pauses) {
                LocalDate to = pause.to() == null || pause.to().isAfter(end) ? end : pause.to();
                if (to.isAfter(pause.from())) {
                    paused += calendar.workingDaysBetween(pause.from(), to).workingDays();
                }
            }
        }
        int used = Math.max(
                0,
                (end.isAfter(submittedOn)
                                ? calendar.workingDaysBetween(submittedOn, end).workingDays()
                                : 0)
                        - paused);
        DueResult due = calendar.addWorkingDays(submittedOn, limit + paused);
        return new Result(
                used,
                limit,
                decidedOn == null ? due.due() : null,
                ClockStatus.of(used, limit, decidedOn != null),
                decidedOn == null && due.provisional());
    }
}
