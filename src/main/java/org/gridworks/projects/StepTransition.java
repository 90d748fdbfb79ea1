package org.gridworks.projects;

import java.util.Map;

/**
 * The life of a process step in one table: each action, the one state it may start from, and the message it
 * gives from each other state (the messages the step pages and the API have always given). ProjectStep refuses
 * an action from any other state, whoever calls it.
 */
enum StepTransition {
    OPEN(StepState.WAITING, "step.alreadyOpen", Map.of()),
    CLOSE(
            StepState.RUNNING,
            "step.alreadyClosed",
            Map.of(StepState.WAITING, "step.notOpen", StepState.PAUSED, "step.pausedCannotClose")),
    PAUSE(StepState.RUNNING, "step.notRunning", Map.of(StepState.PAUSED, "step.alreadyPaused")),
    RESUME(StepState.PAUSED, "step.notPaused", Map.of()),
    /** A mistaken close undone: the step runs again. */
    REOPEN(StepState.CLOSED, "step.notClosed", Map.of());

    private final StepState from;
    private final String refusal;
    private final Map<StepState, String> refusalFrom;

    StepTransition(StepState from, String refusal, Map<StepState, String> refusalFrom) {
        this.from = from;
        this.refusal = refusal;
        this.refusalFrom = refusalFrom;
    }

    boolean allowedFrom(StepState state) {
        return state == from;
    }

    /** The message key of the refusal from a state this action may not start from. */
    String refusal(StepState state) {
        return refusalFrom.getOrDefault(state, refusal);
    }
}
