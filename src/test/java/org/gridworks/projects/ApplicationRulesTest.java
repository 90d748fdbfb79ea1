package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The documents rule (at most 2, none the "四免" exempt, for enterprises) and who may get the plan on site. */
class ApplicationRulesTest {

    @Test
    void anEnterpriseAskedForThreeDocumentsOrAFourFreeOneIsFlaggedAResidentNever() {
        assertTrue(ApplicationDocuments.flagged(false, 3, false));
        assertFalse(ApplicationDocuments.flagged(false, 2, false));
        assertTrue(ApplicationDocuments.flagged(false, 1, true));
        assertFalse(ApplicationDocuments.flagged(true, 5, true));
    }

    @Test
    void simpleTenOrTwentyKilovoltUnder500IsEligibleForTheOnSiteReply() {
        assertTrue(OnsiteReply.eligible(new BigDecimal("10.0"), new BigDecimal("499.9"), true));
        assertTrue(OnsiteReply.eligible(new BigDecimal("20"), new BigDecimal("400"), true));
        assertFalse(OnsiteReply.eligible(new BigDecimal("10"), new BigDecimal("500"), true), "500 is not under 500");
        assertFalse(OnsiteReply.eligible(new BigDecimal("10"), new BigDecimal("400"), false), "not simple");
        assertFalse(OnsiteReply.eligible(new BigDecimal("0.4"), new BigDecimal("50"), true), "low voltage");
        assertFalse(OnsiteReply.eligible(new BigDecimal("35"), new BigDecimal("400"), true));
    }
}
