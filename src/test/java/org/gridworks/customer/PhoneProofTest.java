package org.gridworks.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneProofTest {

    @Test
    void theLastFourDigitsProveThePhoneWhateverItsPunctuation() {
        assertTrue(PhoneProof.matches("139 0579-1001", "1001"));
        assertTrue(PhoneProof.matches("+86 (579) 8231 4567", "4567"));
        assertEquals("4567", PhoneProof.lastFour("+86 (579) 8231 4567"));
    }

    @Test
    void otherDigitsNoPhoneAndNoApplicationProveNothing() {
        assertFalse(PhoneProof.matches("13905791001", "1002"));
        assertFalse(PhoneProof.matches(null, "1001"));
        assertFalse(PhoneProof.matches("123", "0123"));
        assertNull(PhoneProof.lastFour("12-3"));
    }

    @Test
    void theStandInNeverMatchesWhatACustomerCanSend() {
        assertFalse(PhoneProof.matches(null, "----"));
        assertFalse(PhoneProof.isWellFormed("----"));
        assertFalse(PhoneProof.isWellFormed("１２３４")); // full-width digits are not ASCII digits
        assertFalse(PhoneProof.isWellFormed("12345"));
        assertTrue(PhoneProof.isWellFormed("0000"));
    }
}
