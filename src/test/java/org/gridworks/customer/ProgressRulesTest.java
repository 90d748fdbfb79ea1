package org.gridworks.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.projects.Clock;
import org.gridworks.projects.ClockStatus;
import org.gridworks.projects.StepCode;
import org.gridworks.projects.StepState;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {

    private static final LocalDateTime ACCEPTED = LocalDateTime.of(2025, 1, 6, 9, 0);

    private static ProgressRules.StepTimes step(
            StepCode code, LocalDateTime opened, LocalDateTime closed, boolean paused) {
        return new ProgressRules.StepTimes(code, opened, closed, paused);
    }

    @Test
    void stepsShowTheirStateAndTheNextStepIsTheFirstNotDone() {
        List<ProgressRules.StepTimes> steps = List.of(
                step(StepCode.ACCEPTANCE, ACCEPTED, ACCEPTED.plusDays(1), false),
                step(StepCode.PLAN_REPLY, ACCEPTED.plusDays(1), null, true),
                step(StepCode.CONNECTION, null, null, false));
        assertEquals(StepState.CLOSED, ProgressRules.state(steps.get(0)));
        assertEquals(StepState.PAUSED, ProgressRules.state(steps.get(1)));
        assertEquals(StepState.WAITING, ProgressRules.state(steps.get(2)));
        assertEquals(StepCode.PLAN_REPLY, ProgressRules.next(steps));
        assertNull(ProgressRules.next(List.of(step(StepCode.ACCEPTANCE, ACCEPTED, ACCEPTED.plusDays(1), false))));
    }

    @Test
    void theCustomersOwnTimeIsWhatTheMainClockDoesNotCount() {
        // accepted Monday 2025-01-06, connected Friday 2025-01-17: 9 working days after the start day; the
        // handling clock counted 3 of them, so 6 were the customer's
        List<ProgressRules.StepTimes> steps = List.of(
                step(StepCode.ACCEPTANCE, ACCEPTED, ACCEPTED.plusDays(1), false),
                step(
                        StepCode.CONNECTION,
                        LocalDateTime.of(2025, 1, 15, 9, 0),
                        LocalDateTime.of(2025, 1, 17, 15, 0),
                        false));
        Clock handling = new Clock("HANDLING", 6, 3, null, ClockStatus.MET, false);
        assertEquals(
                6,
                ProgressRules.customerDays(
                        ACCEPTED.toLocalDate(), steps, handling, OfficialCalendar.CALENDAR, LocalDate.of(2025, 3, 1)));
    }

    @Test
    void anOpenApplicationCountsToTodayAndNeverBelowZero() {
        List<ProgressRules.StepTimes> steps = List.of(step(StepCode.ACCEPTANCE, ACCEPTED, null, false));
        Clock whole = new Clock("WHOLE", 5, 2, LocalDate.of(2025, 1, 13), ClockStatus.ON_TRACK, false);
        assertEquals(
                0,
                ProgressRules.customerDays(
                        ACCEPTED.toLocalDate(), steps, whole, OfficialCalendar.CALENDAR, LocalDate.of(2025, 1, 8)));
    }

    @Test
    void eachStepCarriesItsOwnClock() {
        List<ProgressView.Step> shown = ProgressRules.steps(
                List.of(
                        step(StepCode.ACCEPTANCE, ACCEPTED, ACCEPTED.plusDays(1), false),
                        step(StepCode.CONNECTION, null, null, false)),
                List.of(
                        new Clock("WHOLE", 5, 1, null, ClockStatus.ON_TRACK, false),
                        new Clock("ACCEPTANCE", 1, 1, null, ClockStatus.MET, false)));
        assertEquals(1, shown.get(0).usedWorkingDays());
        assertEquals(1, shown.get(0).limitWorkingDays());
        assertNull(shown.get(1).usedWorkingDays());
        assertEquals(LocalDate.of(2025, 1, 7), shown.get(0).closedOn());
    }
}
