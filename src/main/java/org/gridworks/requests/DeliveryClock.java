package org.gridworks.requests;

import java.time.LocalDate;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * The delivery rules as pure functions: a request is due on site by the end of the N-th working day after the
 * day it was made (N is an administrator setting, 3 by default); its colour follows from the due date, whether
 * it has left the warehouse, and today. Like every clock it turns yellow once 80 % of the delivery time is used or
 * one working day is left, and never on the day it starts (the request day), whatever delivery time an
 * administrator sets.
 */
public final class DeliveryClock {

    private DeliveryClock() {}

    /** The due day: the N-th working day after the request day (a request on a holiday counts from the next). */
    public static LocalDate due(LocalDate requestDay, int workingDays, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(requestDay, workingDays).due();
    }

    /** A request's state and figures on a given day. */
    public record Result(DeliveryState state, int workingDaysLeft, int lateWorkingDays) {

        public boolean isClosed() {
            return state == DeliveryState.ON_TIME || state == DeliveryState.LATE || state == DeliveryState.CANCELLED;
        }
    }

    /**
     * @param requestDay the day the request was made (its clock's day 0)
     * @param dispatched whether the materials have left the warehouse
     * @param deliveredOn the day the last line arrived, null while anything is outstanding
     */
    public static Result state(
            LocalDate requestDay,
            LocalDate due,
            boolean dispatched,
            LocalDate deliveredOn,
            boolean cancelled,
            LocalDate today,
            WorkingDayCalendar calendar) {
        if (cancelled) {
            return new Result(DeliveryState.CANCELLED, 0, 0);
        }
        if (deliveredOn != null) {
            if (!deliveredOn.isAfter(due)) {
                return new Result(DeliveryState.ON_TIME, 0, 0);
            }
            // delivered on a rest day just after the due day is still late: at least one day
            return new Result(
                    DeliveryState.LATE,
                    0,
                    Math.max(1, calendar.workingDaysBetween(due, deliveredOn).workingDays()));
        }
        if (today.isAfter(due)) {
            return new Result(
                    DeliveryState.RED,
                    0,
                    Math.max(1, calendar.workingDaysBetween(due, today).workingDays()));
        }
        // working days after today up to the due day: 1 the day before, 0 on the due day itself
        int left = calendar.workingDaysBetween(today, due).workingDays();
        // day 0 lasts until the first working day after the request day, as for every other clock
        int used = calendar.workingDaysBetween(requestDay, today).workingDays();
        // the rule of every clock: 80 % of the delivery time used or one working day left, whichever comes first
        // (they differ from a 10-day delivery time on: yellow on its 8th working day, with 2 left)
        boolean yellow = left <= 1 || used * 5 >= (used + left) * 4;
        if (!dispatched && used > 0 && yellow) {
            return new Result(DeliveryState.YELLOW, left, 0);
        }
        return new Result(DeliveryState.ON_TRACK, left, 0);
    }
}
