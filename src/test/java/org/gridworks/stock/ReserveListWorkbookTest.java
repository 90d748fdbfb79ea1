package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitKind;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.xlsx.XlsxLimits;
import org.junit.jupiter.api.Test;

class ReserveListWorkbookTest {

    private static final Warehouse WUCHENG =
            new Warehouse(2, "WH-WC", new Unit("WC", "婺城", "Wucheng", UnitKind.DISTRICT, null), false);

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
        Material cable =
                new Material("500100001", "10kV电力电缆", "YJV22-8.7/15kV-3×300", "米", MaterialCategory.CABLE_10KV);
        byte[] file = ReserveListWorkbook.write(
                List.of(new ReserveListWorkbook.Line(
                        cable, new StockCell(WUCHENG, new Balance(120, 20, 30), 600, 1800))),
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
                new Object[] {"500100001", "wh-wc", 10, 30}, // fine (codes are read in upper case)
                new Object[] {"500100002", "WH-WC", -1, 30}, // negative
                new Object[] {"500100003", "WH-WC", 10, 5}, // ceiling below minimum
                new Object[] {null, "WH-WC", 1, 2}, // no material
                new Object[] {"500100004", "WH-WC", "ten", 2}, // not a number
                new Object[] {"500100005", "WH-WC", 1.5, 2}, // not whole
                new Object[] {null, null, null, null}, // blank: skipped
                new Object[] {"500100001", "WH-WC", 12, 30}, // the same pair again
                new Object[] {"500100009", "WH-WC", null, null})); // stock but not on the list: passed over
        assertEquals(List.of(new ReserveListWorkbook.LevelRow(2, "500100001", "WH-WC", 10, 30)), parsed.rows());
        assertEquals(
                List.of(
                        "3C reserve.negative",
                        "4D reserve.ceilingBelowMinimum",
                        "5A reserve.materialMissing",
                        "6C reserve.notANumber",
                        "7C reserve.notWhole",
                        "9A reserve.duplicate"),
                parsed.problems().stream()
                        .map(p -> p.row() + p.column() + " " + p.messageKey())
                        .toList());
    }

    @Test
    void aFileThatIsNotExcelIsRefusedAsAWhole() {
        ReserveListWorkbook.Parsed parsed =
                ReserveListWorkbook.read("code,warehouse,min,max\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.rows().isEmpty());
        assertEquals("reserve.notExcel", parsed.problems().get(0).messageKey());
    }

    @Test
    void aWorkbookWithOnlyAHeadingHasNothingToImport() throws IOException {
        assertEquals(
                "reserve.empty",
                ReserveListWorkbook.read(workbook()).problems().get(0).messageKey());
    }

    @Test
    void aFormulaIsRefusedNamingItsCellWhileCellsPastTheFormatAreNotLookedAt() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("levels");
            sheet.createRow(0).createCell(0).setCellFormula("\"物资编码\""); // the heading is not read
            Row formulas = sheet.createRow(1);
            formulas.createCell(0).setCellValue("500100001");
            formulas.createCell(1).setCellValue("WH-WC");
            formulas.createCell(2).setCellFormula("5+5");
            formulas.createCell(3).setCellValue(30);
            formulas.createCell(5).setCellFormula("LEN(A2)");
            Row fine = sheet.createRow(2);
            fine.createCell(0).setCellValue("500100002");
            fine.createCell(1).setCellValue("WH-WC");
            fine.createCell(2).setCellValue(10);
            fine.createCell(3).setCellValue(30);
            fine.createCell(25).setCellFormula("C3*2"); // column Z: past the format, a reader's own working
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read(file);
        assertEquals(
                List.of("2C reserve.formula [C2]", "2F reserve.formula [F2]"),
                parsed.problems().stream()
                        .map(p -> p.row() + p.column() + " " + p.messageKey() + " " + Arrays.toString(p.arguments()))
                        .toList());
        assertEquals(List.of(new ReserveListWorkbook.LevelRow(3, "500100002", "WH-WC", 10, 30)), parsed.rows());
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithItsOwnMessage() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("levels").createRow(1).createCell(0).setCellValue("500100001");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            xls = out.toByteArray();
        }
        assertOneProblem("reserve.oldOrEncrypted", ReserveListWorkbook.read(xls));
    }

    @Test
    void aWorkbookWithAPasswordIsRefusedLikeAnXls() throws IOException, GeneralSecurityException {
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(workbook(new Object[] {"500100001", "WH-WC", 10, 30}));
            }
            container.writeFilesystem(encrypted);
        }
        assertOneProblem("reserve.oldOrEncrypted", ReserveListWorkbook.read(encrypted.toByteArray()));
    }

    @Test
    void filesThatAreNotAnXlsxGiveOneProblem() throws IOException {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("levels.csv"));
            zip.write("500100001,WH-WC,10,30\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] good = workbook(new Object[] {"500100001", "WH-WC", 10, 30});
        assertOneProblem("reserve.notExcel", ReserveListWorkbook.read(random));
        assertOneProblem("reserve.notExcel", ReserveListWorkbook.read(zipped.toByteArray()));
        assertOneProblem("reserve.notExcel", ReserveListWorkbook.read(Arrays.copyOf(good, good.length - 100)));
        assertOneProblem("reserve.notExcel", ReserveListWorkbook.read(new byte[0]));
    }

    @Test
    void aRowPastTheLimitRefusesTheWholeFile() throws IOException {
        byte[] fourRows = workbook(
                new Object[] {"1", "WH-WC", 1, 2},
                new Object[] {"2", "WH-WC", 1, 2},
                new Object[] {"3", "WH-WC", 1, 2},
                new Object[] {"4", "WH-WC", 1, 2});
        ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read(fourRows, dataRows(3));
        assertOneProblem("reserve.tooManyRows", parsed);
        assertEquals(List.of(3), List.of(parsed.problems().get(0).arguments()));
        assertEquals(4, ReserveListWorkbook.read(fourRows, dataRows(4)).rows().size());
    }

    /** The production limits but for the number of data rows. */
    private static XlsxLimits dataRows(int rows) {
        XlsxLimits limits = ReserveListWorkbook.LIMITS;
        return new XlsxLimits(
                rows + 1,
                limits.columns(),
                limits.valueColumns(),
                limits.maxCells(),
                limits.maxCellText(),
                limits.maxSheetBytes(),
                limits.maxSharedStringsBytes(),
                limits.maxOtherPartBytes());
    }

    @Test
    void aValueLongerThanAnyCodeIsNamed() throws IOException {
        ReserveListWorkbook.Parsed parsed =
                ReserveListWorkbook.read(workbook(new Object[] {"5".repeat(300), "WH-WC", 10, 30}));
        assertEquals(
                List.of("2A reserve.cellTooLong"),
                parsed.problems().stream()
                        .map(p -> p.row() + p.column() + " " + p.messageKey())
                        .toList());
    }

    @Test
    void everyRefusalHasItsTextInBothLanguages() {
        for (String key : List.of(
                "reserve.notExcel",
                "reserve.oldOrEncrypted",
                "reserve.tooManyRows",
                "reserve.tooManyCells",
                "reserve.tooLarge",
                "reserve.formula",
                "reserve.cellTooLong")) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String text = Messages.get(locale, key, 60_000, 13);
                assertTrue(!text.equals(key) && !text.contains("{"), locale + " " + key + ": " + text);
            }
        }
    }

    private static void assertOneProblem(String key, ReserveListWorkbook.Parsed parsed) {
        assertEquals(List.of(), parsed.rows());
        assertEquals(
                List.of("0 " + key),
                parsed.problems().stream()
                        .map(p -> p.row() + p.column() + " " + p.messageKey())
                        .toList());
    }
}
