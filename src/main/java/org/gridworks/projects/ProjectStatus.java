package org.gridworks.projects;

/** Where an application stands: open until its last step closes (connected), or cancelled. */
public enum ProjectStatus {
    OPEN,
    CONNECTED,
    CANCELLED
}
