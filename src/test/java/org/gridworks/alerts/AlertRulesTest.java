package org.gridworks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.gridworks.alerts.AlertRules.Decision;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.watch.Colour;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static Decision decide(Colour before, String lastAlerted, Colour now, String at) {
        return AlertRules.decide(before, lastAlerted == null ? null : t(lastAlerted), now, t(at), CAL);
    }

    @Test
    void turningYellowOrRedRaisesOnce() {
        assertEquals(Decision.RAISE, decide(null, null, Colour.YELLOW, "2024-06-12T10:00"));
        assertEquals(Decision.NOTHING, decide(Colour.YELLOW, "2024-06-12T10:00", Colour.YELLOW, "2024-06-12T10:15"));
        assertEquals(
                Decision.NOTHING,
                decide(Colour.YELLOW, "2024-06-12T10:00", Colour.YELLOW, "2024-06-13T10:00"),
                "yellow is not chased every day");
        assertEquals(
                Decision.RAISE,
                decide(Colour.YELLOW, "2024-06-12T10:00", Colour.RED, "2024-06-12T10:15"),
                "a change of colour is news");
        assertEquals(Decision.RAISE, decide(Colour.RED, "2024-06-12T10:00", Colour.YELLOW, "2024-06-12T10:15"));
    }

    @Test
    void redIsRemindedOnceAWorkingDay() {
        assertEquals(
                Decision.NOTHING,
                decide(Colour.RED, "2024-06-12T10:00", Colour.RED, "2024-06-12T17:45"),
                "the same day: no flood");
        assertEquals(Decision.REMIND, decide(Colour.RED, "2024-06-12T10:00", Colour.RED, "2024-06-13T08:00"));
        assertEquals(
                Decision.NOTHING,
                decide(Colour.RED, "2024-06-14T10:00", Colour.RED, "2024-06-15T09:00"),
                "not on a Saturday");
        assertEquals(
                Decision.NOTHING,
                decide(Colour.RED, "2024-10-01T10:00", Colour.RED, "2024-10-03T09:00"),
                "not on National Day");
        assertEquals(
                Decision.REMIND,
                decide(Colour.RED, "2024-09-30T10:00", Colour.RED, "2024-10-08T09:00"),
                "the first working day after the holiday");
    }

    @Test
    void greenAgainClearsSoALaterWarningIsNewsAgain() {
        assertEquals(Decision.CLEAR, decide(Colour.RED, "2024-06-12T10:00", null, "2024-06-12T11:00"));
        assertEquals(Decision.NOTHING, decide(null, null, null, "2024-06-12T11:00"));
    }
}
