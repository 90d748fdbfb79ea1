package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitKind;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Every change of a connection project from every status, without a container: the table itself, then the
 * changes as the service makes them (allowed ones land where they should, refused ones throw the message the
 * pages and the API have always shown and change nothing), then the rules between neighbouring steps.
 */
class ProjectTransitionsTest {

    private static final LocalDate ACCEPTED = LocalDate.of(2025, 3, 3);
    private static final LocalDateTime LATER = LocalDateTime.of(2025, 3, 7, 15, 0);

    private static ConnectionProject residential() {
        return TestProjects.residential(ACCEPTED);
    }

    /** A project in a status: open with its last step running, connected, or cancelled while open. */
    private static ConnectionProject projectIn(ProjectStatus status) {
        ConnectionProject project = residential();
        project.closeStep(StepCode.ACCEPTANCE, LocalDateTime.of(2025, 3, 3, 16, 0), "manager");
        project.openStep(StepCode.CONNECTION, LocalDateTime.of(2025, 3, 4, 9, 0), "manager");
        switch (status) {
            case OPEN -> {}
            case CONNECTED -> project.closeStep(StepCode.CONNECTION, LocalDateTime.of(2025, 3, 6, 11, 0), "manager");
            case CANCELLED -> cancel(project);
        }
        assertEquals(status, project.getStatus());
        return project;
    }

    /** No action of the application cancels a project; imports write the status, as this does. */
    private static void cancel(ConnectionProject project) {
        try {
            Field status = ConnectionProject.class.getDeclaredField("status");
            status.setAccessible(true);
            status.set(project, ProjectStatus.CANCELLED);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Written out, not derived from ProjectTransition: status → change → null when allowed, else the refusal. */
    private static final Map<ProjectStatus, Map<ProjectTransition, String>> REFUSALS = Map.of(
            ProjectStatus.OPEN, Map.of(ProjectTransition.REOPEN, "step.notClosed"),
            ProjectStatus.CONNECTED, Map.of(ProjectTransition.CONNECT, "step.alreadyClosed"),
            ProjectStatus.CANCELLED,
                    Map.of(
                            ProjectTransition.EDIT,
                            "project.cancelled",
                            ProjectTransition.STEP,
                            "project.cancelled",
                            ProjectTransition.CONNECT,
                            "project.cancelled",
                            ProjectTransition.REOPEN,
                            "project.cancelled"));

    @Test
    void theTableAllowsOrRefusesEveryChangeFromEveryStatus() {
        int refused = 0;
        for (ProjectStatus status : ProjectStatus.values()) {
            ConnectionProject project = projectIn(status);
            for (ProjectTransition change : ProjectTransition.values()) {
                String expected = REFUSALS.get(status).get(change);
                if (expected == null) {
                    assertDoesNotThrow(() -> project.check(change), status + " " + change);
                } else {
                    BusinessException refusal = assertThrows(BusinessException.class, () -> project.check(change));
                    assertEquals(BusinessException.Kind.CONFLICT, refusal.kind());
                    assertEquals(expected, refusal.messageKey(), status + " " + change);
                    refused++;
                }
            }
        }
        assertEquals(6, refused);
    }

    /** The changes, each made as the service makes it; the last step is the connection. */
    private static final Map<String, Consumer<ConnectionProject>> CHANGES = Map.of(
            "edit", p -> p.checkEdit(ACCEPTED),
            "pause", p -> p.pauseStep(StepCode.CONNECTION, LATER, "客户要求暂缓", "manager"),
            "closeLast", p -> p.closeStep(StepCode.CONNECTION, LATER, "manager"),
            "reopenLast", p -> p.reopenStep(StepCode.CONNECTION));

    /** Status → change → status after, or the refusal's message key (the step's own table answers some). */
    private static final Map<ProjectStatus, Map<String, Object>> OUTCOMES = Map.of(
            ProjectStatus.OPEN,
                    Map.of(
                            "edit",
                            ProjectStatus.OPEN,
                            "pause",
                            ProjectStatus.OPEN,
                            "closeLast",
                            ProjectStatus.CONNECTED,
                            "reopenLast",
                            "step.notClosed"),
            ProjectStatus.CONNECTED,
                    Map.of(
                            "edit",
                            ProjectStatus.CONNECTED,
                            "pause",
                            "step.notRunning",
                            "closeLast",
                            "step.alreadyClosed",
                            "reopenLast",
                            ProjectStatus.OPEN),
            ProjectStatus.CANCELLED,
                    Map.of(
                            "edit",
                            "project.cancelled",
                            "pause",
                            "project.cancelled",
                            "closeLast",
                            "project.cancelled",
                            "reopenLast",
                            "project.cancelled"));

    @Test
    void everyChangeFromEveryStatusLandsOrIsRefusedAndChangesNothing() {
        int allowed = 0;
        int refused = 0;
        for (ProjectStatus from : ProjectStatus.values()) {
            for (Map.Entry<String, Consumer<ConnectionProject>> change : CHANGES.entrySet()) {
                ConnectionProject project = projectIn(from);
                Object expected = OUTCOMES.get(from).get(change.getKey());
                String cell = from + " " + change.getKey();
                if (expected instanceof String key) {
                    List<StepTimes> before = project.stepTimes();
                    LocalDate connectedBefore = project.getConnectedOn();
                    BusinessException refusal = assertThrows(
                            BusinessException.class, () -> change.getValue().accept(project), cell);
                    assertEquals(BusinessException.Kind.CONFLICT, refusal.kind(), cell);
                    assertEquals(key, refusal.messageKey(), cell);
                    assertEquals(from, project.getStatus(), "a refused change changes nothing: " + cell);
                    assertEquals(before, project.stepTimes(), "a refused change changes nothing: " + cell);
                    assertEquals(connectedBefore, project.getConnectedOn(), cell);
                    refused++;
                } else {
                    change.getValue().accept(project);
                    assertEquals(expected, project.getStatus(), cell);
                    allowed++;
                }
            }
        }
        assertEquals(5, allowed);
        assertEquals(7, refused);
    }

    @Test
    void closingTheLastStepConnectsThatDayAndReopeningItUndoesIt() {
        ConnectionProject project = projectIn(ProjectStatus.OPEN);
        assertNull(project.getConnectedOn());
        project.closeStep(StepCode.CONNECTION, LocalDateTime.of(2025, 3, 6, 11, 0), "manager");
        assertEquals(LocalDate.of(2025, 3, 6), project.getConnectedOn());
        project.reopenStep(StepCode.CONNECTION);
        assertEquals(ProjectStatus.OPEN, project.getStatus());
        assertNull(project.getConnectedOn());
    }

    @Test
    void aStepOpensOnlyAfterTheOneBeforeHasClosedAndNotEarlier() {
        ConnectionProject project = residential();
        BusinessException previousOpen =
                assertThrows(BusinessException.class, () -> project.openStep(StepCode.CONNECTION, LATER, "manager"));
        assertEquals("step.previousOpen", previousOpen.messageKey());
        project.closeStep(StepCode.ACCEPTANCE, LocalDateTime.of(2025, 3, 3, 16, 0), "manager");
        BusinessException early = assertThrows(
                BusinessException.class,
                () -> project.openStep(StepCode.CONNECTION, LocalDateTime.of(2025, 3, 3, 15, 59), "manager"));
        assertEquals("step.beforePrevious", early.messageKey());
        assertEquals("at", early.field());
        assertEquals(List.of("2025-03-03 16:00"), List.of(early.arguments()));
        project.openStep(StepCode.CONNECTION, LocalDateTime.of(2025, 3, 3, 16, 0), "manager");
        assertEquals(StepState.RUNNING, project.requireStep(StepCode.CONNECTION).state());
    }

    @Test
    void theFirstStepOpensNotBeforeTheAcceptanceDate() {
        Unit unit = new Unit("WC", "婺城", "Wucheng", UnitKind.DISTRICT, null);
        ConnectionProject project = new ConnectionProject(unit, LocalDateTime.of(2025, 3, 3, 8, 0), "manager");
        project.setFacts(
                "李建国",
                null,
                AreaType.RURAL,
                new BigDecimal("8"),
                new BigDecimal("0.4"),
                false,
                false,
                true,
                false,
                false,
                ACCEPTED);
        project.setCategory(Category.RESIDENTIAL, false, null);
        project.arrangeSteps();
        BusinessException early = assertThrows(
                BusinessException.class,
                () -> project.openStep(StepCode.ACCEPTANCE, LocalDateTime.of(2025, 3, 2, 23, 59), "manager"));
        assertEquals("step.beforePrevious", early.messageKey());
        assertEquals(List.of("2025-03-03 00:00"), List.of(early.arguments()));
    }

    @Test
    void aClosedStepReopensOnlyWhileTheNextHasNotStarted() {
        ConnectionProject project = projectIn(ProjectStatus.OPEN);
        BusinessException refusal =
                assertThrows(BusinessException.class, () -> project.reopenStep(StepCode.ACCEPTANCE));
        assertEquals("step.nextAlreadyOpen", refusal.messageKey());
        assertEquals(StepState.CLOSED, project.requireStep(StepCode.ACCEPTANCE).state());
    }

    @Test
    void aStepTheCategoryDoesNotHaveIsRefusedByName() {
        BusinessException refusal = assertThrows(
                BusinessException.class, () -> residential().pauseStep(StepCode.PLAN_REPLY, LATER, "等", "manager"));
        assertEquals(BusinessException.Kind.INVALID, refusal.kind());
        assertEquals("step.notInCategory", refusal.messageKey());
        assertEquals(List.of("PLAN_REPLY"), List.of(refusal.arguments()));
    }

    @Test
    void theAcceptanceDateMovesOnlyWhileAcceptanceIsTheOnlyStepStartedAndStillOpen() {
        ConnectionProject running = residential();
        assertDoesNotThrow(() -> running.checkEdit(LocalDate.of(2025, 3, 4)));
        running.closeStep(StepCode.ACCEPTANCE, LocalDateTime.of(2025, 3, 3, 16, 0), "manager");
        BusinessException locked =
                assertThrows(BusinessException.class, () -> running.checkEdit(LocalDate.of(2025, 3, 4)));
        assertEquals("project.acceptedLocked", locked.messageKey());
        assertEquals("acceptedOn", locked.field());
        assertDoesNotThrow(() -> running.checkEdit(ACCEPTED), "the same date is no move");
    }

    @Test
    void anEditMovesTheAcceptanceOpeningAndRearrangesStepsUntilAStepAfterAcceptanceHasOpened() {
        ConnectionProject project = residential();
        project.setFacts(
                "李建国",
                null,
                AreaType.RURAL,
                new BigDecimal("8"),
                new BigDecimal("0.4"),
                false,
                false,
                false,
                false,
                false,
                LocalDate.of(2025, 3, 4));
        project.setCategory(Category.LV_OTHER, false, null);
        project.followEdit(Category.RESIDENTIAL, false);
        assertEquals(
                List.of(StepCode.ACCEPTANCE, StepCode.PLAN_REPLY, StepCode.CONNECTION),
                project.getSteps().stream().map(ProjectStep::getCode).toList());
        assertEquals(
                LocalDateTime.of(2025, 3, 4, 0, 0),
                project.requireStep(StepCode.ACCEPTANCE).getOpenedAt());

        ConnectionProject started = projectIn(ProjectStatus.OPEN);
        started.setCategory(Category.LV_THREE_ZERO, false, null);
        BusinessException locked =
                assertThrows(BusinessException.class, () -> started.followEdit(Category.RESIDENTIAL, false));
        assertEquals(BusinessException.Kind.CONFLICT, locked.kind());
        assertEquals("project.categoryLocked", locked.messageKey());
    }
}
