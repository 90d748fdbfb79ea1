package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.junit.jupiter.api.Test;

/** API tokens verified in the last minute: kept under their hash, gone with their account's change or their day. */
class RememberedTokensTest {

    private static final Instant START = Instant.parse("2026-11-30T15:59:30Z"); // 23:59:30 in Beijing
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-11-30");
    private static final SignedIn ERP = new SignedIn("erp", Set.of(Roles.WAREHOUSE));
    private static final SignedIn MANAGER = new SignedIn("manager", Set.of(Roles.PROJECT_MANAGER));

    @Test
    void aRememberedTokenStopsWithItsLastDayEvenWithinItsMinute() {
        RememberedTokens remembered = new RememberedTokens();
        remembered.remember(remembered.ticket(), "hash-erp", new RememberedTokens.Verified(ERP, LAST_DAY), START);

        RememberedTokens.Verified kept =
                remembered.find("hash-erp", START.plusSeconds(40)).orElseThrow();
        assertEquals(Optional.of(ERP), kept.on(LAST_DAY));
        assertEquals(Optional.empty(), kept.on(LAST_DAY.plusDays(1)), "past midnight the token is expired");
        assertEquals(Optional.empty(), remembered.find("hash-erp", START.plusSeconds(60)), "a minute at most");
        assertEquals(Optional.empty(), remembered.find("hash-other", START));
    }

    @Test
    void aChangedOrRevokedAccountForgetsItsTokensAndOnlyItsOwn() {
        RememberedTokens remembered = new RememberedTokens();
        remembered.remember(remembered.ticket(), "hash-1", new RememberedTokens.Verified(ERP, LAST_DAY), START);
        remembered.remember(remembered.ticket(), "hash-2", new RememberedTokens.Verified(ERP, LAST_DAY), START);
        remembered.remember(remembered.ticket(), "hash-3", new RememberedTokens.Verified(MANAGER, LAST_DAY), START);

        remembered.forget("erp");

        assertEquals(Optional.empty(), remembered.find("hash-1", START));
        assertEquals(Optional.empty(), remembered.find("hash-2", START));
        assertEquals(MANAGER, remembered.find("hash-3", START).orElseThrow().caller());
    }

    @Test
    void aVerificationUnderWayWhenTheTokenIsRevokedIsNotRemembered() {
        RememberedTokens remembered = new RememberedTokens();
        long ticket = remembered.ticket();
        remembered.forget("erp"); // revoked while the database answered the old row
        remembered.remember(ticket, "hash-1", new RememberedTokens.Verified(ERP, LAST_DAY), START);

        assertEquals(Optional.empty(), remembered.find("hash-1", START));
        assertEquals(0, remembered.size());
    }
}
