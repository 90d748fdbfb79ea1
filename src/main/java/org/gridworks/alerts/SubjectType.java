package org.gridworks.alerts;

/** The kinds of record the scan watches. */
public enum SubjectType {
    PROJECT,
    MILESTONE,
    DELIVERY,
    PERMIT
}
