package org.gridworks.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

class MilestoneSchedulerTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    /** The default template: 1, 2, 3, then permits (5) and materials (3) in parallel, 1, 5, 1. */
    static List<PlanItem> defaults() {
        return List.of(
                item("SETUP", 1),
                item("PLAN_APPROVED", 2, "SETUP"),
                item("DESIGN_DONE", 3, "PLAN_APPROVED"),
                item("PERMITS_GRANTED", 5, "DESIGN_DONE"),
                item("MATERIALS_ON_SITE", 3, "DESIGN_DONE"),
                item("CONSTRUCTION_STARTED", 1, "PERMITS_GRANTED", "MATERIALS_ON_SITE"),
                item("COMPLETION_ACCEPTED", 5, "CONSTRUCTION_STARTED"),
                item("ENERGISED", 1, "COMPLETION_ACCEPTED"));
    }

    static PlanItem item(String code, int days, String... predecessors) {
        return new PlanItem(code, days, List.of(predecessors), 0, null, null, false, null);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void backwardPlanningPutsEnergisationOnTheDeadlineAcrossNationalDay() {
        Map<String, LocalDate> latest = MilestoneScheduler.backward(defaults(), d("2024-10-18"), CAL);
        assertEquals(d("2024-10-18"), latest.get("ENERGISED"));
        assertEquals(d("2024-10-17"), latest.get("COMPLETION_ACCEPTED"));
        // 5 working days before 10-17: 10-11 (Saturday 10-12 was worked)
        assertEquals(d("2024-10-11"), latest.get("CONSTRUCTION_STARTED"));
        assertEquals(d("2024-10-10"), latest.get("PERMITS_GRANTED"));
        assertEquals(d("2024-10-10"), latest.get("MATERIALS_ON_SITE"));
        assertEquals(
                d("2024-09-27"), latest.get("DESIGN_DONE"), "5 working days before 10-10: 10-01..07 off, 09-29 worked");
        List<PlanItem> proposed = MilestoneScheduler.propose(defaults(), d("2024-09-01"), d("2024-10-18"), CAL);
        assertEquals(d("2024-10-18"), proposed.get(7).baseline(), "the proposal lands on the deadline");
        assertEquals(0, MilestoneScheduler.floatDays(proposed.get(7).forecast(), d("2024-10-18"), CAL));
    }

    @Test
    void aPlanThatCannotFitStartsAtTheStartAndShowsNegativeFloat() {
        // 18 working days on the longest path from Fri 2024-09-20 cannot end by 09-27: the plan starts on the
        // start and runs through National Day (09-29 Sunday and 10-12 Saturday worked, 10-01..07 off)
        List<PlanItem> proposed = MilestoneScheduler.propose(defaults(), d("2024-09-20"), d("2024-09-27"), CAL);
        assertEquals(
                List.of(
                        d("2024-09-23"),
                        d("2024-09-25"),
                        d("2024-09-29"),
                        d("2024-10-11"),
                        d("2024-10-09"),
                        d("2024-10-12"),
                        d("2024-10-18"),
                        d("2024-10-21")),
                proposed.stream().map(PlanItem::forecast).toList());
        // working days after 09-27 up to 10-21: 09-29, 09-30, 10-08..12, 10-14..18, 10-21
        assertEquals(-13, MilestoneScheduler.floatDays(proposed.get(7).forecast(), d("2024-09-27"), CAL));
    }

    @Test
    void aSlipOnDesignMovesEveryLaterForecastByTheSameWorkingDays() {
        // planned back from Fri 2024-06-28 over the Dragon Boat holiday (Mon 06-10 off): the plan starts 06-03
        List<PlanItem> plan = MilestoneScheduler.propose(defaults(), d("2024-03-01"), d("2024-06-28"), CAL);
        assertEquals(
                List.of(
                        d("2024-06-04"),
                        d("2024-06-06"),
                        d("2024-06-12"),
                        d("2024-06-19"),
                        d("2024-06-17"),
                        d("2024-06-20"),
                        d("2024-06-27"),
                        d("2024-06-28")),
                plan.stream().map(PlanItem::baseline).toList());
        List<PlanItem> slipped = new ArrayList<>(plan);
        // design done 3 working days late: 06-17 instead of 06-12
        slipped.set(
                2,
                new PlanItem(
                        "DESIGN_DONE", 3, List.of("PLAN_APPROVED"), 0, d("2024-06-12"), d("2024-06-17"), true, null));
        List<PlanItem> moved = MilestoneScheduler.propagate(slipped, d("2024-03-01"), CAL);
        assertEquals(
                List.of(
                        d("2024-06-04"),
                        d("2024-06-06"),
                        d("2024-06-17"),
                        d("2024-06-24"),
                        d("2024-06-20"),
                        d("2024-06-25"),
                        d("2024-07-02"),
                        d("2024-07-03")),
                moved.stream().map(PlanItem::forecast).toList());
        for (int i = 2; i < moved.size(); i++) {
            assertEquals(
                    3, MilestoneScheduler.slip(moved.get(i), CAL), moved.get(i).code());
        }
        assertEquals(0, MilestoneScheduler.slip(moved.get(1), CAL), "earlier milestones stay");
        assertEquals(
                -3,
                MilestoneScheduler.floatDays(moved.get(7).forecast(), d("2024-06-28"), CAL),
                "energisation 07-03 is 3 working days past the deadline");
    }

    @Test
    void aMilestoneWithABaselineOrForecastIn2027IsProvisional() {
        // 2027's notice is not loaded (the calendar knows 2019-2026)
        assertTrue(MilestoneScheduler.provisional(
                new PlanItem("ENERGISED", 1, List.of(), 0, d("2027-01-05"), d("2027-01-05"), false, null), CAL));
        assertTrue(
                MilestoneScheduler.provisional(
                        new PlanItem("ENERGISED", 1, List.of(), 0, d("2026-12-30"), d("2027-01-04"), true, null), CAL),
                "a forecast slipping into 2027");
        assertTrue(
                MilestoneScheduler.provisional(
                        new PlanItem("ENERGISED", 1, List.of(), 0, d("2027-02-01"), d("2026-12-15"), true, null), CAL),
                "a baseline in 2027");
        assertFalse(
                MilestoneScheduler.provisional(
                        new PlanItem("ENERGISED", 1, List.of(), 0, d("2026-12-31"), d("2026-12-31"), false, null), CAL),
                "the last day of 2026 is known");
        assertFalse(
                MilestoneScheduler.provisional(new PlanItem("SETUP", 1, List.of(), 0, null, null, false, null), CAL),
                "no dates yet");
    }

    @Test
    void lagsAndActualDatesDriveTheFollowers() {
        List<PlanItem> items = List.of(
                new PlanItem("A", 1, List.of(), 0, null, d("2024-04-01"), true, d("2024-04-03")),
                new PlanItem("B", 2, List.of("A"), 1, null, null, false, null));
        PlanItem b = MilestoneScheduler.propagate(items, d("2024-03-29"), CAL).get(1);
        // 3 working days after 04-03: 04-07 (Sunday, worked for Qingming), 04-08, 04-09
        assertEquals(d("2024-04-09"), b.forecast());
    }

    @Test
    void loopsAndUnknownPredecessorsAreRefused() {
        List<PlanItem> loop = List.of(item("A", 1, "B"), item("B", 1, "A"));
        assertEquals(
                "milestone.loop",
                assertThrows(BusinessException.class, () -> MilestoneScheduler.ordered(loop))
                        .messageKey());
        assertEquals(
                "milestone.unknownPredecessor",
                assertThrows(BusinessException.class, () -> MilestoneScheduler.ordered(List.of(item("A", 1, "Z"))))
                        .messageKey());
    }
}
