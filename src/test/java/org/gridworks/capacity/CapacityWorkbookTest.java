package org.gridworks.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capacity colours and an import's reading of rows, without a container. */
class CapacityWorkbookTest {

    @Test
    void theColourFollowsTheFigure() {
        assertEquals(CapacityLevel.NONE, CapacityLevel.of(0));
        assertEquals(CapacityLevel.LIMITED, CapacityLevel.of(1));
        assertEquals(CapacityLevel.LIMITED, CapacityLevel.of(1999));
        assertEquals(CapacityLevel.PLENTY, CapacityLevel.of(2000));
    }

    @Test
    void rowsAreReadWithTheirDatesAndEachBadCellNamesItsRowAndColumn() {
        CapacityWorkbook.Parsed parsed = CapacityWorkbook.read(CapacityWorkbooks.of(
                new Object[] {"110kV 城西变", null, 110, "WC", 25000, "2026-11-30"},
                new Object[] {"110kV 城西变", "10kV 西关线", 10.5, "婺城供电分公司", 630, 46_346},
                new Object[] {"110kV 城西变", "10kV 新狮线", "ten", "WC", 12.5, "30/11/2026"}));
        assertEquals(2, parsed.lines().size());
        CapacityForm own = parsed.lines().get(0).form();
        assertEquals("110kV 城西变 - 110 WC 25000 2026-11-30", text(own));
        assertEquals(
                "110kV 城西变 10kV 西关线 10.5 婺城供电分公司 630 2026-11-20",
                text(parsed.lines().get(1).form()));
        assertEquals(
                List.of("4 C reserve.notANumber", "4 E reserve.notWhole", "4 F capacity.dateFormat"),
                parsed.problems().stream()
                        .map(p -> p.row() + " " + p.column() + " " + p.messageKey())
                        .toList());
    }

    @Test
    void theRulesReportEveryFieldAtOnce() {
        List<CapacityRules.Problem> problems = CapacityRules.check(
                new CapacityForm(null, " ", null, new BigDecimal("-1"), "", -5, LocalDate.of(2026, 12, 2), null),
                LocalDate.of(2026, 12, 1));
        assertEquals(
                List.of("substation", "voltageKv", "unit", "availableKva", "updatedOn"),
                problems.stream().map(CapacityRules.Problem::field).toList());
    }

    private static String text(CapacityForm f) {
        return f.substation() + " " + (f.feeder() == null || f.feeder().isEmpty() ? "-" : f.feeder()) + " "
                + f.voltageKv().stripTrailingZeros().toPlainString() + " " + f.unit() + " " + f.availableKva() + " "
                + f.updatedOn();
    }
}
