package org.gridworks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridworks.platform.BusinessException;

/**
 * An administrator's calendar file, whatever it holds: a list of days or a refusal in the user's language
 * (BusinessException), never anything else; and a well-formed CSV reads back exactly the days written.
 */
class HolidayFileParserPropertiesTest {

    @Property(tries = 1000)
    void anyContentIsReadOrRefusedWithAMessage(@ForAll("fileLike") String content) {
        try {
            HolidayFileParser.parse(2027, content);
        } catch (BusinessException refused) {
            assertEquals("file", refused.field());
        }
    }

    @Property(tries = 300)
    void aWellFormedCsvReadsBackItsDays(@ForAll("daysOf2027") Set<LocalDate> days) {
        String csv = "date,is_off_day,name\n"
                + days.stream()
                        .sorted()
                        .map(d -> d + "," + (d.getDayOfWeek().getValue() < 6) + ",节日")
                        .collect(Collectors.joining("\n"));
        List<HolidayDay> read = HolidayFileParser.parse(2027, csv);
        assertEquals(days, read.stream().map(HolidayDay::date).collect(Collectors.toSet()));
    }

    @Provide
    Arbitrary<String> fileLike() {
        Arbitrary<String> csvLines = Arbitraries.strings()
                .withChars("0123456789-,truefalsTRUE节\n\r ")
                .ofMaxLength(200)
                .map(body -> "date,is_off_day,name\n" + body);
        Arbitrary<String> jsonish = Arbitraries.strings()
                .withChars("{}[]\":,0123456789yeardaysisOffDaytrue ")
                .ofMaxLength(200);
        return Arbitraries.oneOf(
                csvLines,
                jsonish,
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.just("{\"year\":2027,\"days\":[{\"date\":\"2027-02-30\",\"isOffDay\":true}]}"));
    }

    @Provide
    Arbitrary<Set<LocalDate>> daysOf2027() {
        return Arbitraries.integers()
                .between(0, 364)
                .map(n -> LocalDate.of(2027, 1, 1).plusDays(n))
                .set()
                .ofMinSize(1)
                .ofMaxSize(40);
    }
}
