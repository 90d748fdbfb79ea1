package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The colour rule of shared/DOMAIN.md for any budget and any day: yellow once 80 % of the budget is used or at
 * most one working day is left, never on day 0; red once over the budget; a stopped clock met or missed it.
 */
class ClockStatusPropertiesTest {

    @Property
    void aRunningClockIsYellowFromEightyPercentOrItsLastDayButNeverOnDayZero(@ForAll @IntRange(max = 250) int limit) {
        for (int used = 0; used <= limit + 2; used++) {
            ClockStatus status = ClockStatus.of(used, limit, false);
            if (used > limit) {
                assertEquals(ClockStatus.RED, status, used + " of " + limit);
            } else if (used > 0 && (100 * used >= 80 * limit || limit - used <= 1)) {
                assertEquals(ClockStatus.YELLOW, status, used + " of " + limit);
            } else {
                assertEquals(ClockStatus.ON_TRACK, status, used + " of " + limit);
            }
        }
    }

    @Property
    void dayByDayTheColourNeverGetsBetter(@ForAll @IntRange(max = 250) int limit) {
        for (int used = 0; used <= limit + 2; used++) {
            assertTrue(
                    ClockStatus.of(used + 1, limit, false).severity()
                            >= ClockStatus.of(used, limit, false).severity(),
                    used + " then " + (used + 1) + " of " + limit);
        }
    }

    @Property(tries = 1000)
    void aStoppedClockMetItsLimitExactlyWhenItUsedNoMore(
            @ForAll @IntRange(max = 300) int used, @ForAll @IntRange(max = 250) int limit) {
        assertEquals(used <= limit ? ClockStatus.MET : ClockStatus.MISSED, ClockStatus.of(used, limit, true));
    }
}
