package org.gridworks.permits;

/** A required document: not yet in, received, accepted as missing to be supplied by a date (容缺), or not needed. */
public enum DocumentState {
    PENDING,
    RECEIVED,
    DEFERRED,
    NOT_NEEDED
}
