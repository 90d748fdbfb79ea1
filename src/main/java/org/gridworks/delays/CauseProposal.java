package org.gridworks.delays;

import org.gridworks.platform.watch.SubjectType;

/**
 * The cause the system proposes for a late item, where its facts tell: a late delivery is the materials', a permit
 * past its limit the permits', a project clock that was paused for the customer the customer's, and a milestone
 * whose own subject is materials, permits or design theirs. Anything else (a project never paused, construction,
 * completion, energising) is left for the person responsible (null).
 */
public final class CauseProposal {

    private CauseProposal() {}

    /**
     * @param milestoneCode the milestone's code (MILESTONE only)
     * @param customerPaused whether the project's clock was ever paused (PROJECT only; pauses are the customer's:
     *     a wait they asked for, documents they must supply)
     */
    public static DelayCause propose(SubjectType type, String milestoneCode, boolean customerPaused) {
        return switch (type) {
            case DELIVERY -> DelayCause.MATERIALS;
            case PERMIT, PERMIT_DOCUMENT -> DelayCause.PERMITS;
            case PROJECT -> customerPaused ? DelayCause.CUSTOMER : null;
            case MILESTONE ->
                milestoneCode == null
                        ? null
                        : switch (milestoneCode) {
                            case "MATERIALS_ON_SITE" -> DelayCause.MATERIALS;
                            case "PERMITS_GRANTED" -> DelayCause.PERMITS;
                            case "DESIGN_DONE" -> DelayCause.DESIGN;
                            default -> null;
                        };
            case RATING -> null; // a customer's rating is no late item: nothing to explain
        };
    }
}
