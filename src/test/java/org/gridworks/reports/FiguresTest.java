package org.gridworks.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void theNinetiethPercentileIsTheNearestRank() {
        assertEquals(23, Figures.percentile(List.of(22, 22, 23), 90));
        assertEquals(9, Figures.percentile(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90));
        assertEquals(5, Figures.percentile(List.of(5), 90));
        assertNull(Figures.percentile(List.of(), 90));
    }

    @Test
    void ratesAndRounding() {
        assertEquals(1.0 / 3, Figures.rate(1, 3));
        assertNull(Figures.rate(0, 0), "nothing counted is not 0%");
        assertEquals(22.3, Figures.round1((22 + 22 + 23) / 3.0));
    }

    @Test
    void periodsCoverTheirMonths() {
        assertEquals(
                new Period(LocalDate.parse("2024-07-01"), LocalDate.parse("2024-12-31")),
                Period.of(2024, Period.Kind.HALF, 2));
        assertEquals(
                new Period(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-06-30")),
                Period.of(2024, Period.Kind.QUARTER, 2));
        assertEquals(
                new Period(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29")),
                Period.of(2024, Period.Kind.MONTH, 2));
        assertEquals(
                new Period(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")),
                Period.of(2024, Period.Kind.YEAR, 1));
    }
}
