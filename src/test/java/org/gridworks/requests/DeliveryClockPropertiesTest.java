package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * The delivery clock for any request day of the official calendar and any delivery time an administrator may
 * set: due on the N-th working day after the request day; an open request goes green, yellow (80 % of the time
 * used or one working day left, as every clock) and red, never back, and is never yellow on day 0 nor once it has
 * left the warehouse; a delivery is on time exactly by the end of the due day.
 */
class DeliveryClockPropertiesTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    @Property(tries = 1000)
    void aRequestIsDueOnAWorkingDayNWorkingDaysAfterTheDayItWasMade(
            @ForAll("days") LocalDate requestDay, @ForAll @IntRange(min = 1, max = 10) int n) {
        LocalDate due = DeliveryClock.due(requestDay, n, CAL);
        assertTrue(CAL.isWorkingDay(due), due + " is a working day");
        assertEquals(n, CAL.workingDaysBetween(requestDay, due).workingDays(), requestDay + " -> " + due);
    }

    @Property(tries = 1000)
    void aRequestMadeOnADayOffIsDueAsIfMadeOnTheLastWorkingDayBefore(
            @ForAll("days") LocalDate requestDay, @ForAll @IntRange(min = 1, max = 10) int n) {
        Assume.that(!CAL.isWorkingDay(requestDay));
        LocalDate lastWorkingDay = requestDay.minusDays(1);
        while (!CAL.isWorkingDay(lastWorkingDay)) {
            lastWorkingDay = lastWorkingDay.minusDays(1);
        }
        assertEquals(DeliveryClock.due(lastWorkingDay, n, CAL), DeliveryClock.due(requestDay, n, CAL));
    }

    @Property(tries = 300)
    void anOpenRequestGoesGreenYellowRedAndNeverBack(
            @ForAll("days") LocalDate requestDay, @ForAll @IntRange(min = 1, max = 10) int n) {
        LocalDate due = DeliveryClock.due(requestDay, n, CAL);
        DeliveryClock.Result before = null;
        for (LocalDate today = requestDay; !today.isAfter(due.plusDays(10)); today = today.plusDays(1)) {
            DeliveryClock.Result now = DeliveryClock.state(requestDay, due, false, null, false, today, CAL);
            String when = requestDay + " due " + due + ", on " + today + ": " + now;
            assertEquals(today.isAfter(due), now.state() == DeliveryState.RED, when);
            if (CAL.workingDaysBetween(requestDay, today).workingDays() == 0) {
                assertEquals(DeliveryState.ON_TRACK, now.state(), "day 0 is green: " + when);
            }
            if (today.equals(due)) {
                assertEquals(DeliveryState.YELLOW, now.state(), "the due day is yellow: " + when);
            }
            if (before != null) {
                assertTrue(rank(now.state()) >= rank(before.state()), before + " -> " + when);
                assertTrue(now.workingDaysLeft() <= before.workingDaysLeft(), before + " -> " + when);
            }
            before = now;
        }
    }

    @Property(tries = 300)
    void anOpenRequestIsYellowFromEightyPercentOfItsTimeOrItsLastWorkingDayButNeverOnDayZero(
            @ForAll("days") LocalDate requestDay, @ForAll @IntRange(min = 1, max = 30) int n) {
        // shared/DOMAIN.md: the same rule as every clock, for any delivery time an administrator may set (1-30)
        LocalDate due = DeliveryClock.due(requestDay, n, CAL);
        for (LocalDate today = requestDay; !today.isAfter(due); today = today.plusDays(1)) {
            int used = CAL.workingDaysBetween(requestDay, today).workingDays();
            boolean yellow = used > 0 && (100 * used >= 80 * n || n - used <= 1);
            assertEquals(
                    yellow ? DeliveryState.YELLOW : DeliveryState.ON_TRACK,
                    DeliveryClock.state(requestDay, due, false, null, false, today, CAL)
                            .state(),
                    "day " + used + " of " + n + " (" + today + ", due " + due + ")");
        }
    }

    @Property(tries = 1000)
    void aRequestThatHasLeftTheWarehouseIsNeverYellow(
            @ForAll("days") LocalDate requestDay,
            @ForAll @IntRange(min = 1, max = 10) int n,
            @ForAll @IntRange(max = 30) int daysLater) {
        LocalDate due = DeliveryClock.due(requestDay, n, CAL);
        DeliveryState state = DeliveryClock.state(
                        requestDay, due, true, null, false, requestDay.plusDays(daysLater), CAL)
                .state();
        assertEquals(requestDay.plusDays(daysLater).isAfter(due) ? DeliveryState.RED : DeliveryState.ON_TRACK, state);
    }

    @Property(tries = 1000)
    void aDeliveryIsOnTimeExactlyByTheDueDayAndOtherwiseLateByAtLeastOneWorkingDay(
            @ForAll("days") LocalDate requestDay,
            @ForAll @IntRange(min = 1, max = 10) int n,
            @ForAll @IntRange(min = -10, max = 30) int deliveredAfterDue) {
        LocalDate due = DeliveryClock.due(requestDay, n, CAL);
        LocalDate deliveredOn = due.plusDays(deliveredAfterDue);
        DeliveryClock.Result result =
                DeliveryClock.state(requestDay, due, true, deliveredOn, false, deliveredOn.plusDays(60), CAL);
        if (!deliveredOn.isAfter(due)) {
            assertEquals(new DeliveryClock.Result(DeliveryState.ON_TIME, 0, 0), result);
            return;
        }
        assertEquals(DeliveryState.LATE, result.state());
        assertTrue(result.lateWorkingDays() >= 1, result.toString());
        if (CAL.isWorkingDay(deliveredOn)) {
            assertEquals(CAL.workingDaysBetween(due, deliveredOn).workingDays(), result.lateWorkingDays());
        }
        DeliveryClock.Result dayLater = DeliveryClock.state(
                requestDay, due, true, deliveredOn.plusDays(1), false, deliveredOn.plusDays(60), CAL);
        assertTrue(dayLater.lateWorkingDays() >= result.lateWorkingDays(), "later is never less late");
    }

    @Property(tries = 300)
    void aCancelledRequestIsCancelledWhateverElseIsTrue(
            @ForAll("days") LocalDate requestDay,
            @ForAll boolean dispatched,
            @ForAll boolean delivered,
            @ForAll @IntRange(max = 30) int daysLater) {
        LocalDate due = DeliveryClock.due(requestDay, 3, CAL);
        LocalDate today = requestDay.plusDays(daysLater);
        assertEquals(
                new DeliveryClock.Result(DeliveryState.CANCELLED, 0, 0),
                DeliveryClock.state(requestDay, due, dispatched, delivered ? today : null, true, today, CAL));
    }

    /** Open states from good to bad. */
    private static int rank(DeliveryState state) {
        return switch (state) {
            case ON_TRACK -> 0;
            case YELLOW -> 1;
            case RED -> 2;
            default -> throw new AssertionError("an open request is " + state);
        };
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 11, 30));
    }
}
