package org.gridworks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Laws the calendar must keep for any dates, checked on many random cases (a fixed seed per repetition, so a
 * failure can be replayed): counting back what was added gives the same number; counts add up over adjacent
 * ranges; a due date is always a working day.
 */
class WorkingDayCalendarPropertiesTest {

    private static final WorkingDayCalendar CAL = OfficialCalendar.CALENDAR;
    private static final LocalDate START = LocalDate.of(2018, 1, 1);
    private static final int SPAN_DAYS = 365 * 10;

    @RepeatedTest(20)
    void addingThenCountingGivesTheSameNumber(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        for (int i = 0; i < 500; i++) {
            LocalDate from = START.plusDays(random.nextInt(SPAN_DAYS));
            int n = random.nextInt(400);
            DueResult due = CAL.addWorkingDays(from, n);
            assertEquals(n, CAL.workingDaysBetween(from, due.due()).workingDays(), from + " + " + n);
            if (n > 0) {
                assertTrue(CAL.isWorkingDay(due.due()), "due " + due.due() + " is a working day");
                assertEquals(n - 1, CAL.workingDaysBetween(from, due.due().minusDays(1)).workingDays(),
                        "the due day is the first day reaching n");
            }
        }
    }

    @RepeatedTest(20)
    void countsAddUpOverAdjacentRanges(RepetitionInfo repetition) {
        Random random = new Random(1000L + repetition.getCurrentRepetition());
        for (int i = 0; i < 500; i++) {
            LocalDate a = START.plusDays(random.nextInt(SPAN_DAYS));
            LocalDate b = START.plusDays(random.nextInt(SPAN_DAYS));
            LocalDate c = START.plusDays(random.nextInt(SPAN_DAYS));
            int ab = CAL.workingDaysBetween(a, b).workingDays();
            int bc = CAL.workingDaysBetween(b, c).workingDays();
            assertEquals(CAL.workingDaysBetween(a, c).workingDays(), ab + bc, a + " " + b + " " + c);
        }
    }

    @RepeatedTest(10)
    void countingDayByDayAgreesWithTheRunningTotals(RepetitionInfo repetition) {
        Random random = new Random(2000L + repetition.getCurrentRepetition());
        LocalDate from = START.plusDays(random.nextInt(SPAN_DAYS));
        LocalDate to = from.plusDays(random.nextInt(120));
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (CAL.isWorkingDay(day)) {
                counted++;
            }
        }
        assertEquals(counted, CAL.workingDaysBetween(from, to).workingDays());
    }
}
