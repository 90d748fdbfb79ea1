package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitKind;
import org.junit.jupiter.api.Test;

/** The limits let the largest real file through: an export of MAX_ROWS lines reads back whole. */
class ReserveListWorkbookLimitsTest {

    @Test
    void aFullExportIsWithinEveryLimit() {
        List<Warehouse> warehouses = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            warehouses.add(new Warehouse(
                    w, "WH-" + w, new Unit("U" + w, "供电仓库" + w, "Depot " + w, UnitKind.DISTRICT, null), false));
        }
        List<ReserveListWorkbook.Line> lines = new ArrayList<>();
        for (int m = 0; lines.size() < ReserveListWorkbook.MAX_ROWS; m++) {
            Material material = new Material(
                    String.valueOf(500_100_000 + m),
                    "10kV电力电缆" + m,
                    "YJV22-8.7/15kV-3×300 铜芯钢带铠装" + m,
                    "米",
                    MaterialCategory.CABLE_10KV);
            for (Warehouse warehouse : warehouses) {
                lines.add(new ReserveListWorkbook.Line(
                        material, new StockCell(warehouse, new Balance(123_456, 23_456, 34_567), 600_000, 1_000_000)));
            }
        }
        ReserveListWorkbook.Parsed parsed =
                ReserveListWorkbook.read(ReserveListWorkbook.write(lines, Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of(), parsed.problems());
        assertEquals(ReserveListWorkbook.MAX_ROWS, parsed.rows().size());
        assertEquals(
                new ReserveListWorkbook.LevelRow(
                        ReserveListWorkbook.MAX_ROWS + 1, "500105999", "WH-9", 600_000, 1_000_000),
                parsed.rows().get(ReserveListWorkbook.MAX_ROWS - 1));
    }
}
