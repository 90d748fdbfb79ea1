package org.gridworks.permits;

/** Where a permit track stands. Decided tracks (granted, refused) and withdrawn ones are closed. */
public enum PermitStatus {
    PREPARED,
    SUBMITTED,
    SUPPLEMENT_REQUESTED,
    GRANTED,
    REFUSED,
    WITHDRAWN;

    public boolean isClosed() {
        return this == GRANTED || this == REFUSED || this == WITHDRAWN;
    }
}
