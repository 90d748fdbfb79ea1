package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class ClockCalculatorTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    private static LocalDateTime at(LocalDate day) {
        return day.atTime(10, 0);
    }

    /** Steps one after another, each closed the given number of working days after it opened. */
    private static List<StepTimes> sequence(LocalDate start, List<StepCode> codes, int... days) {
        List<StepTimes> steps = new ArrayList<>();
        LocalDate open = start;
        for (int i = 0; i < codes.size(); i++) {
            if (i < days.length) {
                LocalDate close = CAL.addWorkingDays(open, days[i]).due();
                steps.add(new StepTimes(codes.get(i), at(open), at(close), List.of()));
                open = close;
            } else {
                steps.add(new StepTimes(codes.get(i), null, null, List.of()));
            }
        }
        return steps;
    }

    @Test
    void highVoltageAcrossNationalDayMeetsIn22WorkingDaysAndMissesIn23() {
        LocalDate accepted = LocalDate.of(2024, 9, 27);
        ClockPolicy policy = Policies.choose(Category.HV_SINGLE, false, "2024-09-27");
        List<StepCode> codes = Category.HV_SINGLE.steps(false);

        List<Clock> met = ClockCalculator.compute(
                policy, accepted, sequence(accepted, codes, 1, 11, 5, 5), CAL, LocalDate.of(2025, 3, 1));
        assertEquals(new Clock("HANDLING", 22, 22, null, ClockStatus.MET, false), met.get(0));
        assertEquals(ClockStatus.MET, ClockCalculator.overall(met));

        List<Clock> missed = ClockCalculator.compute(
                policy, accepted, sequence(accepted, codes, 1, 11, 5, 6), CAL, LocalDate.of(2025, 3, 1));
        assertEquals(23, missed.get(0).usedWorkingDays());
        assertEquals(ClockStatus.MISSED, missed.get(0).status());
        assertEquals(ClockStatus.MISSED, missed.get(4).status(), "the connection step overran its 5 days");
    }

    @Test
    void theHandlingClockStandsStillWhileTheCustomerBuilds() {
        LocalDate accepted = LocalDate.of(2024, 3, 1);
        ClockPolicy policy = Policies.choose(Category.HV_SINGLE, false, "2024-03-01");
        List<StepTimes> steps = List.of(
                new StepTimes(StepCode.ACCEPTANCE, at(accepted), at(LocalDate.of(2024, 3, 4)), List.of()),
                new StepTimes(
                        StepCode.PLAN_REPLY, at(LocalDate.of(2024, 3, 4)), at(LocalDate.of(2024, 3, 8)), List.of()),
                new StepTimes(StepCode.COMPLETION_INSPECTION, null, null, List.of()),
                new StepTimes(StepCode.CONNECTION, null, null, List.of()));
        Clock handling = ClockCalculator.compute(policy, accepted, steps, CAL, LocalDate.of(2024, 6, 1))
                .get(0);
        assertEquals(5, handling.usedWorkingDays(), "1 + 4, not the months the customer took");
        assertEquals(ClockStatus.ON_TRACK, handling.status());
        assertNull(handling.due(), "no step running: no due date");
    }

    @Test
    void aThreeZeroProjectAcceptedIn2022IsHeldTo20DaysAcrossSpringFestival() {
        // accepted Thu 2022-01-20; Spring Festival 2022: 01-29 (Sat) and 01-30 (Sun) worked, 01-31..02-06 off.
        // Working days after it: 01-21, 01-24..28, 01-29, 01-30 (8), 02-07..11 (13), 02-14..18 (18), 02-21 (19),
        // 02-22 (20, the due day), 02-23 (21)
        LocalDate accepted = LocalDate.of(2022, 1, 20);
        ClockPolicy policy = Policies.choose(Category.LV_THREE_ZERO, false, "2022-01-20");
        List<StepTimes> running = List.of(
                new StepTimes(StepCode.ACCEPTANCE, at(accepted), at(LocalDate.of(2022, 1, 21)), List.of()),
                new StepTimes(StepCode.CONNECTION, at(LocalDate.of(2022, 1, 21)), null, List.of()));
        Clock whole = ClockCalculator.compute(policy, accepted, running, CAL, LocalDate.of(2022, 2, 21))
                .get(0);
        assertEquals(
                new Clock("WHOLE", 20, 19, LocalDate.of(2022, 2, 22), ClockStatus.YELLOW, false),
                whole,
                "one working day left");
        Clock late = ClockCalculator.compute(policy, accepted, running, CAL, LocalDate.of(2022, 2, 23))
                .get(0);
        assertEquals(21, late.usedWorkingDays());
        assertEquals(ClockStatus.RED, late.status());
    }

    @Test
    void aPauseStopsTheClockAndMovesTheDueDate() {
        LocalDate accepted = LocalDate.of(2024, 4, 1);
        ClockPolicy policy = Policies.choose(Category.RESIDENTIAL, false, "2024-04-01");
        StepTimes acceptance =
                new StepTimes(StepCode.ACCEPTANCE, at(accepted), at(LocalDate.of(2024, 4, 2)), List.of());
        // connection opens Tue 04-02; paused Wed 04-03 to Mon 04-08 (04-04..04-06 Qingming off, 04-07 Sunday worked)
        StepTimes connection = new StepTimes(
                StepCode.CONNECTION,
                at(LocalDate.of(2024, 4, 2)),
                null,
                List.of(new StepTimes.Pause(at(LocalDate.of(2024, 4, 3)), at(LocalDate.of(2024, 4, 8)))));
        LocalDate today = LocalDate.of(2024, 4, 9);
        List<Clock> clocks = ClockCalculator.compute(policy, accepted, List.of(acceptance, connection), CAL, today);
        // (04-02, 04-09] = 04-03, 04-07, 04-08, 04-09 = 4 working days; the pause covers (04-03, 04-08] = 2
        assertEquals(2, clocks.get(2).usedWorkingDays());
        assertEquals(ClockStatus.ON_TRACK, clocks.get(2).status());
        // its 4-day budget plus the 2 paused working days after Tue 04-02: 04-03, 04-07, 04-08, 04-09, 04-10, 04-11
        assertEquals(LocalDate.of(2024, 4, 11), clocks.get(2).due());
        Clock whole = clocks.get(0);
        assertEquals(5 - 2, whole.usedWorkingDays(), "(04-01, 04-09] has 5 working days, 2 of them paused");
        assertEquals(ClockStatus.ON_TRACK, whole.status(), "3 of 5 used");
        Clock nextDay = ClockCalculator.compute(
                        policy, accepted, List.of(acceptance, connection), CAL, LocalDate.of(2024, 4, 10))
                .get(0);
        assertEquals(ClockStatus.YELLOW, nextDay.status(), "one working day left of five");
    }

    @Test
    void colours() {
        assertEquals(ClockStatus.ON_TRACK, ClockStatus.of(3, 11, false));
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(9, 11, false), "80 % used");
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(1, 2, false), "one day left");
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(5, 5, false), "the last day");
        assertEquals(ClockStatus.RED, ClockStatus.of(6, 5, false));
        assertEquals(ClockStatus.MET, ClockStatus.of(5, 5, true));
        assertEquals(ClockStatus.MISSED, ClockStatus.of(6, 5, true));
    }

    @Test
    void neverYellowOnTheDayTheClockStarts() {
        // day 0, the day before the due day, the due day, the day after: 1-, 3- and 22-day budgets
        assertEquals(ClockStatus.ON_TRACK, ClockStatus.of(0, 1, false), "a 1-day step on its first day");
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(1, 1, false), "its due day");
        assertEquals(ClockStatus.RED, ClockStatus.of(2, 1, false));
        assertEquals(ClockStatus.ON_TRACK, ClockStatus.of(0, 3, false));
        assertEquals(ClockStatus.ON_TRACK, ClockStatus.of(1, 3, false));
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(2, 3, false), "the day before the due day");
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(3, 3, false));
        assertEquals(ClockStatus.RED, ClockStatus.of(4, 3, false));
        assertEquals(ClockStatus.ON_TRACK, ClockStatus.of(0, 22, false));
        assertEquals(ClockStatus.ON_TRACK, ClockStatus.of(17, 22, false), "77 % used");
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(18, 22, false), "82 % used");
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(21, 22, false));
        assertEquals(ClockStatus.YELLOW, ClockStatus.of(22, 22, false));
        assertEquals(ClockStatus.RED, ClockStatus.of(23, 22, false));
    }

    @Test
    void aNewAcceptanceStepIsGreenOnItsFirstDayAndYellowOnItsDueDay() {
        // acceptance has a 1-working-day budget; accepted on Friday 2024-09-27, due Sunday 09-29 (a make-up day)
        ClockPolicy policy = Policies.choose(Category.HV_SINGLE, false, "2024-09-27");
        LocalDate accepted = LocalDate.of(2024, 9, 27);
        StepTimes acceptance = new StepTimes(StepCode.ACCEPTANCE, accepted.atTime(9, 0), null, List.of());
        assertEquals(
                ClockStatus.ON_TRACK,
                stepClock(policy, accepted, acceptance, accepted).status());
        assertEquals(
                ClockStatus.ON_TRACK,
                stepClock(policy, accepted, acceptance, LocalDate.of(2024, 9, 28))
                        .status(),
                "Saturday is no working day");
        assertEquals(
                ClockStatus.YELLOW,
                stepClock(policy, accepted, acceptance, LocalDate.of(2024, 9, 29))
                        .status());
        assertEquals(
                ClockStatus.RED,
                stepClock(policy, accepted, acceptance, LocalDate.of(2024, 9, 30))
                        .status());
    }

    private static Clock stepClock(ClockPolicy policy, LocalDate accepted, StepTimes step, LocalDate today) {
        return ClockCalculator.compute(policy, accepted, List.of(step), CAL, today).stream()
                .filter(c -> c.scope().equals(StepCode.ACCEPTANCE.name()))
                .findFirst()
                .orElseThrow();
    }
}
