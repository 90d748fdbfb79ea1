package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class SourcingTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;
    private static final LocalDate FRIDAY = LocalDate.parse("2024-09-27");
    private static final LocalDate DUE = DeliveryClock.due(FRIDAY, 3, CAL);

    private static Sourcing.Candidate at(String warehouse, String unit, int available, int days, boolean central) {
        return new Sourcing.Candidate(warehouse, unit, available, days, central);
    }

    private static Sourcing.Choice choose(int quantity, Sourcing.Candidate... candidates) {
        return Sourcing.choose(quantity, "WC", List.of(candidates), FRIDAY, DUE, CAL)
                .orElse(null);
    }

    @Test
    void theProjectsOwnWarehouseWhenItHasTheStock() {
        Sourcing.Choice choice = choose(10, at("WH-JH", "JH", 500, 1, true), at("WH-WC", "WC", 10, 1, false));
        assertEquals("WH-WC", choice.from().warehouse());
        assertEquals(LocalDate.parse("2024-09-29"), choice.expectedOn(), "the make-up Sunday is a working day");
        assertTrue(choice.canMeetDue());
    }

    @Test
    void anotherCountysWarehouseWhenOnlyItHasTheStockAndItsTransferTimeFits() {
        Sourcing.Choice choice = choose(
                10, at("WH-WC", "WC", 9, 1, false), at("WH-LX", "LX", 40, 3, false), at("WH-PA", "PA", 400, 4, false));
        assertEquals("WH-LX", choice.from().warehouse(), "Pan'an has more but is too far");
        assertEquals(DUE, choice.expectedOn());
        assertTrue(choice.canMeetDue());
    }

    @Test
    void theSoonestThenTheCentralWarehouseAmongThoseThatFit() {
        assertEquals(
                "WH-JH",
                choose(
                                5,
                                at("WH-LX", "LX", 50, 2, false),
                                at("WH-JH", "JH", 20, 2, true),
                                at("WH-YW", "YW", 90, 3, false))
                        .from()
                        .warehouse());
        assertEquals(
                "WH-JD",
                choose(5, at("WH-JD", "JD", 5, 1, false), at("WH-JH", "JH", 20, 2, true))
                        .from()
                        .warehouse());
    }

    @Test
    void whenNoneCanMeetTheDueDateTheBestDateIsProposedAndMarked() {
        Sourcing.Choice choice = choose(3, at("WH-PA", "PA", 3, 4, false), at("WH-WY", "WY", 8, 5, false));
        assertEquals("WH-PA", choice.from().warehouse());
        assertFalse(choice.canMeetDue());
        assertEquals(LocalDate.parse("2024-10-09"), choice.expectedOn());
    }

    @Test
    void nothingWhenNoWarehouseHasTheQuantity() {
        assertEquals(null, choose(100, at("WH-WC", "WC", 99, 1, false), at("WH-JH", "JH", 60, 2, true)));
    }

    private static String split(int quantity, Sourcing.Candidate... candidates) {
        return Sourcing.split(quantity, "WC", List.of(candidates), FRIDAY, CAL)
                .map(s -> s.first().from().warehouse() + " " + s.first().quantity() + " on "
                        + s.first().expectedOn() + " + " + s.second().from().warehouse() + " "
                        + s.second().quantity()
                        + " on " + s.second().expectedOn() + (s.canMeetDue(DUE) ? " meets " : " misses ")
                        + s.expectedOn())
                .orElse(null);
    }

    @Test
    void aLineNoWarehouseHasAloneIsSplitWithTheProjectsOwnWarehouseSendingAllItHas() {
        assertEquals(
                "WH-WC 60 on 2024-09-29 + WH-JH 40 on 2024-09-30 meets 2024-09-30",
                split(
                        100,
                        at("WH-WC", "WC", 60, 1, false),
                        at("WH-JH", "JH", 50, 2, true),
                        at("WH-LX", "LX", 70, 3, false)));
    }

    @Test
    void withoutTheOwnWarehouseTheSoonestPairThenTheCentralOneAndTheLargerPartFirst() {
        assertEquals(
                "WH-LX 70 on 2024-10-08 + WH-JH 30 on 2024-09-30 meets 2024-10-08",
                split(
                        100,
                        at("WH-LX", "LX", 70, 3, false),
                        at("WH-JH", "JH", 50, 2, true),
                        at("WH-YW", "YW", 40, 2, false)));
    }

    @Test
    void aSplitThatCannotMeetTheDueDateSaysSoWithTheLaterPartsDay() {
        assertEquals(
                "WH-PA 6 on 2024-10-09 + WH-WY 4 on 2024-10-10 misses 2024-10-10",
                split(
                        10,
                        at("WH-PA", "PA", 6, 4, false),
                        at("WH-WY", "WY", 5, 5, false),
                        at("WH-YK", "YK", 0, 1, false)));
    }

    @Test
    void noSplitWhenOneWarehouseHasItAllOrNoTwoHaveItTogether() {
        assertEquals(null, split(50, at("WH-WC", "WC", 60, 1, false), at("WH-JH", "JH", 50, 2, true)));
        assertEquals(
                null,
                split(
                        200,
                        at("WH-WC", "WC", 60, 1, false),
                        at("WH-JH", "JH", 50, 2, true),
                        at("WH-LX", "LX", 70, 3, false)),
                "130 at most from two: three warehouses are not asked");
    }
}
