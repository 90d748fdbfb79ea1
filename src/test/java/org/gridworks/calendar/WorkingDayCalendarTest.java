package org.gridworks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The examples of shared/DOMAIN.md, and more across the big holidays. */
    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // DOMAIN.md
        "2024-09-27, 3, 2024-10-08", // 2024-09-29, a Sunday, was a working day; National Day week off
        "2025-01-24, 3, 2025-02-05", // 2025-01-26 Sunday worked, Spring Festival 01-28..02-04 off
        "2021-02-05, 3, 2021-02-09", // 2021-02-07, a Sunday, was a working day
        "2023-12-29, 1, 2024-01-02", // New Year's Day 2024 off
        "2021-01-04, 22, 2021-02-03",
        // Spring Festival 2020 and its extension to 2 February
        "2020-01-23, 1, 2020-02-03",
        "2020-01-17, 1, 2020-01-19", // 2020-01-19, a Sunday, was worked
        // National Day 2025 with Mid-Autumn (eight days, 2025-09-28 and 10-11 worked)
        "2025-09-26, 1, 2025-09-28",
        "2025-09-30, 1, 2025-10-09",
        "2025-10-09, 2, 2025-10-11",
        // the start day never counts, whether or not it is a working day
        "2024-10-01, 1, 2024-10-08",
        "2024-10-05, 0, 2024-10-05",
        // Labour Day 2024: 05-01..05-05 off, 04-28 (Sunday) and 05-11 (Saturday) worked
        "2024-04-26, 1, 2024-04-28",
        "2024-04-30, 1, 2024-05-06"
    })
    void nthWorkingDayAfter(String from, int workingDays, String due) {
        DueResult result = CAL.addWorkingDays(d(from), workingDays);
        assertEquals(d(due), result.due());
        assertFalse(result.provisional());
    }

    @Test
    void countsWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
        assertEquals(new CountResult(3, false), CAL.workingDaysBetween(d("2024-09-27"), d("2024-10-08")));
        assertEquals(new CountResult(0, false), CAL.workingDaysBetween(d("2024-10-01"), d("2024-10-07")));
        assertEquals(new CountResult(-3, false), CAL.workingDaysBetween(d("2024-10-08"), d("2024-09-27")));
        assertEquals(new CountResult(0, false), CAL.workingDaysBetween(d("2024-10-08"), d("2024-10-08")));
    }

    @Test
    void holidaysAndMakeUpDaysAreKnown() {
        assertFalse(CAL.isWorkingDay(d("2024-10-01")));
        assertTrue(CAL.isWorkingDay(d("2024-09-29")));
        assertEquals("国庆节", CAL.exception(d("2024-10-01")).orElseThrow().name());
        assertFalse(CAL.isWorkingDay(d("2024-10-05")), "a weekend inside the holiday");
        assertTrue(CAL.isWorkingDay(d("2024-10-09")));
    }

    @Test
    void answersReachingIntoAnUnloadedYearAreProvisional() {
        DueResult into2027 = CAL.addWorkingDays(d("2026-12-30"), 3);
        assertTrue(into2027.provisional());
        // 2027 follows the Monday-to-Friday rule until its notice is loaded: 12-31 (Thu), 01-01 (Fri), 01-04 (Mon)
        assertEquals(d("2027-01-04"), into2027.due());
        assertFalse(CAL.addWorkingDays(d("2026-12-28"), 3).provisional(), "stays inside 2026");
        assertTrue(CAL.workingDaysBetween(d("2026-06-01"), d("2027-02-01")).provisional());
        assertTrue(CAL.workingDaysBetween(d("2027-02-01"), d("2026-06-01")).provisional(), "either direction");
        assertFalse(CAL.isKnown(2027));
        assertTrue(CAL.isKnown(2019));
    }

    @Test
    void aDateInAnUnloadedYearIsProvisional() {
        assertTrue(CAL.isProvisional(d("2027-01-01")));
        assertTrue(CAL.isProvisional(d("2027-11-30")));
        assertTrue(CAL.isProvisional(d("2018-12-31")), "before the data as well");
        assertFalse(CAL.isProvisional(d("2026-12-31")));
        assertFalse(CAL.isProvisional(d("2019-01-01")));
        assertFalse(CAL.isProvisional(null), "no date, nothing to mark");
    }

    @Test
    void loadingAYearMakesItsDatesFinal() {
        WorkingDayCalendar with2027 = new WorkingDayCalendar(java.util.List.of(), java.util.List.of(2026, 2027));
        assertFalse(with2027.isProvisional(d("2027-06-15")));
        assertTrue(with2027.isProvisional(d("2028-01-03")));
    }

    @Test
    void aYearBeforeTheDataIsProvisionalToo() {
        assertTrue(CAL.workingDaysBetween(d("2018-06-01"), d("2019-01-10")).provisional());
    }

    @Test
    void refusesNegativeCountsAndDatesOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> CAL.addWorkingDays(d("2024-01-01"), -1));
        assertThrows(IllegalArgumentException.class, () -> CAL.isWorkingDay(d("1999-12-31")));
        assertThrows(IllegalArgumentException.class, () -> CAL.addWorkingDays(d("2099-12-30"), 5));
    }

    @Test
    void aCorrectionChangesTheAnswer() {
        WorkingDayCalendar corrected =
                new WorkingDayCalendar(List.of(new HolidayDay(d("2024-03-04"), true, "停电检修日")), List.of(2024));
        assertEquals(
                d("2024-03-05"), corrected.addWorkingDays(d("2024-03-01"), 1).due());
    }
}
