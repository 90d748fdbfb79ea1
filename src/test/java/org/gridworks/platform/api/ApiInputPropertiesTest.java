package org.gridworks.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.time.api.Dates;

/**
 * What the API does with any text a client puts where a date, a time or a number belongs: a value within the
 * bounds, or a refusal naming the field (never another exception, which would be a 500).
 */
class ApiInputPropertiesTest {

    @Property(tries = 2000)
    void anyTextIsADateWithinTheYearsOrARefusal(@ForAll("dateLike") String text) {
        try {
            LocalDate date = ApiInput.date("on", text);
            assertTrue(date.getYear() >= 1900 && date.getYear() <= 2200, date.toString());
        } catch (InvalidInputException refused) {
            assertEquals("on", refused.faults().get(0).field());
        }
    }

    @Property(tries = 2000)
    void anyTextIsADateTimeWithinTheYearsOrARefusal(@ForAll("dateLike") String text) {
        try {
            LocalDateTime time = ApiInput.dateTime("at", text);
            assertTrue(time.getYear() >= 1900 && time.getYear() <= 2200, time.toString());
            assertEquals(0, time.getNano(), "seconds are the finest the database keeps");
        } catch (InvalidInputException refused) {
            assertEquals("at", refused.faults().get(0).field());
        }
    }

    @Property
    void everyDateInTheYearsReadsBackAsItself(@ForAll("inRange") LocalDate date) {
        assertEquals(date, ApiInput.date("on", date.toString()));
        assertEquals(date.atStartOfDay(), ApiInput.dateTime("at", date.toString()));
    }

    @Property(tries = 2000)
    void anyTextIsANumberWithinItsBoundsOrARefusal(
            @ForAll("numberLike") String text,
            @ForAll @LongRange(min = -1000, max = 1000) long min,
            @ForAll @IntRange(min = 0, max = 5000) int span) {
        try {
            long value = ApiInput.whole("limit", text, min, min + span);
            assertTrue(value >= min && value <= min + span);
        } catch (InvalidInputException refused) {
            assertEquals("limit", refused.faults().get(0).field());
        }
    }

    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> digits =
                Arbitraries.strings().withChars("0123456789-+T:. ").ofMaxLength(24);
        Arbitrary<String> nearDates = Arbitraries.integers()
                .between(-99999, 99999)
                .flatMap(year -> Arbitraries.integers()
                        .between(0, 13)
                        .flatMap(month -> Arbitraries.integers()
                                .between(0, 32)
                                .map(day -> String.format("%d-%02d-%02d", year, month, day))));
        return Arbitraries.oneOf(digits, nearDates, Arbitraries.strings().ofMaxLength(40), Arbitraries.just(null));
    }

    @Provide
    Arbitrary<LocalDate> inRange() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789-+ e.").ofMaxLength(25),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.just(null));
    }
}
