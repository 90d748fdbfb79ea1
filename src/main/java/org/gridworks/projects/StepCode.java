package org.gridworks.projects;

/** The process steps (环节) of an application. */
public enum StepCode {
    ACCEPTANCE,
    PLAN_REPLY,
    COMPLETION_INSPECTION,
    CONNECTION,
    COMPLETION_AND_CONNECTION
}
