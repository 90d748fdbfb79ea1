package org.gridworks.requests;

/**
 * The colour of a request against its due date: on track, yellow (not yet dispatched, and 80 % of the delivery
 * time used or one working day left), red (overdue); once closed, on time or late; cancelled requests have no clock.
 */
public enum DeliveryState {
    ON_TRACK,
    YELLOW,
    RED,
    ON_TIME,
    LATE,
    CANCELLED
}
