package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gridworks.platform.watch.Colour;
import org.junit.jupiter.api.Test;

/** Only a running clock that is yellow or red raises a warning. */
class ClockStatusWarningTest {

    @Test
    void yellowAndRedWarnTheOthersDoNot() {
        assertEquals(Colour.RED, ClockStatus.RED.warning());
        assertEquals(Colour.YELLOW, ClockStatus.YELLOW.warning());
        assertNull(ClockStatus.ON_TRACK.warning());
        assertNull(ClockStatus.MET.warning());
        assertNull(ClockStatus.MISSED.warning(), "a missed clock is closed: it is evaluated, not warned about");
    }
}
