package org.gridworks.customer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.projects.Clock;
import org.gridworks.projects.StepCode;
import org.gridworks.projects.StepState;

/** The customer's view of the clocks: the step states, the next step and the customer's own working days. */
final class ProgressRules {

    /** A step as the project keeps it (times only; who did what stays inside). */
    record StepTimes(StepCode code, LocalDateTime openedAt, LocalDateTime closedAt, boolean paused) {}

    private ProgressRules() {}

    static StepState state(StepTimes step) {
        if (step.openedAt() == null) {
            return StepState.WAITING;
        }
        if (step.closedAt() != null) {
            return StepState.CLOSED;
        }
        return step.paused() ? StepState.PAUSED : StepState.RUNNING;
    }

    /** The step the application waits on: the first one not closed (none once connected). */
    static StepCode next(List<StepTimes> steps) {
        return steps.stream()
                .filter(s -> s.closedAt() == null)
                .map(StepTimes::code)
                .findFirst()
                .orElse(null);
    }

    /**
     * Working days since acceptance that the main clock does not count: elapsed working days (acceptance to
     * connection, or to today while open) minus the clock's own.
     */
    static int customerDays(
            LocalDate acceptedOn, List<StepTimes> steps, Clock main, WorkingDayCalendar calendar, LocalDate today) {
        StepTimes last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        LocalDate end =
                last != null && last.closedAt() != null ? last.closedAt().toLocalDate() : today;
        int elapsed = end.isAfter(acceptedOn)
                ? calendar.workingDaysBetween(acceptedOn, end).workingDays()
                : 0;
        return Math.max(0, elapsed - main.usedWorkingDays());
    }

    static List<ProgressView.Step> steps(List<StepTimes> steps, List<Clock> clocks) {
        List<ProgressView.Step> shown = new ArrayList<>();
        for (StepTimes step : steps) {
            Clock own = clocks.stream()
                    .filter(c -> c.scope().equals(step.code().name()))
                    .findFirst()
                    .orElse(null);
            shown.add(new ProgressView.Step(
                    step.code(),
                    state(step),
                    step.openedAt() == null ? null : step.openedAt().toLocalDate(),
                    step.closedAt() == null ? null : step.closedAt().toLocalDate(),
                    own == null ? null : own.usedWorkingDays(),
                    own == null ? null : own.limitWorkingDays()));
        }
        return shown;
    }
}
