package org.gridworks.permits;

import java.time.LocalDate;
import java.util.Collection;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.watch.Colour;

/**
 * Documents accepted as missing (容缺受理): the supplement-by date a deferral needs, and the colour of a deferred
 * document not in by then. The date is the end of that day, as every deadline here: the document is still in time
 * on it, yellow from the day after, red once {@value #RED_AFTER_WORKING_DAYS} working days after it have passed
 * (a default of ours: the clerk gets a few working days to chase the applicant before their supervisors hear).
 */
public final class DeferredDocuments {

    /** Working days after the supplement-by date from which a document still missing is red. */
    public static final int RED_AFTER_WORKING_DAYS = 3;

    private DeferredDocuments() {}

    /** Refuses a supplement-by date that is missing, in the past, or not a working day (the applicant files on one). */
    public static void checkDate(LocalDate deferredTo, LocalDate today, WorkingDayCalendar calendar) {
        if (deferredTo == null || deferredTo.isBefore(today) || !WorkingDayCalendar.inRange(deferredTo)) {
            throw BusinessException.invalid("deferredTo", "permit.deferredDate");
        }
        if (!calendar.isWorkingDay(deferredTo)) {
            throw BusinessException.invalid("deferredTo", "permit.deferredNotWorkingDay", deferredTo);
        }
    }

    /** The colour of a document deferred to this date and still not in today; null while it is in time. */
    public static Colour colour(LocalDate deferredTo, LocalDate today, WorkingDayCalendar calendar) {
        if (deferredTo == null || !today.isAfter(deferredTo)) {
            return null;
        }
        int late = calendar.workingDaysBetween(deferredTo, today).workingDays();
        return late >= RED_AFTER_WORKING_DAYS ? Colour.RED : Colour.YELLOW;
    }

    /** The worse of several colours (red over yellow over none). */
    public static Colour worst(Collection<Colour> colours) {
        Colour worst = null;
        for (Colour colour : colours) {
            if (colour == Colour.RED) {
                return Colour.RED;
            }
            if (colour != null) {
                worst = colour;
            }
        }
        return worst;
    }
}
