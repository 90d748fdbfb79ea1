package org.gridworks.projects;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.calendar.DueResult;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * Computes a project's clocks in working days. A clock never counts its start day; pauses stop it (the
 * working days a pause covers are not counted). Step clocks run from the day a step opens to the day it
 * closes (today while open). The handling clock is the sum of the step clocks, so it stands still between
 * steps while the customer does their part; the whole-process clock runs from acceptance to connection.
 */
public final class ClockCalculator {

    private ClockCalculator() {}

    /** The main clock (WHOLE or HANDLING) first, then one clock per opened step, in step order. */
    public static List<Clock> compute(
            ClockPolicy policy,
            LocalDate acceptedOn,
            List<StepTimes> steps,
            WorkingDayCalendar calendar,
            LocalDate today) {
        List<Clock> clocks = new ArrayList<>();
        boolean finished = !steps.isEmpty() && steps.get(steps.size() - 1).isClosed();
        clocks.add(
                policy.getScope() == ClockScope.WHOLE
                        ? whole(policy, acceptedOn, steps, calendar, today, finished)
                        : handling(policy, steps, calendar, today, finished));
        for (StepTimes step : steps) {
            if (step.isOpened()) {
                clocks.add(step(policy, step, calendar, today));
            }
        }
        return clocks;
    }

    /** The project's colour: its main clock's, unless a step is worse off (a late step is red before the total). */
    public static ClockStatus overall(List<Clock> clocks) {
        ClockStatus main = clocks.get(0).status();
        if (main == ClockStatus.MET || main == ClockStatus.MISSED) {
            return main;
        }
        ClockStatus worst = main;
        for (Clock clock : clocks) {
            if (clock.status().severity() > worst.severity()
                    && (clock.status() == ClockStatus.RED || clock.status() == ClockStatus.YELLOW)) {
                worst = clock.status();
            }
        }
        return worst;
    }

    static Clock step(ClockPolicy policy, StepTimes step, WorkingDayCalendar calendar, LocalDate today) {
        LocalDate opened = step.openedAt().toLocalDate();
        LocalDate end = step.isClosed() ? step.closedAt().toLocalDate() : today;
        int paused = pausedDays(step, calendar, end);
        int used = Math.max(0, count(calendar, opened, end) - paused);
        Integer budget = policy.budget(step.code());
        int limit = budget == null ? policy.getLimitDays() : budget;
        DueResult due = step.isClosed() ? null : calendar.addWorkingDays(opened, limit + paused);
        return new Clock(
                step.code().name(),
                limit,
                used,
                due == null ? null : due.due(),
                ClockStatus.of(used, limit, step.isClosed()),
                due != null && due.provisional());
    }

    static Clock handling(
            ClockPolicy policy, List<StepTimes> steps, WorkingDayCalendar calendar, LocalDate today, boolean finished) {
        int used = 0;
        DueResult due = null;
        for (StepTimes step : steps) {
            if (!step.isOpened()) {
                continue;
            }
            LocalDate opened = step.openedAt().toLocalDate();
            LocalDate end = step.isClosed() ? step.closedAt().toLocalDate() : today;
            int paused = pausedDays(step, calendar, end);
            int stepUsed = Math.max(0, count(calendar, opened, end) - paused);
            if (step.isRunning()) {
                // the running step must close by the day the rest of the total budget runs out
                int left = policy.getLimitDays() - used;
                due = left >= 0 ? calendar.addWorkingDays(opened, left + paused) : null;
            }
            used += stepUsed;
        }
        int limit = policy.getLimitDays();
        return new Clock(
                ClockScope.HANDLING.name(),
                limit,
                used,
                finished || due == null ? null : due.due(),
                ClockStatus.of(used, limit, finished),
                due != null && due.provisional());
    }

    static Clock whole(
            ClockPolicy policy,
            LocalDate acceptedOn,
            List<StepTimes> steps,
            WorkingDayCalendar calendar,
            LocalDate today,
            boolean finished) {
        LocalDate end = finished ? steps.get(steps.size() - 1).closedAt().toLocalDate() : today;
        int paused = 0;
        for (StepTimes step : steps) {
            paused += pausedDays(step, calendar, end);
        }
        int used = Math.max(0, count(calendar, acceptedOn, end) - paused);
        int limit = policy.getLimitDays();
        DueResult due = calendar.addWorkingDays(acceptedOn, limit + paused);
        return new Clock(
                ClockScope.WHOLE.name(),
                limit,
                used,
                finished ? null : due.due(),
                ClockStatus.of(used, limit, finished),
                !finished && due.provisional());
    }

    /** Working days covered by the step's pauses, each up to its resumption (or {@code end} while it lasts). */
    static int pausedDays(StepTimes step, WorkingDayCalendar calendar, LocalDate end) {
        int paused = 0;
        for (StepTimes.Pause pause : step.pauses()) {
            LocalDate from = pause.pausedAt().toLocalDate();
            LocalDateTime resumed = pause.resumedAt();
            LocalDate to = resumed == null ? end : resumed.toLocalDate();
            if (to.isAfter(end)) {
                to = end;
            }
            paused += Math.max(0, count(calendar, from, to));
        }
        return paused;
    }

    private static int count(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        return to.isAfter(from) ? calendar.workingDaysBetween(from, to).workingDays() : 0;
    }
}
