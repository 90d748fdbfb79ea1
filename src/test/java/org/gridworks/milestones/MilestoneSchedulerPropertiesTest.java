package org.gridworks.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * The scheduling rules for any plan (any number of milestones, durations, lags and finish-to-start links without
 * a loop) on any dates of the official calendar. Plans are handed over successors first, so the scheduler has to
 * order them itself; a failure shrinks to the smallest plan that breaks a rule.
 */
class MilestoneSchedulerPropertiesTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    @Property(tries = 300)
    void everyMilestoneComesItsDurationAndLagAfterItsLatestPredecessor(
            @ForAll("plans") List<PlanItem> plan, @ForAll("days") LocalDate start) {
        Map<String, LocalDate> dates = MilestoneScheduler.forward(plan, start, CAL);
        for (PlanItem item : plan) {
            LocalDate from = item.predecessors().isEmpty()
                    ? start
                    : item.predecessors().stream()
                            .map(dates::get)
                            .max(LocalDate::compareTo)
                            .orElseThrow();
            assertExactlyAfter(from, item, dates.get(item.code()));
        }
    }

    @Property(tries = 300)
    void backwardPlanningLeavesEverySuccessorItsTimeAndNoMore(
            @ForAll("plans") List<PlanItem> plan, @ForAll("days") LocalDate deadline) {
        Map<String, LocalDate> latest = MilestoneScheduler.backward(plan, deadline, CAL);
        for (PlanItem item : plan) {
            List<PlanItem> successors = successorsOf(item, plan);
            LocalDate date = latest.get(item.code());
            if (successors.isEmpty()) {
                assertEquals(deadline, date, item.code() + " has no successor: on the deadline");
                continue;
            }
            assertTrue(CAL.isWorkingDay(date), item.code() + " on " + date);
            boolean oneDayLaterFits = true;
            LocalDate nextWorkingDay = CAL.addWorkingDays(date, 1).due();
            for (PlanItem successor : successors) {
                int needed = successor.durationDays() + successor.lagDays();
                LocalDate successorDate = latest.get(successor.code());
                assertTrue(
                        between(date, successorDate) >= needed,
                        item.code() + " " + date + " leaves " + successor.code() + " " + needed + " days");
                oneDayLaterFits &= between(nextWorkingDay, successorDate) >= needed;
            }
            assertFalse(oneDayLaterFits, item.code() + " could have been as late as " + nextWorkingDay);
        }
    }

    @Property(tries = 300)
    void aPlanThatMayStartEarlyEnoughEndsOnTheDeadline(
            @ForAll("plans") List<PlanItem> plan, @ForAll("days") LocalDate deadline) {
        Assume.that(CAL.isWorkingDay(deadline));
        // 10 milestones of at most 13 working days each fit in 400 calendar days, holidays included
        List<PlanItem> proposed = MilestoneScheduler.propose(plan, deadline.minusDays(400), deadline, CAL);
        LocalDate end = null;
        for (PlanItem item : proposed) {
            assertEquals(item.baseline(), item.forecast(), "a proposal forecasts its baseline");
            assertFalse(item.baseline().isAfter(deadline), item.code() + " " + item.baseline());
            end = end == null || item.baseline().isAfter(end) ? item.baseline() : end;
        }
        assertEquals(deadline, end, "the last milestone lands on the deadline, not earlier");
    }

    @Property(tries = 300)
    void aProposalThatOverrunsTheDeadlineStartsOnTheStart(
            @ForAll("plans") List<PlanItem> plan,
            @ForAll("days") LocalDate start,
            @ForAll @IntRange(max = 60) int daysToDeadline) {
        LocalDate deadline = start.plusDays(daysToDeadline);
        List<PlanItem> proposed = MilestoneScheduler.propose(plan, start, deadline, CAL);
        Map<String, LocalDate> dates = new HashMap<>();
        proposed.forEach(item -> dates.put(item.code(), item.baseline()));
        boolean overruns = false;
        for (PlanItem item : proposed) {
            LocalDate earliest = item.predecessors().isEmpty()
                    ? start
                    : item.predecessors().stream()
                            .map(dates::get)
                            .max(LocalDate::compareTo)
                            .orElseThrow();
            assertTrue(
                    between(earliest, item.baseline()) >= item.durationDays() + item.lagDays(),
                    item.code() + " " + item.baseline() + " is too early after " + earliest);
            overruns |= item.baseline().isAfter(deadline);
        }
        if (overruns) {
            for (PlanItem root :
                    proposed.stream().filter(i -> i.predecessors().isEmpty()).toList()) {
                assertExactlyAfter(start, root, root.baseline());
            }
        }
    }

    @Property(tries = 300)
    void propagatingAnUnchangedProposalMovesNothing(
            @ForAll("plans") List<PlanItem> plan, @ForAll("days") LocalDate start) {
        List<PlanItem> proposed = MilestoneScheduler.propose(plan, start, start.plusDays(500), CAL);
        assertEquals(proposed, MilestoneScheduler.propagate(proposed, start, CAL));
    }

    @Property(tries = 300)
    void aSlipOfNWorkingDaysMovesNoMilestoneByMoreAndASoleSuccessorByExactlyN(
            @ForAll("plans") List<PlanItem> plan,
            @ForAll("days") LocalDate start,
            @ForAll @IntRange(max = 100) int which,
            @ForAll @IntRange(min = 1, max = 10) int slip) {
        List<PlanItem> proposed = MilestoneScheduler.propose(plan, start, start.plusDays(500), CAL);
        int index = which % proposed.size();
        PlanItem late = proposed.get(index);
        List<PlanItem> slipped = new ArrayList<>(proposed);
        slipped.set(
                index,
                new PlanItem(
                        late.code(),
                        late.durationDays(),
                        late.predecessors(),
                        late.lagDays(),
                        late.baseline(),
                        CAL.addWorkingDays(late.baseline(), slip).due(),
                        true,
                        null));
        Set<String> followers = followersOf(late.code(), plan);
        for (PlanItem item : MilestoneScheduler.propagate(slipped, start, CAL)) {
            int moved = MilestoneScheduler.slip(item, CAL);
            if (item.code().equals(late.code())) {
                assertEquals(slip, moved);
            } else if (!followers.contains(item.code())) {
                assertEquals(0, moved, item.code() + " does not follow " + late.code());
            } else if (item.predecessors().equals(List.of(late.code()))) {
                assertEquals(slip, moved, item.code() + " follows only " + late.code());
            } else {
                assertTrue(moved >= 0 && moved <= slip, item.code() + " moved " + moved);
            }
        }
    }

    /** The date is the (duration + lag)-th working day after {@code from}: counted exactly so, on a working day. */
    private static void assertExactlyAfter(LocalDate from, PlanItem item, LocalDate date) {
        int days = item.durationDays() + item.lagDays();
        assertEquals(days, between(from, date), item.code() + ": " + from + " -> " + date);
        assertTrue(days == 0 || CAL.isWorkingDay(date), item.code() + " on " + date);
    }

    private static int between(LocalDate from, LocalDate to) {
        return CAL.workingDaysBetween(from, to).workingDays();
    }

    private static List<PlanItem> successorsOf(PlanItem item, List<PlanItem> plan) {
        return plan.stream()
                .filter(other -> other.predecessors().contains(item.code()))
                .toList();
    }

    /** Every milestone that comes after the given one, directly or through others. */
    private static Set<String> followersOf(String code, List<PlanItem> plan) {
        Set<String> followers = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (PlanItem item : plan) {
                if (!followers.contains(item.code())
                        && item.predecessors().stream().anyMatch(p -> p.equals(code) || followers.contains(p))) {
                    followers.add(item.code());
                    grew = true;
                }
            }
        }
        return followers;
    }

    /** A milestone's shape: duration, lag and links to earlier milestones (so there is never a loop). */
    record Shape(int duration, int lag, List<Integer> links) {}

    @Provide
    Arbitrary<List<PlanItem>> plans() {
        Arbitrary<Shape> shape = Combinators.combine(
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 9).list().ofMaxSize(3))
                .as(Shape::new);
        return shape.list().ofMinSize(1).ofMaxSize(10).map(MilestoneSchedulerPropertiesTest::plan);
    }

    private static List<PlanItem> plan(List<Shape> shapes) {
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            int index = i;
            Shape shape = shapes.get(i);
            List<String> predecessors = index == 0
                    ? List.of()
                    : shape.links().stream()
                            .map(link -> "M" + (link % index))
                            .distinct()
                            .toList();
            items.add(new PlanItem("M" + i, shape.duration(), predecessors, shape.lag(), null, null, false, null));
        }
        // successors first: the scheduler must find the order itself
        Collections.reverse(items);
        return items;
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2019, 6, 1), LocalDate.of(2025, 6, 30));
    }
}
