package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.junit.jupiter.api.Test;

/** HTTP Basic passwords verified in the last minute: found again only exactly, forgotten on expiry and on change. */
class RememberedPasswordsTest {

    private static final Instant START = Instant.parse("2026-11-30T01:00:00Z");
    private static final SignedIn ERP = new SignedIn("erp", Set.of(Roles.WAREHOUSE));
    private static final SignedIn MANAGER = new SignedIn("manager", Set.of(Roles.PROJECT_MANAGER));

    @Test
    void aVerifiedPasswordIsFoundAgainForAMinuteAndThenForgotten() {
        RememberedPasswords remembered = new RememberedPasswords();
        remembered.remember(remembered.ticket(), "erp", "river7Stone9", ERP, START);

        assertEquals(Optional.of(ERP), remembered.find("erp", "river7Stone9", START.plusSeconds(59)));
        assertEquals(
                Optional.empty(), remembered.find("erp", "river7Stone9", START.plusSeconds(60)), "a minute at most");
        assertEquals(0, remembered.size(), "an expired entry is dropped when met");
    }

    @Test
    void onlyTheExactLoginAndPasswordAreFound() {
        RememberedPasswords remembered = new RememberedPasswords();
        remembered.remember(remembered.ticket(), "erp", "river7Stone9", ERP, START);

        assertEquals(Optional.empty(), remembered.find("erp", "river7Stone", START));
        assertEquals(Optional.empty(), remembered.find("erp", "River7Stone9", START));
        assertEquals(Optional.empty(), remembered.find("ERP", "river7Stone9", START));
        assertEquals(Optional.empty(), remembered.find("erpr", "iver7Stone9", START), "login and password apart");
        assertEquals(Optional.empty(), remembered.find("erp", "river7Stone9 ", START));
    }

    @Test
    void aChangedAccountIsForgottenAtOnceAndOthersAreKept() {
        RememberedPasswords remembered = new RememberedPasswords();
        remembered.remember(remembered.ticket(), "erp", "river7Stone9", ERP, START);
        remembered.remember(remembered.ticket(), "erp", "second7Pass9", ERP, START);
        remembered.remember(remembered.ticket(), "manager", "gridworks2026", MANAGER, START);

        remembered.forget("erp");

        assertEquals(Optional.empty(), remembered.find("erp", "river7Stone9", START));
        assertEquals(Optional.empty(), remembered.find("erp", "second7Pass9", START));
        assertEquals(Optional.of(MANAGER), remembered.find("manager", "gridworks2026", START));
    }

    @Test
    void aVerificationUnderWayWhileAnAccountChangesIsNotRemembered() {
        RememberedPasswords remembered = new RememberedPasswords();
        long ticket = remembered.ticket();
        remembered.forget("erp"); // e.g. the password was reset while the old one was being verified
        remembered.remember(ticket, "erp", "river7Stone9", ERP, START);

        assertEquals(Optional.empty(), remembered.find("erp", "river7Stone9", START));
        remembered.remember(remembered.ticket(), "erp", "river7Stone9", ERP, START);
        assertEquals(Optional.of(ERP), remembered.find("erp", "river7Stone9", START), "a fresh verification counts");
    }

    @Test
    void nothingIsKeptLongerThanAMinute() {
        assertThrows(IllegalArgumentException.class, () -> new RememberedPasswords(Duration.ofSeconds(61)));
        RememberedPasswords brief = new RememberedPasswords(Duration.ofSeconds(5));
        brief.remember(brief.ticket(), "erp", "river7Stone9", ERP, START);
        assertEquals(Optional.empty(), brief.find("erp", "river7Stone9", START.plusSeconds(5)));
    }

    @Test
    void aFloodOfPasswordsDoesNotGrowTheHeap() {
        RememberedPasswords remembered = new RememberedPasswords();
        for (int i = 0; i < RememberedPasswords.LIMIT + 10; i++) {
            remembered.remember(
                    remembered.ticket(),
                    "user" + i,
                    "password" + i,
                    new SignedIn("user" + i, Set.of(Roles.WAREHOUSE)),
                    START);
        }
        assertTrue(remembered.size() <= RememberedPasswords.LIMIT, "size " + remembered.size());
    }
}
