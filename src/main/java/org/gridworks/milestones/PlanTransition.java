package org.gridworks.milestones;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a milestone plan in one table: each change, the statuses it may start from, and the message a
 * refused change gives. A draft's baseline is proposed from the template and follows the forecast; approval
 * freezes it, and only a re-baselining (with a reason) moves it after that. Milestones are recorded and reached
 * in either status. MilestonePlan refuses a change from any other status, whoever calls it.
 */
enum PlanTransition {
    /** Baseline and forecast proposed from the template's schedule. */
    PROPOSE("plan.alreadyApproved", MilestonePlan.Status.DRAFT),
    /** The baseline freezes. */
    APPROVE("plan.alreadyApproved", MilestonePlan.Status.DRAFT),
    /** A manager records a milestone's forecast, actual date, person and note (a draft's baseline follows). */
    RECORD(null, MilestonePlan.Status.DRAFT, MilestonePlan.Status.APPROVED),
    /** Another area's event reaches a milestone (the last permit granted, the last material delivered). */
    REACH(null, MilestonePlan.Status.DRAFT, MilestonePlan.Status.APPROVED),
    /** The frozen baseline moves to the current dates, with a reason. */
    REBASELINE("plan.notApproved", MilestonePlan.Status.APPROVED);

    private final String refusal;
    private final Set<MilestonePlan.Status> from;

    PlanTransition(String refusal, MilestonePlan.Status first, MilestonePlan.Status... more) {
        this.refusal = refusal;
        this.from = EnumSet.of(first, more);
    }

    boolean allowedFrom(MilestonePlan.Status status) {
        return from.contains(status);
    }

    /** The message key of a refusal (null for a change no status refuses). */
    String refusal() {
        return refusal;
    }
}
