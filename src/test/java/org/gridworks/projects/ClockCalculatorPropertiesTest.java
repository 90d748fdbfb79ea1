package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.Dates;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * The legal clocks of any project on any dates of the official calendar: a clock counts the working days after
 * its start, a pause takes out exactly the working days it covers and moves the due date by as many, the
 * handling clock counts nothing between steps, and as days pass a running clock never gets back time or a
 * better colour. The expected counts come from walking the days one by one, not from the calculator's formula.
 */
class ClockCalculatorPropertiesTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;
    /** HV single supply, 4 steps: 22 working days of handling time, plan reply 11 of them. */
    private static final ClockPolicy HANDLING = Policies.choose(Category.HV_SINGLE, false, "2024-01-01");
    /** Residential: 5 working days from acceptance to connection, the connection step 4 of them. */
    private static final ClockPolicy WHOLE = Policies.choose(Category.RESIDENTIAL, false, "2024-01-01");

    @Property(tries = 500)
    void aRunningStepHasUsedTheWorkingDaysSinceItOpenedAndIsDueAfterItsBudget(
            @ForAll("days") LocalDate opened, @ForAll @IntRange(max = 60) int elapsed) {
        LocalDate today = opened.plusDays(elapsed);
        StepTimes planReply = new StepTimes(StepCode.PLAN_REPLY, at(opened), null, List.of());
        Clock clock = stepClock(HANDLING, opened, List.of(planReply), today, StepCode.PLAN_REPLY);
        assertEquals(workingDaysWalked(opened, today), clock.usedWorkingDays());
        assertEquals(11, workingDaysWalked(opened, clock.due()), "due after its 11-day budget");
        assertTrue(CAL.isWorkingDay(clock.due()), clock.due() + " is a working day");
    }

    @Property(tries = 500)
    void pausedWorkingDaysDoNotCountAndMoveTheDueDateByAsMany(
            @ForAll("days") LocalDate opened,
            @ForAll @IntRange(max = 20) int pausedAfter,
            @ForAll @IntRange(max = 30) int pauseLength,
            @ForAll @IntRange(max = 30) int afterResume,
            @ForAll boolean stillPaused,
            @ForAll boolean wholeProcess) {
        LocalDate pausedOn = opened.plusDays(pausedAfter);
        LocalDate resumedOn = pausedOn.plusDays(pauseLength);
        LocalDate today = resumedOn.plusDays(afterResume);
        StepTimes.Pause pause = new StepTimes.Pause(at(pausedOn), stillPaused ? null : resumedOn.atTime(9, 0));
        ClockPolicy policy = wholeProcess ? WHOLE : HANDLING;
        StepCode code = wholeProcess ? StepCode.CONNECTION : StepCode.PLAN_REPLY;
        LocalDate accepted = opened.minusDays(3);
        StepTimes acceptance = new StepTimes(StepCode.ACCEPTANCE, at(accepted), at(opened), List.of());
        List<StepTimes> running = List.of(acceptance, new StepTimes(code, at(opened), null, List.of()));
        List<StepTimes> paused = List.of(acceptance, new StepTimes(code, at(opened), null, List.of(pause)));

        // the working days the pause covers: after the day it began, up to its resumption (or today, while it lasts)
        int covered = workingDaysWalked(pausedOn, stillPaused ? today : resumedOn);
        Clock step = stepClock(policy, accepted, running, today, code);
        Clock stepPaused = stepClock(policy, accepted, paused, today, code);
        assertEquals(step.usedWorkingDays() - covered, stepPaused.usedWorkingDays(), "the step's clock");
        assertEquals(
                covered, CAL.workingDaysBetween(step.due(), stepPaused.due()).workingDays(), "its due date");

        Clock main =
                ClockCalculator.compute(policy, accepted, running, CAL, today).get(0);
        Clock mainPaused =
                ClockCalculator.compute(policy, accepted, paused, CAL, today).get(0);
        assertEquals(main.usedWorkingDays() - covered, mainPaused.usedWorkingDays(), main.scope());
        assertEquals(
                covered, CAL.workingDaysBetween(main.due(), mainPaused.due()).workingDays(), main.scope() + " due");
    }

    @Property(tries = 500)
    void theHandlingClockCountsOnlyTheWorkingDaysTheStepsRan(
            @ForAll("days") LocalDate accepted,
            @ForAll @Size(4) List<@IntRange(max = 25) Integer> stepLengths,
            @ForAll @Size(3) List<@IntRange(max = 90) Integer> customerTime,
            @ForAll boolean lastStillRunning) {
        List<StepCode> codes = Category.HV_SINGLE.steps(false);
        List<StepTimes> steps = new ArrayList<>();
        int expected = 0;
        LocalDate open = accepted;
        LocalDate today = accepted;
        for (int i = 0; i < codes.size(); i++) {
            LocalDate close = open.plusDays(stepLengths.get(i));
            boolean running = lastStillRunning && i == codes.size() - 1;
            steps.add(new StepTimes(codes.get(i), at(open), running ? null : close.atTime(16, 0), List.of()));
            expected += workingDaysWalked(open, close);
            today = close;
            if (i < customerTime.size()) {
                open = close.plusDays(customerTime.get(i));
            }
        }
        Clock handling =
                ClockCalculator.compute(HANDLING, accepted, steps, CAL, today).get(0);
        assertEquals("HANDLING", handling.scope());
        assertEquals(expected, handling.usedWorkingDays(), "the customer's time between steps does not count");
        if (!lastStillRunning) {
            assertEquals(expected <= 22 ? ClockStatus.MET : ClockStatus.MISSED, handling.status());
            assertNull(handling.due(), "a finished clock has no due date");
        }
    }

    @Property(tries = 300)
    void asDaysPassARunningClockNeverGetsTimeBackNorABetterColour(
            @ForAll("days") LocalDate accepted,
            @ForAll @IntRange(max = 10) int pausedAfter,
            @ForAll @IntRange(max = 10) int pauseLength,
            @ForAll boolean wholeProcess) {
        ClockPolicy policy = wholeProcess ? WHOLE : HANDLING;
        StepCode code = wholeProcess ? StepCode.CONNECTION : StepCode.PLAN_REPLY;
        LocalDate opened = accepted.plusDays(1);
        LocalDate pausedOn = opened.plusDays(pausedAfter);
        List<StepTimes> steps = List.of(
                new StepTimes(StepCode.ACCEPTANCE, at(accepted), at(opened), List.of()),
                new StepTimes(
                        code,
                        at(opened),
                        null,
                        List.of(new StepTimes.Pause(at(pausedOn), at(pausedOn.plusDays(pauseLength))))));
        List<Clock> before = null;
        for (LocalDate today = opened; !today.isAfter(opened.plusDays(40)); today = today.plusDays(1)) {
            // the main clock and the running step's clock
            List<Clock> now = List.of(
                    ClockCalculator.compute(policy, accepted, steps, CAL, today).get(0),
                    stepClock(policy, accepted, steps, today, code));
            for (int i = 0; i < now.size(); i++) {
                Clock clock = now.get(i);
                assertTrue(
                        clock.status() == ClockStatus.ON_TRACK
                                || clock.status() == ClockStatus.YELLOW
                                || clock.status() == ClockStatus.RED,
                        "running: " + clock);
                if (before != null) {
                    Clock earlier = before.get(i);
                    assertTrue(
                            clock.usedWorkingDays() >= earlier.usedWorkingDays(),
                            today + ": " + earlier + " -> " + clock);
                    assertTrue(
                            clock.status().severity() >= earlier.status().severity(),
                            today + ": " + earlier + " -> " + clock);
                }
            }
            before = now;
        }
    }

    private static Clock stepClock(
            ClockPolicy policy, LocalDate accepted, List<StepTimes> steps, LocalDate today, StepCode code) {
        return ClockCalculator.compute(policy, accepted, steps, CAL, today).stream()
                .filter(c -> c.scope().equals(code.name()))
                .findFirst()
                .orElseThrow();
    }

    /** Working days after {@code from} up to and including {@code to}, one day at a time. */
    private static int workingDaysWalked(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (CAL.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDateTime at(LocalDate day) {
        return day.atTime(10, 0);
    }

    /** Days of the official data, with room for a clock to run on inside it. */
    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 6, 30));
    }
}
