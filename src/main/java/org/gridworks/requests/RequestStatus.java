package org.gridworks.requests;

/** Where a request is: stock reserved, picked, on the road, delivered on site (all of it), or cancelled. */
public enum RequestStatus {
    RESERVED,
    PICKED,
    DISPATCHED,
    DELIVERED,
    CANCELLED;

    public boolean isOpen() {
        return this != DELIVERED && this != CANCELLED;
    }

    public boolean isDispatched() {
        return this == DISPATCHED || this == DELIVERED;
    }
}
