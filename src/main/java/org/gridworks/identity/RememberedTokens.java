package org.gridworks.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * API tokens verified in the last minute, so a system calling many times a second costs one query a minute instead
 * of one per call (issue 19). Kept under the token's SHA-256, as the database keeps it. Revoking a token, and any
 * change to its account (roles, enabled flag, password), forgets the account's tokens at once on this server and,
 * when the change commits, on every other (AccountChanges); expiry is checked on every use. A token's last use is
 * written when it is verified from the database, so it is at most two minutes behind.
 */
@ApplicationScoped
public class RememberedTokens {

    /** A verified token: who it signs in, with their roles then, and its last working day. */
    record Verified(SignedIn caller, LocalDate lastDay) {

        /** The caller, through the token's last day (a token remembered at midnight stops with the day). */
        Optional<SignedIn> on(LocalDate today) {
            return TokenExpiry.worksOn(lastDay, today) ? Optional.of(caller) : Optional.empty();
        }
    }

    private final BriefMemory<Verified> memory = new BriefMemory<>(BriefMemory.AT_MOST);

    long ticket() {
        return memory.ticket();
    }

    Optional<Verified> find(String tokenHash, Instant now) {
        return memory.find(tokenHash, now);
    }

    void remember(long ticket, String tokenHash, Verified verified, Instant now) {
        memory.remember(ticket, tokenHash, verified.caller().login(), verified, now);
    }

    void forget(String login) {
        memory.forget(login);
    }

    int size() {
        return memory.size();
    }
}
