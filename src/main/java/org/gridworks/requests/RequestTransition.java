package org.gridworks.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a material request in one table: each step, the statuses it may start from, and the message a
 * refused step gives (a closed request may answer with its own, as the delivery of a closed request says "closed"
 * rather than "not dispatched yet"). MaterialRequest refuses a step from any other status, whoever calls it.
 * Dispatch and delivery may be partial: the status moves on only when the last line is sent or complete.
 */
enum RequestTransition {
    PICK("request.notReserved", "request.notReserved", RequestStatus.RESERVED),
    DISPATCH("request.notDispatchable", "request.notDispatchable", RequestStatus.RESERVED, RequestStatus.PICKED),
    DELIVER("request.notDispatched", "request.closed", RequestStatus.DISPATCHED),
    CANCEL("request.closed", "request.closed", RequestStatus.RESERVED, RequestStatus.PICKED, RequestStatus.DISPATCHED);

    private final String refusal;
    private final String refusalWhenClosed;
    private final Set<RequestStatus> from;

    RequestTransition(String refusal, String refusalWhenClosed, RequestStatus first, RequestStatus... more) {
        this.refusal = refusal;
        this.refusalWhenClosed = refusalWhenClosed;
        this.from = EnumSet.of(first, more);
    }

    boolean allowedFrom(RequestStatus status) {
        return from.contains(status);
    }

    /** The message key of a refusal from this status. */
    String refusal(RequestStatus status) {
        return status.isOpen() ? refusal : refusalWhenClosed;
    }
}
