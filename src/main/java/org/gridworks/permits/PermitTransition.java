package org.gridworks.permits;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a permit track in one table: each step and the statuses it may start from, with the message a
 * refused step gives. PermitTrack refuses a step from any other status, whoever calls it.
 */
enum PermitTransition {
    SUBMIT("permit.notPrepared", PermitStatus.PREPARED),
    REQUEST_SUPPLEMENT("permit.notWaiting", PermitStatus.SUBMITTED),
    SUPPLIED("permit.noSupplement", PermitStatus.SUPPLEMENT_REQUESTED),
    GRANT("permit.notWaiting", PermitStatus.SUBMITTED, PermitStatus.SUPPLEMENT_REQUESTED),
    REFUSE("permit.notWaiting", PermitStatus.SUBMITTED, PermitStatus.SUPPLEMENT_REQUESTED),
    WITHDRAW("permit.closed", PermitStatus.PREPARED, PermitStatus.SUBMITTED, PermitStatus.SUPPLEMENT_REQUESTED);

    private final String refusal;
    private final Set<PermitStatus> from;

    PermitTransition(String refusal, PermitStatus first, PermitStatus... more) {
        this.refusal = refusal;
        this.from = EnumSet.of(first, more);
    }

    boolean allowedFrom(PermitStatus status) {
        return from.contains(status);
    }

    String refusal() {
        return refusal;
    }
}
