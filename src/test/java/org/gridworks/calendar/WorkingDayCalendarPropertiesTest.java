package org.gridworks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/**
 * Laws the calendar keeps for any dates of the official data (2019-2026) and the years either side, with
 * shrinking, so a failure comes back as the smallest date and count that break it. The start day never counts:
 * "N working days after D" is the N-th working day after D.
 */
class WorkingDayCalendarPropertiesTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;

    @Property(tries = 1000)
    void theDueDateLiesExactlyNWorkingDaysAfterTheStart(
            @ForAll("dates") LocalDate from, @ForAll @IntRange(max = 400) int n) {
        LocalDate due = CAL.addWorkingDays(from, n).due();
        assertEquals(n, CAL.workingDaysBetween(from, due).workingDays(), from + " + " + n + " = " + due);
    }

    @Property(tries = 1000)
    void aDueDateIsAlwaysTheFirstWorkingDayThatReachesN(
            @ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 400) int n) {
        LocalDate due = CAL.addWorkingDays(from, n).due();
        assertTrue(CAL.isWorkingDay(due), due + " is a working day");
        assertEquals(
                n - 1,
                CAL.workingDaysBetween(from, due.minusDays(1)).workingDays(),
                "the day before " + due + " has not reached " + n);
    }

    @Property(tries = 1000)
    void addingInTwoPartsEqualsAddingAtOnce(
            @ForAll("dates") LocalDate from, @ForAll @IntRange(max = 200) int a, @ForAll @IntRange(max = 200) int b) {
        LocalDate inTwoParts =
                CAL.addWorkingDays(CAL.addWorkingDays(from, a).due(), b).due();
        assertEquals(CAL.addWorkingDays(from, a + b).due(), inTwoParts);
    }

    @Property(tries = 1000)
    void moreWorkingDaysAlwaysGiveALaterDate(
            @ForAll("dates") LocalDate from,
            @ForAll @IntRange(max = 300) int n,
            @ForAll @IntRange(min = 1, max = 100) int more) {
        LocalDate due = CAL.addWorkingDays(from, n).due();
        LocalDate later = CAL.addWorkingDays(from, n + more).due();
        assertTrue(later.isAfter(due), from + ": +" + n + " = " + due + ", +" + (n + more) + " = " + later);
    }

    @Property(tries = 1000)
    void aLaterStartNeverGivesAnEarlierDueDate(
            @ForAll("dates") LocalDate from, @ForAll @IntRange(max = 30) int gap, @ForAll @IntRange(max = 300) int n) {
        LocalDate due = CAL.addWorkingDays(from, n).due();
        LocalDate fromLater = CAL.addWorkingDays(from.plusDays(gap), n).due();
        assertFalse(fromLater.isBefore(due), from + " -> " + due + ", " + from.plusDays(gap) + " -> " + fromLater);
    }

    @Property(tries = 1000)
    void countsAddUpOverAdjacentRanges(
            @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
        int ab = CAL.workingDaysBetween(a, b).workingDays();
        int bc = CAL.workingDaysBetween(b, c).workingDays();
        assertEquals(CAL.workingDaysBetween(a, c).workingDays(), ab + bc, a + " " + b + " " + c);
    }

    @Property(tries = 300)
    void countingDayByDayAgreesWithTheCount(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 120) int span) {
        LocalDate to = from.plusDays(span);
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (CAL.isWorkingDay(day)) {
                counted++;
            }
        }
        assertEquals(counted, CAL.workingDaysBetween(from, to).workingDays());
    }

    @Property(tries = 1000)
    void aDayBreaksTheMondayToFridayRuleOnlyWhenANoticeSaysSo(@ForAll("dates") LocalDate date) {
        boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (CAL.isWorkingDay(date) != weekday) {
            HolidayDay notice = CAL.exception(date).orElseThrow(() -> new AssertionError(date + " has no notice"));
            assertEquals(CAL.isWorkingDay(date), !notice.offDay(), "the notice says what the calendar does");
        }
    }

    @Property(tries = 1000)
    void anAnswerIsProvisionalExactlyWhenItReachesAYearWithoutANotice(
            @ForAll("loadedDates") LocalDate from, @ForAll @IntRange(max = 400) int n) {
        // the bundled notices cover 2019-2026, so from inside them only a due date in 2027 or later is provisional
        DueResult result = CAL.addWorkingDays(from, n);
        assertEquals(result.due().getYear() >= 2027, result.provisional(), from + " + " + n + " = " + result.due());
    }

    @Property(tries = 500)
    void countingBackFindsTheLatestDayCoveringNWorkingDays(
            @ForAll("dates") LocalDate to, @ForAll @IntRange(max = 30) int n) {
        LocalDate back = CAL.daysBackCovering(to, n);
        assertTrue(CAL.workingDaysBetween(back, to).workingDays() >= n, back + " covers " + n);
        if (back.isBefore(to)) {
            assertTrue(CAL.workingDaysBetween(back.plusDays(1), to).workingDays() < n, "a later day would not");
        }
    }

    /** The years of the official data and one either side (unknown years follow the Monday-to-Friday rule). */
    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(2018, 1, 1), LocalDate.of(2027, 12, 31));
    }

    @Provide
    Arbitrary<LocalDate> loadedDates() {
        return Dates.dates().between(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31));
    }
}
