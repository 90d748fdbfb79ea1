package org.gridworks.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.BusinessException;
import org.gridworks.projects.TestProjects;
import org.junit.jupiter.api.Test;

/**
 * Every change of a milestone plan from every status, without a container: allowed changes land where they
 * should, refused ones throw the message the pages and the API have always shown and change nothing. Then what
 * each change does to the dates, with literal dates from the official calendar (March 2025 has no holiday).
 */
class PlanTransitionsTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;
    private static final LocalDate ACCEPTED = LocalDate.of(2025, 3, 3);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final LocalDateTime AT = LocalDateTime.of(2025, 3, 3, 10, 0);
    private static final BooleanSupplier GRANTED = () -> true;

    /** The default template of sql/V6. */
    private static List<MilestoneTemplate> templates() {
        return List.of(
                template("SETUP", 1, 1),
                template("PLAN_APPROVED", 2, 2, "SETUP"),
                template("DESIGN_DONE", 3, 3, "PLAN_APPROVED"),
                template("PERMITS_GRANTED", 4, 5, "DESIGN_DONE"),
                template("MATERIALS_ON_SITE", 5, 3, "DESIGN_DONE"),
                template("CONSTRUCTION_STARTED", 6, 1, "PERMITS_GRANTED", "MATERIALS_ON_SITE"),
                template("COMPLETION_ACCEPTED", 7, 5, "CONSTRUCTION_STARTED"),
                template("ENERGISED", 8, 1, "COMPLETION_ACCEPTED"));
    }

    private static MilestoneTemplate template(String code, int position, int days, String... predecessors) {
        MilestoneTemplate template = new MilestoneTemplate(code, position);
        template.set(code, code, days, List.of(predecessors), 0);
        return template;
    }

    /**
     * A plan proposed from Monday 2025-03-03 with the deadline on its energisation: setup 03-04, plan approved
     * 03-06, design 03-11, permits 03-18, materials 03-14, construction 03-19, completion 03-26, energised 03-27.
     */
    private static MilestonePlan planIn(MilestonePlan.Status status) {
        MilestonePlan plan = new MilestonePlan(
                TestProjects.withSupportingWorks(ACCEPTED), LocalDate.of(2025, 3, 27), templates(), AT, "manager");
        plan.propose(ACCEPTED, CAL);
        if (status == MilestonePlan.Status.APPROVED) {
            plan.approve(AT.plusHours(1), "manager");
        }
        assertEquals(status, plan.getStatus());
        return plan;
    }

    private static Milestone milestone(MilestonePlan plan, String code) {
        return plan.milestone(code).orElseThrow();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The changes, each made as the service makes it. */
    private static final Map<String, Consumer<MilestonePlan>> CHANGES = Map.of(
            "propose", p -> p.propose(ACCEPTED, CAL),
            "approve", p -> p.approve(AT.plusHours(2), "manager"),
            "record",
                    p -> p.record(
                            milestone(p, "DESIGN_DONE"), d("2025-03-14"), null, "manager", null, TODAY, GRANTED, CAL),
            "reach", p -> p.reach("PERMITS_GRANTED", d("2025-03-12"), CAL),
            "rebaseline", p -> p.rebaseline("设计单位调整", AT.plusDays(1), "manager"));

    /** Written out, not derived from PlanTransition: status → change → status after, or the refusal's key. */
    private static final Map<MilestonePlan.Status, Map<String, Object>> TABLE = Map.of(
            MilestonePlan.Status.DRAFT,
                    Map.of(
                            "propose",
                            MilestonePlan.Status.DRAFT,
                            "approve",
                            MilestonePlan.Status.APPROVED,
                            "record",
                            MilestonePlan.Status.DRAFT,
                            "reach",
                            MilestonePlan.Status.DRAFT,
                            "rebaseline",
                            "plan.notApproved"),
            MilestonePlan.Status.APPROVED,
                    Map.of(
                            "propose",
                            "plan.alreadyApproved",
                            "approve",
                            "plan.alreadyApproved",
                            "record",
                            MilestonePlan.Status.APPROVED,
                            "reach",
                            MilestonePlan.Status.APPROVED,
                            "rebaseline",
                            MilestonePlan.Status.APPROVED));

    @Test
    void everyChangeFromEveryStatusIsAllowedOrRefusedAsTheTableSays() {
        int allowed = 0;
        int refused = 0;
        for (MilestonePlan.Status from : MilestonePlan.Status.values()) {
            for (Map.Entry<String, Consumer<MilestonePlan>> change : CHANGES.entrySet()) {
                MilestonePlan plan = planIn(from);
                Object expected = TABLE.get(from).get(change.getKey());
                String cell = from + " " + change.getKey();
                if (expected instanceof String key) {
                    List<PlanItem> before = plan.items();
                    BusinessException refusal = assertThrows(
                            BusinessException.class, () -> change.getValue().accept(plan), cell);
                    assertEquals(BusinessException.Kind.CONFLICT, refusal.kind(), cell);
                    assertEquals(key, refusal.messageKey(), cell);
                    assertEquals(from, plan.getStatus(), "a refused change changes nothing: " + cell);
                    assertEquals(before, plan.items(), "a refused change changes nothing: " + cell);
                    refused++;
                } else {
                    change.getValue().accept(plan);
                    assertEquals(expected, plan.getStatus(), cell);
                    allowed++;
                }
            }
        }
        assertEquals(7, allowed);
        assertEquals(3, refused);
    }

    @Test
    void theProposalIsTheBaselineAndEndsOnTheDeadline() {
        MilestonePlan plan = planIn(MilestonePlan.Status.DRAFT);
        assertEquals(
                List.of(
                        d("2025-03-04"),
                        d("2025-03-06"),
                        d("2025-03-11"),
                        d("2025-03-18"),
                        d("2025-03-14"),
                        d("2025-03-19"),
                        d("2025-03-26"),
                        d("2025-03-27")),
                plan.getMilestones().stream().map(Milestone::getBaseline).toList());
        assertTrue(plan.getMilestones().stream().allMatch(m -> m.getBaseline().equals(m.getForecast())));
    }

    @Test
    void onAnApprovedPlanARecordedForecastMovesTheForecastsThatFollowButNotTheBaseline() {
        MilestonePlan plan = planIn(MilestonePlan.Status.APPROVED);
        plan.record(milestone(plan, "DESIGN_DONE"), d("2025-03-14"), null, " 张工 ", "设计院延期", TODAY, GRANTED, CAL);
        // design 3 working days late: permits +5 → 03-21, materials +3 → 03-19, construction 03-24 (Mon),
        // completion +5 → 03-31, energised 04-01
        assertEquals(
                List.of(
                        d("2025-03-04"),
                        d("2025-03-06"),
                        d("2025-03-14"),
                        d("2025-03-21"),
                        d("2025-03-19"),
                        d("2025-03-24"),
                        d("2025-03-31"),
                        d("2025-04-01")),
                plan.getMilestones().stream().map(Milestone::getForecast).toList());
        assertEquals(d("2025-03-27"), milestone(plan, "ENERGISED").getBaseline(), "the baseline is frozen");
        assertEquals("张工", milestone(plan, "DESIGN_DONE").getResponsible());
        assertTrue(milestone(plan, "DESIGN_DONE").isForecastFixed());
    }

    @Test
    void onADraftTheBaselineFollowsARecordedForecast() {
        MilestonePlan plan = planIn(MilestonePlan.Status.DRAFT);
        plan.record(milestone(plan, "DESIGN_DONE"), d("2025-03-14"), null, null, null, TODAY, GRANTED, CAL);
        assertEquals(d("2025-04-01"), milestone(plan, "ENERGISED").getBaseline());
        assertEquals(d("2025-03-14"), milestone(plan, "DESIGN_DONE").getBaseline());
    }

    @Test
    void aMilestoneReachedByAnotherAreaMovesTheForecastsOnceAndLeavesEvenADraftsBaseline() {
        MilestonePlan plan = planIn(MilestonePlan.Status.DRAFT);
        assertTrue(plan.reach("PERMITS_GRANTED", d("2025-03-12"), CAL));
        // construction after the later of permits 03-12 and materials 03-14 → 03-17, completion 03-24, energised 03-25
        assertEquals(d("2025-03-17"), milestone(plan, "CONSTRUCTION_STARTED").getForecast());
        assertEquals(d("2025-03-25"), milestone(plan, "ENERGISED").getForecast());
        assertEquals(d("2025-03-27"), milestone(plan, "ENERGISED").getBaseline());
        assertFalse(plan.reach("PERMITS_GRANTED", d("2025-03-13"), CAL), "reached already");
        assertEquals(d("2025-03-12"), milestone(plan, "PERMITS_GRANTED").getActual());
        assertFalse(plan.reach("NOT_PLANNED", d("2025-03-13"), CAL));
    }

    @Test
    void constructionStartsOnlyWithThePermitsGrantedAndTheMaterialsOnSite() {
        MilestonePlan plan = planIn(MilestonePlan.Status.APPROVED);
        Milestone construction = milestone(plan, "CONSTRUCTION_STARTED");
        BusinessException permits = assertThrows(
                BusinessException.class,
                () -> plan.record(construction, null, d("2025-03-19"), null, null, TODAY, () -> false, CAL));
        assertEquals(BusinessException.Kind.CONFLICT, permits.kind());
        assertEquals("plan.gatePermits", permits.messageKey());
        BusinessException materials = assertThrows(
                BusinessException.class,
                () -> plan.record(construction, null, d("2025-03-19"), null, null, TODAY, GRANTED, CAL));
        assertEquals("plan.gateMaterials", materials.messageKey());
        assertEquals(null, construction.getActual());

        plan.reach("MATERIALS_ON_SITE", d("2025-03-14"), CAL);
        plan.record(construction, null, d("2025-03-19"), null, null, TODAY, GRANTED, CAL);
        assertEquals(d("2025-03-19"), construction.getActual());
    }

    @Test
    void thePermitTracksAreAskedOnlyWhenConstructionIsRecordedAsStarted() {
        MilestonePlan plan = planIn(MilestonePlan.Status.APPROVED);
        BooleanSupplier notToBeAsked = () -> {
            throw new AssertionError("the permits were asked");
        };
        plan.record(milestone(plan, "SETUP"), null, d("2025-03-04"), null, null, TODAY, notToBeAsked, CAL);
        plan.record(
                milestone(plan, "CONSTRUCTION_STARTED"), d("2025-03-20"), null, null, null, TODAY, notToBeAsked, CAL);
        assertEquals(d("2025-03-04"), milestone(plan, "SETUP").getActual());
    }

    @Test
    void recordedDatesAndNotesAreChecked() {
        MilestonePlan plan = planIn(MilestonePlan.Status.APPROVED);
        BusinessException future = assertThrows(
                BusinessException.class,
                () -> plan.record(milestone(plan, "SETUP"), null, d("2025-03-21"), null, null, TODAY, GRANTED, CAL));
        assertEquals("actual", future.field());
        assertEquals("plan.actualInFuture", future.messageKey());
        BusinessException early = assertThrows(
                BusinessException.class,
                () -> plan.record(
                        milestone(plan, "DESIGN_DONE"), d("2025-03-05"), null, null, null, TODAY, GRANTED, CAL));
        assertEquals("forecast", early.field());
        assertEquals("plan.forecastBeforePredecessor", early.messageKey());
        assertEquals(List.of(d("2025-03-06")), List.of(early.arguments()));
        BusinessException note = assertThrows(
                BusinessException.class,
                () -> plan.record(milestone(plan, "SETUP"), null, null, null, "备".repeat(501), TODAY, GRANTED, CAL));
        assertEquals("note", note.field());
        assertEquals("project.tooLong", note.messageKey());
        assertEquals(d("2025-03-11"), milestone(plan, "DESIGN_DONE").getForecast(), "nothing recorded");
    }

    @Test
    void reBaseliningNeedsAReasonAndKeepsTheOldBaseline() {
        MilestonePlan plan = planIn(MilestonePlan.Status.APPROVED);
        plan.reach("PERMITS_GRANTED", d("2025-03-12"), CAL);
        for (String reason : new String[] {null, "  ", "因".repeat(501)}) {
            BusinessException refusal =
                    assertThrows(BusinessException.class, () -> plan.rebaseline(reason, AT.plusDays(9), "manager"));
            assertEquals("reason", refusal.field());
            assertEquals("plan.reasonRequired", refusal.messageKey());
        }
        BaselineChange change = plan.rebaseline(" 设计单位调整 ", AT.plusDays(9), "manager");
        assertEquals("设计单位调整", change.getReason());
        assertEquals(
                "SETUP=2025-03-04;PLAN_APPROVED=2025-03-06;DESIGN_DONE=2025-03-11;PERMITS_GRANTED=2025-03-18;"
                        + "MATERIALS_ON_SITE=2025-03-14;CONSTRUCTION_STARTED=2025-03-19;COMPLETION_ACCEPTED=2025-03-26;"
                        + "ENERGISED=2025-03-27",
                change.getOldBaseline());
        assertEquals(d("2025-03-12"), milestone(plan, "PERMITS_GRANTED").getBaseline(), "the actual date");
        assertEquals(d("2025-03-25"), milestone(plan, "ENERGISED").getBaseline(), "the forecast");
    }
}
