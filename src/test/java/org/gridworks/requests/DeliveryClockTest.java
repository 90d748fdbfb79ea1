package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class DeliveryClockTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;
    /** The request day of the cases below that are not about day 0: long before any of their due days. */
    private static final LocalDate REQUESTED = LocalDate.of(2024, 6, 3);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aRequestOnTheFridayBeforeNationalDayIsDueTheTuesdayAfterIt() {
        // 2024-09-29 (Sunday) was a make-up working day, 10-01..10-07 the holiday
        assertEquals(d("2024-10-08"), DeliveryClock.due(d("2024-09-27"), 3, CAL));
    }

    @Test
    void anOrdinaryWeekCountsWorkingDaysOnly() {
        assertEquals(d("2024-06-17"), DeliveryClock.due(d("2024-06-12"), 3, CAL), "Wednesday → next Monday");
        assertEquals(d("2024-06-21"), DeliveryClock.due(d("2024-06-18"), 3, CAL));
        assertEquals(d("2024-05-11"), DeliveryClock.due(d("2024-05-08"), 3, CAL), "a make-up Saturday counts");
    }

    @Test
    void aRequestMadeOnAHolidayCountsFromTheNextWorkingDay() {
        // made on National Day itself: the 3rd working day after it is 10-10
        assertEquals(d("2024-10-10"), DeliveryClock.due(d("2024-10-03"), 3, CAL));
    }

    @Test
    void theDuePeriodIsASetting() {
        assertEquals(d("2024-10-09"), DeliveryClock.due(d("2024-09-27"), 4, CAL));
    }

    @Test
    void aThreeDayDeliveryIsYellowFromItsSecondWorkingDay() {
        LocalDate requested = d("2024-09-27");
        LocalDate due = d("2024-10-08");
        assertEquals(DeliveryState.ON_TRACK, open(requested, due, "2024-09-27"), "day 0");
        assertEquals(DeliveryState.ON_TRACK, open(requested, due, "2024-09-29"), "first working day (make-up Sunday)");
        assertEquals(
                DeliveryState.YELLOW, open(requested, due, "2024-09-30"), "second working day, the day before due");
        assertEquals(DeliveryState.YELLOW, open(requested, due, "2024-10-08"), "the due day");
        assertEquals(DeliveryState.RED, open(requested, due, "2024-10-09"));
    }

    @Test
    void aOneDayDeliveryIsGreenOnTheRequestDay() {
        LocalDate requested = d("2024-09-27");
        LocalDate due = DeliveryClock.due(requested, 1, CAL);
        assertEquals(d("2024-09-29"), due);
        assertEquals(DeliveryState.ON_TRACK, open(requested, due, "2024-09-27"), "day 0, one working day left");
        assertEquals(DeliveryState.ON_TRACK, open(requested, due, "2024-09-28"), "Saturday is still day 0");
        assertEquals(DeliveryState.YELLOW, open(requested, due, "2024-09-29"), "the due day");
        assertEquals(DeliveryState.RED, open(requested, due, "2024-09-30"));
    }

    @Test
    void aTenDayDeliveryIsYellowOnceEightyPercentIsUsedThoughTwoWorkingDaysAreLeft() {
        // requested Fri 2024-09-27, 10 working days: 09-29 (Sunday worked), 09-30, National Day 10-01..07 off,
        // 10-08..11, 10-12 (Saturday worked, the 7th), 10-14 (the 8th), 10-15, 10-16 (the 10th, due)
        LocalDate requested = d("2024-09-27");
        LocalDate due = DeliveryClock.due(requested, 10, CAL);
        assertEquals(d("2024-10-16"), due);
        assertEquals(DeliveryState.ON_TRACK, open(requested, due, "2024-10-12"), "7 of 10 used");
        assertEquals(DeliveryState.YELLOW, open(requested, due, "2024-10-14"), "8 of 10 used, 2 left");
        assertEquals(DeliveryState.YELLOW, open(requested, due, "2024-10-15"), "one working day left");
        assertEquals(
                DeliveryState.ON_TRACK,
                DeliveryClock.state(requested, due, true, null, false, d("2024-10-14"), CAL)
                        .state(),
                "dispatched: on its way");
    }

    private static DeliveryState open(LocalDate requested, LocalDate due, String today) {
        return DeliveryClock.state(requested, due, false, null, false, d(today), CAL)
                .state();
    }

    @Test
    void yellowWithOneWorkingDayLeftUntilItLeavesTheWarehouse() {
        // a 4-day delivery requested Thu 2024-09-26: 09-27, 09-29 (Sunday worked), 09-30, then 10-08 after the holiday
        // (a request day months before its due day, as this test had, cannot happen: the period is at most 30 days)
        LocalDate requested = d("2024-09-26");
        LocalDate due = d("2024-10-08");
        assertEquals(due, DeliveryClock.due(requested, 4, CAL));
        assertEquals(
                DeliveryState.ON_TRACK,
                DeliveryClock.state(requested, due, false, null, false, d("2024-09-27"), CAL)
                        .state(),
                "1 of 4 used, 2 left");
        DeliveryClock.Result dayBefore = DeliveryClock.state(requested, due, false, null, false, d("2024-09-30"), CAL);
        assertEquals(DeliveryState.YELLOW, dayBefore.state(), "the holiday week does not count");
        assertEquals(1, dayBefore.workingDaysLeft());
        assertEquals(
                DeliveryState.YELLOW,
                DeliveryClock.state(requested, due, false, null, false, due, CAL)
                        .state());
        assertEquals(
                DeliveryState.ON_TRACK,
                DeliveryClock.state(requested, due, true, null, false, due, CAL).state(),
                "dispatched: on its way");
    }

    @Test
    void redOnceTheDueDayHasPassedWithoutDelivery() {
        DeliveryClock.Result late =
                DeliveryClock.state(REQUESTED, d("2024-10-08"), true, null, false, d("2024-10-10"), CAL);
        assertEquals(DeliveryState.RED, late.state());
        assertEquals(2, late.lateWorkingDays());
    }

    @Test
    void closedRequestsAreOnTimeOrLateByWorkingDays() {
        assertEquals(
                DeliveryState.ON_TIME,
                DeliveryClock.state(REQUESTED, d("2024-10-08"), true, d("2024-10-08"), false, d("2024-11-01"), CAL)
                        .state());
        DeliveryClock.Result late =
                DeliveryClock.state(REQUESTED, d("2024-09-30"), true, d("2024-10-09"), false, d("2024-11-01"), CAL);
        assertEquals(DeliveryState.LATE, late.state());
        assertEquals(2, late.lateWorkingDays(), "10-08 and 10-09; the holiday does not count");
        assertEquals(
                1,
                DeliveryClock.state(REQUESTED, d("2024-06-14"), true, d("2024-06-15"), false, d("2024-07-01"), CAL)
                        .lateWorkingDays(),
                "a Saturday delivery after a Friday due day is still late");
        assertEquals(
                DeliveryState.CANCELLED,
                DeliveryClock.state(REQUESTED, d("2024-10-08"), false, null, true, d("2024-11-01"), CAL)
                        .state());
    }
}
