package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** The text of a personal API token, what is stored of it, how long it lives and when its use is written. */
class ApiTokenRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aTokenIsThePrefixAndThirtyTwoRandomBytesInBase64url() {
        String token = TokenSecret.newToken();
        assertTrue(token.startsWith("gw_"), token);
        assertEquals(46, token.length(), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token.substring(3)).length);
        assertTrue(TokenSecret.wellFormed(token));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(TokenSecret.newToken()), "no token twice");
        }
    }

    @Test
    void onlyTheSha256OfATokenIsKeptAsLowercaseHex() {
        // the FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecret.hashOf("abc"));
        String token = TokenSecret.newToken();
        assertEquals(64, TokenSecret.hashOf(token).length());
        assertFalse(TokenSecret.hashOf(token).contains(token.substring(3, 10)));
        assertNotEquals(TokenSecret.hashOf(token), TokenSecret.hashOf(token.toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void textsThatCannotBeATokenAreRefusedBeforeAnyLookup() {
        String token = TokenSecret.newToken();
        assertFalse(TokenSecret.wellFormed(null));
        assertFalse(TokenSecret.wellFormed(""));
        assertFalse(TokenSecret.wellFormed(token.substring(1)), "no prefix");
        assertFalse(TokenSecret.wellFormed(token + "A"), "too long");
        assertFalse(TokenSecret.wellFormed(token.substring(0, 45)), "too short");
        assertFalse(TokenSecret.wellFormed("xx_" + token.substring(3)), "another prefix");
        assertFalse(TokenSecret.wellFormed(token.substring(0, 45) + "="), "padding");
        assertFalse(TokenSecret.wellFormed(token.substring(0, 45) + "+"), "base64 without url");
        assertFalse(TokenSecret.wellFormed(token.substring(0, 45) + "\u0000"));
        assertTrue(TokenSecret.wellFormed("gw_" + "A".repeat(21) + "-_" + "z9".repeat(10)));
    }

    @Test
    void aTokenLivesNinetyDaysUnlessAnotherLastDayIsChosenWithinAYear() {
        assertEquals(LocalDate.of(2027, 2, 28), TokenExpiry.lastDay(null, TODAY));
        assertEquals(TODAY, TokenExpiry.lastDay(TODAY, TODAY), "today is its last day");
        assertEquals(LocalDate.of(2027, 11, 30), TokenExpiry.lastDay(LocalDate.of(2027, 11, 30), TODAY));
        BusinessException tooFar =
                assertThrows(BusinessException.class, () -> TokenExpiry.lastDay(LocalDate.of(2027, 12, 1), TODAY));
        assertEquals("expiresOn", tooFar.field());
        assertEquals("token.expiryTooFar", tooFar.messageKey());
        assertEquals("2027-11-30", tooFar.arguments()[0]);
        BusinessException past =
                assertThrows(BusinessException.class, () -> TokenExpiry.lastDay(LocalDate.of(2026, 11, 29), TODAY));
        assertEquals("expiresOn", past.field());
        assertEquals("token.expiryPast", past.messageKey());
    }

    @Test
    void aTokenWorksThroughItsLastDay() {
        assertTrue(TokenExpiry.worksOn(TODAY, TODAY));
        assertTrue(TokenExpiry.worksOn(TODAY.plusDays(1), TODAY));
        assertFalse(TokenExpiry.worksOn(TODAY.minusDays(1), TODAY));
    }

    @Test
    void aUseIsWrittenAtMostOnceAMinute() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 30, 9, 30, 0);
        assertTrue(TokenExpiry.lastUseDue(null, now), "never used");
        assertFalse(TokenExpiry.lastUseDue(now, now));
        assertFalse(TokenExpiry.lastUseDue(LocalDateTime.of(2026, 11, 30, 9, 29, 1), now));
        assertTrue(TokenExpiry.lastUseDue(LocalDateTime.of(2026, 11, 30, 9, 29, 0), now));
    }
}
