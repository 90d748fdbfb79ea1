package org.gridworks.projects;

/**
 * Where a process step stands, read from its times (the table stores times, not a status): waiting to open,
 * running, paused (its clock stopped with a reason), or closed.
 */
public enum StepState {
    WAITING,
    RUNNING,
    PAUSED,
    CLOSED
}
