package org.gridworks.delays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gridworks.platform.watch.SubjectType;
import org.junit.jupiter.api.Test;

/** What the system proposes as the cause of each kind of late item, written out. */
class CauseProposalTest {

    @Test
    void aLateDeliveryIsTheMaterialsAndAPermitPastItsLimitThePermits() {
        assertEquals(DelayCause.MATERIALS, CauseProposal.propose(SubjectType.DELIVERY, null, false));
        assertEquals(DelayCause.MATERIALS, CauseProposal.propose(SubjectType.DELIVERY, null, true));
        assertEquals(DelayCause.PERMITS, CauseProposal.propose(SubjectType.PERMIT, null, false));
        assertEquals(DelayCause.PERMITS, CauseProposal.propose(SubjectType.PERMIT, null, true));
    }

    @Test
    void aMissedClockIsTheCustomersOnlyWhenTheCustomerPausedIt() {
        assertEquals(DelayCause.CUSTOMER, CauseProposal.propose(SubjectType.PROJECT, null, true));
        assertNull(CauseProposal.propose(SubjectType.PROJECT, null, false));
    }

    @Test
    void aLateMilestoneIsProposedByWhatItStandsFor() {
        assertEquals(DelayCause.MATERIALS, CauseProposal.propose(SubjectType.MILESTONE, "MATERIALS_ON_SITE", false));
        assertEquals(DelayCause.PERMITS, CauseProposal.propose(SubjectType.MILESTONE, "PERMITS_GRANTED", false));
        assertEquals(DelayCause.DESIGN, CauseProposal.propose(SubjectType.MILESTONE, "DESIGN_DONE", false));
        assertNull(CauseProposal.propose(SubjectType.MILESTONE, "CONSTRUCTION_STARTED", false));
        assertNull(CauseProposal.propose(SubjectType.MILESTONE, "ENERGISED", true));
        assertNull(CauseProposal.propose(SubjectType.MILESTONE, null, false));
    }
}
