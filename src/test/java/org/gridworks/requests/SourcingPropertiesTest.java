package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * Which warehouse a request line comes from, for any set of warehouses, stock and transfer times on any day of
 * the official calendar: never one without the quantity available; one that meets the due date whenever one
 * can, the project's own unit's first; otherwise none that another could beat.
 */
class SourcingPropertiesTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;
    private static final String PROJECT_UNIT = "WC";

    @Property(tries = 1000)
    void neverAWarehouseWithoutTheQuantityAvailableAndNothingOnlyWhenNoneHasIt(
            @ForAll @IntRange(min = 1, max = 40) int quantity,
            @ForAll("candidates") List<Sourcing.Candidate> candidates,
            @ForAll("days") LocalDate requestDay) {
        Optional<Sourcing.Choice> choice = choose(quantity, candidates, requestDay);
        boolean anyHasIt = candidates.stream().anyMatch(c -> c.available() >= quantity);
        assertEquals(anyHasIt, choice.isPresent());
        choice.ifPresent(c -> assertTrue(c.from().available() >= quantity, c.toString()));
    }

    @Property(tries = 1000)
    void theExpectedDayIsTheTransferTimeInWorkingDaysAndSaysWhetherItMeetsTheDueDate(
            @ForAll @IntRange(min = 1, max = 40) int quantity,
            @ForAll("candidates") List<Sourcing.Candidate> candidates,
            @ForAll("days") LocalDate requestDay) {
        LocalDate due = DeliveryClock.due(requestDay, 3, CAL);
        choose(quantity, candidates, requestDay).ifPresent(choice -> {
            assertEquals(
                    choice.from().transferDays(),
                    CAL.workingDaysBetween(requestDay, choice.expectedOn()).workingDays(),
                    choice.toString());
            assertEquals(!choice.expectedOn().isAfter(due), choice.canMeetDue(), choice + " due " + due);
        });
    }

    @Property(tries = 1000)
    void oneThatMeetsTheDueDateWheneverOneCanTheProjectsOwnUnitFirst(
            @ForAll @IntRange(min = 1, max = 40) int quantity,
            @ForAll("candidates") List<Sourcing.Candidate> candidates,
            @ForAll("days") LocalDate requestDay) {
        LocalDate due = DeliveryClock.due(requestDay, 3, CAL);
        List<Sourcing.Candidate> meeting = candidates.stream()
                .filter(c -> c.available() >= quantity && arrives(c, requestDay).compareTo(due) <= 0)
                .toList();
        Optional<Sourcing.Choice> choice = choose(quantity, candidates, requestDay);
        if (meeting.isEmpty()) {
            choice.ifPresent(c -> assertFalse(c.canMeetDue(), c.toString()));
            return;
        }
        assertTrue(choice.orElseThrow().canMeetDue(), choice + " while " + meeting + " could");
        if (meeting.stream().anyMatch(c -> c.unit().equals(PROJECT_UNIT))) {
            assertEquals(PROJECT_UNIT, choice.get().from().unit(), "the project's own unit's warehouse");
        }
    }

    @Property(tries = 1000)
    void apartFromTheOwnUnitsWarehouseMeetingTheDueDateNoOtherWouldArriveSooner(
            @ForAll @IntRange(min = 1, max = 40) int quantity,
            @ForAll("candidates") List<Sourcing.Candidate> candidates,
            @ForAll("days") LocalDate requestDay) {
        choose(quantity, candidates, requestDay)
                .filter(c -> !(c.canMeetDue() && c.from().unit().equals(PROJECT_UNIT)))
                .ifPresent(choice -> candidates.stream()
                        .filter(c -> c.available() >= quantity)
                        .forEach(other -> assertFalse(
                                arrives(other, requestDay).isBefore(choice.expectedOn()),
                                other + " arrives before " + choice)));
    }

    private static Optional<Sourcing.Choice> choose(
            int quantity, List<Sourcing.Candidate> candidates, LocalDate requestDay) {
        return Sourcing.choose(
                quantity, PROJECT_UNIT, candidates, requestDay, DeliveryClock.due(requestDay, 3, CAL), CAL);
    }

    private static LocalDate arrives(Sourcing.Candidate candidate, LocalDate requestDay) {
        return CAL.addWorkingDays(requestDay, candidate.transferDays()).due();
    }

    /** Up to eight warehouses of a few units (the project's own among them), each with its own code. */
    @Provide
    Arbitrary<List<Sourcing.Candidate>> candidates() {
        Arbitrary<String> unit = Arbitraries.of(PROJECT_UNIT, "JH", "LX", "YW");
        return Combinators.combine(
                        unit,
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.of(true, false))
                .as(Shape::new)
                .list()
                .ofMaxSize(8)
                .map(shapes -> {
                    List<Sourcing.Candidate> candidates = new ArrayList<>();
                    for (int i = 0; i < shapes.size(); i++) {
                        Shape s = shapes.get(i);
                        candidates.add(new Sourcing.Candidate(
                                "WH-" + i, s.unit(), s.available(), s.transferDays(), s.central()));
                    }
                    return candidates;
                });
    }

    record Shape(String unit, int available, int transferDays, boolean central) {}

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 11, 30));
    }
}
