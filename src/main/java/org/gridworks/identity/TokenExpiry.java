package org.gridworks.identity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.gridworks.platform.BusinessException;

/**
 * How long a personal API token lives: the day chosen, at most a year ahead, 90 days when none is chosen; a token
 * works through its last day (company time) and is refused from the day after. A forgotten token in a script must
 * not work for ever, hence no token without an end. Its last use is written at most once a minute, so a system
 * calling many times a second reads without writing.
 */
final class TokenExpiry {

    static final Period DEFAULT = Period.ofDays(90);
    static final Period LONGEST = Period.ofYears(1);
    static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    private TokenExpiry() {}

    /** The last day of a new token: the one asked for, or the default; refused in the past or beyond a year. */
    static LocalDate lastDay(LocalDate requested, LocalDate today) {
        if (requested == null) {
            return today.plus(DEFAULT);
        }
        if (requested.isBefore(today)) {
            throw BusinessException.invalid("expiresOn", "token.expiryPast");
        }
        LocalDate latest = today.plus(LONGEST);
        if (requested.isAfter(latest)) {
            throw BusinessException.invalid("expiresOn", "token.expiryTooFar", latest.toString());
        }
        return requested;
    }

    static boolean worksOn(LocalDate lastDay, LocalDate today) {
        return !today.isAfter(lastDay);
    }

    /** Whether a use now should be written down: never written, or last written a minute or more ago. */
    static boolean lastUseDue(LocalDateTime lastWritten, LocalDateTime now) {
        return lastWritten == null || !lastWritten.plus(LAST_USE_STEP).isAfter(now);
    }
}
