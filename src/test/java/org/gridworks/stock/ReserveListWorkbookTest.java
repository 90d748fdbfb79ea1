package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitKind;
import org.junit.jupiter.api.Test;

class ReserveListWorkbookTest {

    private static final Warehouse WUCHENG = new Warehouse(2, "WH-WC", new Unit("WC", "婺城", "Wucheng",
            UnitKind.DISTRICT, null), false);

    /** A workbook with a heading row and the given rows (strings, numbers or null for an empty cell). */
    static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("levels");
            sheet.createRow(0).createCell(0).setCellValue("物资编码");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anExportedListReadsBackAsTheSameLevels() throws IOException {
        Material cable = new Material("500100001", "10kV电力电缆", "YJV22-8.7/15kV-3×300", "米",
                MaterialCategory.CABLE_10KV);
        byte[] file = ReserveListWorkbook.write(List.of(
                new ReserveListWorkbook.Line(cable, new StockCell(WUCHENG, new Balance(120, 20, 30), 600, 1800))),
                Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertEquals("物资编码", header.getCell(0).getStringCellValue());
            Row row = workbook.getSheetAt(0).getRow(1);
            assertEquals(100, (int) row.getCell(10).getNumericCellValue(), "available");
            assertEquals("是", row.getCell(12).getStringCellValue(), "below its reserve level");
        }
        ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read(file);
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(new ReserveListWorkbook.LevelRow(2, "500100001", "WH-WC", 600, 1800)), parsed.rows());
    }

    @Test
    void everyBadRowIsReportedWithItsRowAndColumn() throws IOException {
        ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read(workbook(
                new Object[] {"500100001", "wh-wc", 10, 30},          // fine (codes are read in upper case)
                new Object[] {"500100002", "WH-WC", -1, 30},          // negative
                new Object[] {"500100003", "WH-WC", 10, 5},           // ceiling below minimum
                new Object[] {null, "WH-WC", 1, 2},                   // no material
                new Object[] {"500100004", "WH-WC", "ten", 2},        // not a number
                new Object[] {"500100005", "WH-WC", 1.5, 2},          // not whole
                new Object[] {null, null, null, null},                // blank: skipped
                new Object[] {"500100001", "WH-WC", 12, 30},          // the same pair again
                new Object[] {"500100009", "WH-WC", null, null}));    // stock but not on the list: passed over
        assertEquals(List.of(new ReserveListWorkbook.LevelRow(2, "500100001", "WH-WC", 10, 30)), parsed.rows());
        assertEquals(List.of("3C reserve.negative", "4D reserve.ceilingBelowMinimum", "5A reserve.materialMissing",
                        "6C reserve.notANumber", "7C reserve.notWhole", "9A reserve.duplicate"),
                parsed.problems().stream().map(p -> p.row() + p.column() + " " + p.messageKey()).toList());
    }

    @Test
    void aFileThatIsNotExcelIsRefusedAsAWhole() {
        ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read("code,warehouse,min,max\n1,2,3,4\n"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.rows().isEmpty());
        assertEquals("reserve.notExcel", parsed.problems().get(0).messageKey());
    }

    @Test
    void aWorkbookWithOnlyAHeadingHasNothingToImport() throws IOException {
        assertEquals("reserve.empty", ReserveListWorkbook.read(workbook()).problems().get(0).messageKey());
    }
}
