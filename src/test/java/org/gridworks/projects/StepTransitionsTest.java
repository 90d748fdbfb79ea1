package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Every action of a process step from every state, without a container: allowed actions land where they should,
 * refused ones throw a conflict with the message the pages and the API have always shown, and change nothing.
 * Then the step's own time rules, with literal times.
 */
class StepTransitionsTest {

    private static final LocalDateTime OPENED = LocalDateTime.of(2025, 3, 3, 9, 0);
    private static final LocalDateTime LATER = LocalDateTime.of(2025, 3, 4, 10, 0);

    /** A step brought to a state through the allowed actions. */
    private static ProjectStep stepIn(StepState state) {
        ProjectStep step = new ProjectStep(null, StepCode.PLAN_REPLY, 2);
        switch (state) {
            case WAITING -> {}
            case RUNNING -> step.open(OPENED, "manager");
            case PAUSED -> {
                step.open(OPENED, "manager");
                step.pause(OPENED.plusHours(1), "客户要求暂缓", "manager");
            }
            case CLOSED -> {
                step.open(OPENED, "manager");
                step.close(OPENED.plusHours(2), "manager");
            }
        }
        assertEquals(state, step.state());
        return step;
    }

    /** The actions, each applied as the project applies it, all at a time after anything the step has seen. */
    private static final Map<String, Consumer<ProjectStep>> ACTIONS = Map.of(
            "open", s -> s.open(LATER, "manager"),
            "close", s -> s.close(LATER, "manager"),
            "pause", s -> s.pause(LATER, "资料待补", "manager"),
            "resume", s -> s.resume(LATER, "manager"),
            "reopen", ProjectStep::reopen);

    /** Written out, not derived from StepTransition: state → action → state after, or the refusal's message key. */
    private static final Map<StepState, Map<String, Object>> TABLE = Map.of(
            StepState.WAITING,
                    Map.of(
                            "open",
                            StepState.RUNNING,
                            "close",
                            "step.notOpen",
                            "pause",
                            "step.notRunning",
                            "resume",
                            "step.notPaused",
                            "reopen",
                            "step.notClosed"),
            StepState.RUNNING,
                    Map.of(
                            "open",
                            "step.alreadyOpen",
                            "close",
                            StepState.CLOSED,
                            "pause",
                            StepState.PAUSED,
                            "resume",
                            "step.notPaused",
                            "reopen",
                            "step.notClosed"),
            StepState.PAUSED,
                    Map.of(
                            "open",
                            "step.alreadyOpen",
                            "close",
                            "step.pausedCannotClose",
                            "pause",
                            "step.alreadyPaused",
                            "resume",
                            StepState.RUNNING,
                            "reopen",
                            "step.notClosed"),
            StepState.CLOSED,
                    Map.of(
                            "open",
                            "step.alreadyOpen",
                            "close",
                            "step.alreadyClosed",
                            "pause",
                            "step.notRunning",
                            "resume",
                            "step.notPaused",
                            "reopen",
                            StepState.RUNNING));

    @Test
    void everyActionFromEveryStateIsAllowedOrRefusedAsTheTableSays() {
        int allowed = 0;
        int refused = 0;
        for (StepState from : StepState.values()) {
            for (Map.Entry<String, Consumer<ProjectStep>> action : ACTIONS.entrySet()) {
                ProjectStep step = stepIn(from);
                Object expected = TABLE.get(from).get(action.getKey());
                String cell = from + " " + action.getKey();
                if (expected instanceof String key) {
                    StepTimes before = step.times();
                    BusinessException refusal = assertThrows(
                            BusinessException.class, () -> action.getValue().accept(step), cell);
                    assertEquals(BusinessException.Kind.CONFLICT, refusal.kind(), cell);
                    assertEquals(key, refusal.messageKey(), cell);
                    assertEquals(from, step.state(), "a refused action changes nothing: " + cell);
                    assertEquals(before, step.times(), "a refused action changes nothing: " + cell);
                    refused++;
                } else {
                    action.getValue().accept(step);
                    assertEquals(expected, step.state(), cell);
                    allowed++;
                }
            }
        }
        assertEquals(5, allowed);
        assertEquals(15, refused);
    }

    @Test
    void aStepCannotCloseBeforeItOpened() {
        ProjectStep step = stepIn(StepState.RUNNING);
        BusinessException refusal =
                assertThrows(BusinessException.class, () -> step.close(LocalDateTime.of(2025, 3, 3, 8, 59), "manager"));
        assertEquals("step.closeBeforeOpen", refusal.messageKey());
        assertEquals("at", refusal.field());
        assertEquals(List.of("2025-03-03 09:00"), List.of(refusal.arguments()));
        assertEquals(StepState.RUNNING, step.state());
    }

    @Test
    void aStepCannotCloseOrPauseBeforeItsClockLastRanAgain() {
        ProjectStep step = stepIn(StepState.PAUSED);
        step.resume(LocalDateTime.of(2025, 3, 3, 14, 30), "manager");
        BusinessException close =
                assertThrows(BusinessException.class, () -> step.close(LocalDateTime.of(2025, 3, 3, 14, 0), "manager"));
        assertEquals("step.beforePrevious", close.messageKey());
        assertEquals(List.of("2025-03-03 14:30"), List.of(close.arguments()));
        BusinessException pause = assertThrows(
                BusinessException.class, () -> step.pause(LocalDateTime.of(2025, 3, 3, 14, 0), "再等", "manager"));
        assertEquals("step.beforePrevious", pause.messageKey());
        assertEquals(List.of("2025-03-03 14:30"), List.of(pause.arguments()));
        step.close(LocalDateTime.of(2025, 3, 3, 14, 30), "manager");
        assertEquals(StepState.CLOSED, step.state(), "closing at the very minute it ran again is allowed");
    }

    @Test
    void aStepCannotResumeBeforeItPaused() {
        ProjectStep step = stepIn(StepState.PAUSED);
        BusinessException refusal = assertThrows(
                BusinessException.class, () -> step.resume(LocalDateTime.of(2025, 3, 3, 9, 30), "manager"));
        assertEquals("step.resumeBeforePause", refusal.messageKey());
        assertEquals(List.of("2025-03-03 10:00"), List.of(refusal.arguments()));
        assertEquals(StepState.PAUSED, step.state());
    }

    @Test
    void aReopenedStepRunsAgainWithItsPausesKept() {
        ProjectStep step = stepIn(StepState.PAUSED);
        step.resume(LocalDateTime.of(2025, 3, 3, 11, 0), "manager");
        step.close(LocalDateTime.of(2025, 3, 3, 16, 0), "manager");
        step.reopen();
        assertEquals(StepState.RUNNING, step.state());
        assertEquals(null, step.getClosedBy());
        assertEquals(1, step.getPauses().size());
    }
}
