package org.gridworks.projects;

/** What a category's legal limit times: the whole process, or the utility's own handling time. */
public enum ClockScope {
    WHOLE,
    HANDLING
}
