package org.gridworks.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.watch.Colour;

/**
 * When a watched record raises a warning: once when it turns yellow or red (or changes between them), and while
 * it stays red one reminder per working day; nothing while it stays yellow, nothing for green. Pure, so the scan
 * and its tests share it.
 */
public final class AlertRules {

    private AlertRules() {}

    /** What the scan does for one record. */
    public enum Decision {
        NOTHING,
        RAISE,
        REMIND,
        CLEAR
    }

    /**
     * @param previous the colour last seen (null: green or never seen)
     * @param lastAlerted when the last warning or reminder for it was raised (null if never)
     * @param current its colour now (null: green or closed)
     */
    public static Decision decide(
            Colour previous,
            LocalDateTime lastAlerted,
            Colour current,
            LocalDateTime now,
            WorkingDayCalendar calendar) {
        if (current == null) {
            return previous == null ? Decision.NOTHING : Decision.CLEAR;
        }
        if (current != previous) {
            return Decision.RAISE;
        }
        if (current == Colour.RED && lastAlerted != null) {
            LocalDate today = now.toLocalDate();
            if (calendar.isWorkingDay(today) && lastAlerted.toLocalDate().isBefore(today)) {
                return Decision.REMIND;
            }
        }
        return Decision.NOTHING;
    }
}
