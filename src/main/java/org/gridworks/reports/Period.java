package org.gridworks.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period: a month, a quarter, a half-year or a year, or any range of days (the API's from/to).
 * Both ends included.
 */
public record Period(LocalDate from, LocalDate to) implements Serializable {

    /** The kinds of period the evaluation page offers. */
    public enum Kind {
        MONTH(12),
        QUARTER(4),
        HALF(2),
        YEAR(1);

        private final int perYear;

        Kind(int perYear) {
            this.perYear = perYear;
        }

        /** How many of these periods a year has. */
        public int perYear() {
            return perYear;
        }
    }

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period runs forwards");
        }
    }

    /** The n-th period of its kind in a year (month 1..12, quarter 1..4, half 1..2; ignored for a year). */
    public static Period of(int year, Kind kind, int n) {
        return switch (kind) {
            case MONTH ->
                new Period(YearMonth.of(year, n).atDay(1), YearMonth.of(year, n).atEndOfMonth());
            case QUARTER ->
                new Period(
                        YearMonth.of(year, 3 * n - 2).atDay(1),
                        YearMonth.of(year, 3 * n).atEndOfMonth());
            case HALF ->
                new Period(
                        YearMonth.of(year, 6 * n - 5).atDay(1),
                        YearMonth.of(year, 6 * n).atEndOfMonth());
            case YEAR -> new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        };
    }
}
