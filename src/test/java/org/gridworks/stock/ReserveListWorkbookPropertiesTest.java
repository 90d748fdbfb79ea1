package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitKind;
import org.gridworks.platform.xlsx.XlsxCell;

/**
 * Whatever a workbook holds, the reserve list parser reads it or refuses it, naming the row and column of each
 * refusal, and never throws: an exported list reads back as exactly its levels; a hand-made sheet of codes, texts,
 * blanks, negative, fractional and huge numbers, formulas and extra columns has its good rows read exactly as written
 * and every other row with levels named by a problem; a damaged file is one problem for the whole file.
 */
class ReserveListWorkbookPropertiesTest {

    private static final String GOOD_WAREHOUSE = "WH-GOOD";
    private static final DataFormatter GENERAL = new DataFormatter(Locale.ROOT);

    /** A formula in a generated cell. */
    record Formula(String text) {}

    /** A row written with levels that must be read back: material "G" and its position, the good warehouse. */
    record Good(
            String materialAsWritten,
            String warehouseAsWritten,
            Object minimumAsWritten,
            Object ceilingAsWritten,
            int minimum,
            int ceiling,
            List<Object> beyondD) {}

    /** A row of anything: each cell of its list is null (no cell), a text, a number, a boolean or a formula. */
    record Messy(List<Object> cells) {}

    /** A workbook as the properties write it: a heading of anything, then Good and Messy rows. */
    record Sheetful(boolean streaming, List<Object> heading, List<Object> rows) {}

    // ---- an export reads back as its levels

    /** A pair of the export and the level it has, if any. */
    record ExportLine(int material, int warehouse, Integer minimum, Integer ceiling, int onHand, String name) {}

    @Property(tries = 40)
    void anExportReadsBackAsExactlyItsLevels(
            @ForAll("materialCodes") List<String> materials,
            @ForAll("warehouseCodes") List<String> warehouses,
            @ForAll("exportLines") List<ExportLine> lines) {
        List<ReserveListWorkbook.Line> export = new ArrayList<>();
        List<ReserveListWorkbook.LevelRow> expected = new ArrayList<>();
        for (ExportLine line : lines) {
            String materialCode = materials.get(line.material() % materials.size());
            String warehouseCode = warehouses.get(line.warehouse() % warehouses.size());
            if (export.stream()
                    .anyMatch(l -> l.material().getCode().equals(materialCode)
                            && l.cell().warehouse().getCode().equals(warehouseCode))) {
                continue; // an export lists each pair once
            }
            Material material =
                    new Material(materialCode, line.name(), line.name() + " 规格", "米", MaterialCategory.CABLE_10KV);
            Warehouse warehouse = new Warehouse(
                    line.warehouse(), warehouseCode, new Unit("U", "婺城", "Wucheng", UnitKind.DISTRICT, null), false);
            export.add(new ReserveListWorkbook.Line(
                    material,
                    new StockCell(warehouse, new Balance(line.onHand(), 0, 0), line.minimum(), line.ceiling())));
            if (line.minimum() != null) {
                expected.add(new ReserveListWorkbook.LevelRow(
                        export.size() + 1, materialCode, warehouseCode, line.minimum(), line.ceiling()));
            }
        }
        ReserveListWorkbook.Parsed parsed =
                ReserveListWorkbook.read(ReserveListWorkbook.write(export, Locale.SIMPLIFIED_CHINESE));
        assertEquals(expected, parsed.rows());
        assertEquals(
                expected.isEmpty() ? List.of("reserve.empty") : List.of(),
                parsed.problems().stream()
                        .map(ReserveListWorkbook.Problem::messageKey)
                        .toList());
    }

    @Provide
    Arbitrary<List<String>> materialCodes() {
        return Arbitraries.strings()
                .withChars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ-.")
                .ofMinLength(1)
                .ofMaxLength(32)
                .list()
                .uniqueElements()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> warehouseCodes() {
        return Arbitraries.strings()
                .withChars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                .ofMinLength(1)
                .ofMaxLength(6)
                .map(code -> "WH-" + code)
                .list()
                .uniqueElements()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<ExportLine>> exportLines() {
        Arbitrary<int[]> maybeLevels = Arbitraries.oneOf(levels(), Arbitraries.just(null));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.integers().between(0, 3),
                        maybeLevels,
                        Arbitraries.integers().between(-1000, 1_000_000),
                        texts())
                .as((m, w, l, onHand, name) ->
                        new ExportLine(m, w, l == null ? null : l[0], l == null ? null : l[1], onHand, name))
                .list()
                .ofMaxSize(25);
    }

    // ---- any sheet is read row by row or refused naming row and column

    @Property(tries = 100)
    void anySheetHasItsGoodRowsReadAndEveryOtherRowWithLevelsNamed(@ForAll("sheets") Sheetful sheet)
            throws IOException {
        ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read(write(sheet));
        Set<Integer> named = new HashSet<>();
        for (ReserveListWorkbook.Problem problem : parsed.problems()) {
            if (problem.row() == 0) {
                assertEquals(
                        List.of("reserve.empty"),
                        parsed.problems().stream()
                                .map(ReserveListWorkbook.Problem::messageKey)
                                .toList(),
                        "a sheet of blanks only");
                assertTrue(parsed.rows().isEmpty());
                continue;
            }
            assertTrue(problem.row() >= 2 && problem.row() <= sheet.rows().size() + 1, problem.toString());
            assertTrue(problem.column().matches("[A-M]"), problem.toString());
            named.add(problem.row());
        }
        Set<Integer> read = new HashSet<>();
        for (ReserveListWorkbook.LevelRow row : parsed.rows()) {
            assertTrue(read.add(row.row()) && !named.contains(row.row()), "read and refused: " + row);
        }
        for (int i = 0; i < sheet.rows().size(); i++) {
            int excelRow = i + 2;
            if (sheet.rows().get(i) instanceof Good good) {
                assertTrue(
                        parsed.rows()
                                .contains(new ReserveListWorkbook.LevelRow(
                                        excelRow, "G" + i, GOOD_WAREHOUSE, good.minimum(), good.ceiling())),
                        "good row " + excelRow + ": " + parsed);
            } else {
                List<Object> cells = ((Messy) sheet.rows().get(i)).cells();
                for (int c = 0; c < Math.min(cells.size(), ReserveListWorkbook.HEADERS.length); c++) {
                    if (cells.get(c) instanceof Formula) {
                        String column = XlsxCell.columnName(c);
                        assertTrue(
                                parsed.problems().stream()
                                        .anyMatch(p -> p.row() == excelRow
                                                && p.column().equals(column)
                                                && p.messageKey().equals("reserve.formula")),
                                "formula in " + column + excelRow + ": " + parsed.problems());
                    }
                }
                boolean hasLevels = !blank(cell(cells, 2)) || !blank(cell(cells, 3));
                boolean refusedAnyway =
                        cells.subList(0, Math.min(cells.size(), 13)).stream().anyMatch(v -> v instanceof Formula)
                                || cells.subList(0, Math.min(cells.size(), 4)).stream()
                                        .anyMatch(v -> v instanceof String s && s.length() > 255);
                if (hasLevels || refusedAnyway) {
                    assertTrue(
                            read.contains(excelRow) != named.contains(excelRow),
                            "row " + excelRow + " neither read nor named: " + parsed);
                    if (read.contains(excelRow)) {
                        ReserveListWorkbook.LevelRow row = parsed.rows().stream()
                                .filter(r -> r.row() == excelRow)
                                .findFirst()
                                .orElseThrow();
                        assertEquals(
                                new ReserveListWorkbook.LevelRow(
                                        excelRow,
                                        shown(cell(cells, 0)),
                                        shown(cell(cells, 1)).toUpperCase(Locale.ROOT),
                                        (int) number(cell(cells, 2)),
                                        (int) number(cell(cells, 3))),
                                row,
                                "read as written");
                    }
                } else {
                    assertTrue(
                            !read.contains(excelRow) && !named.contains(excelRow),
                            "row " + excelRow + " has no levels: " + parsed);
                }
            }
        }
    }

    @Provide
    Arbitrary<Sheetful> sheets() {
        Arbitrary<List<Object>> heading = anything().list().ofMaxSize(14);
        Arbitrary<Object> row = Arbitraries.oneOf(good(), messy(), levelled());
        return Combinators.combine(
                        Arbitraries.of(true, false), heading, row.list().ofMaxSize(12))
                .as(Sheetful::new);
    }

    private Arbitrary<Object> good() {
        Arbitrary<Integer> spelling = Arbitraries.integers().between(0, 3);
        Arbitrary<List<Object>> beyondD = Arbitraries.oneOf(
                        objects(texts()),
                        objects(Arbitraries.doubles()),
                        objects(Arbitraries.just("x".repeat(300))),
                        Arbitraries.just(null))
                .list()
                .ofMaxSize(20);
        return Combinators.combine(levels(), spelling, spelling, Arbitraries.of(true, false), beyondD)
                .as((l, minSpelling, maxSpelling, padded, rest) -> (Object) new Good(
                        padded ? " G" : "G",
                        padded ? " wh-good " : GOOD_WAREHOUSE,
                        spelled(l[0], minSpelling),
                        spelled(l[1], maxSpelling),
                        l[0],
                        l[1],
                        rest));
    }

    /** A whole number as a number or as text the way people type it. */
    private static Object spelled(int n, int how) {
        return switch (how) {
            case 0 -> n;
            case 1 -> String.valueOf(n);
            case 2 -> " " + n + " ";
            default -> String.format(Locale.ROOT, "%,d", n);
        };
    }

    /** Good levels next to any material and warehouse: rows that are read, so what is read can be compared. */
    private Arbitrary<Object> levelled() {
        Arbitrary<Integer> spelling = Arbitraries.integers().between(0, 3);
        return Combinators.combine(
                        anything(),
                        anything(),
                        levels(),
                        spelling,
                        spelling,
                        anything().list().ofMaxSize(12))
                .as((material, warehouse, l, minSpelling, maxSpelling, rest) -> {
                    List<Object> cells = new ArrayList<>(
                            Arrays.asList(material, warehouse, spelled(l[0], minSpelling), spelled(l[1], maxSpelling)));
                    cells.addAll(rest);
                    return (Object) new Messy(cells);
                });
    }

    private static Arbitrary<int[]> levels() {
        return Arbitraries.integers()
                .between(0, StockCommands.MAX_QUANTITY)
                .flatMap(min -> Arbitraries.integers()
                        .between(min, StockCommands.MAX_QUANTITY)
                        .map(max -> new int[] {min, max}));
    }

    private Arbitrary<Object> messy() {
        return anything().list().ofMaxSize(16).map(Messy::new);
    }

    private Arbitrary<Object> anything() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(null)),
                Tuple.of(4, objects(texts())),
                Tuple.of(
                        1,
                        objects(Arbitraries.of(
                                "",
                                " ",
                                "\t",
                                "\u3000",
                                "-1",
                                "1.5",
                                "1e3",
                                "1,000",
                                "NaN",
                                "Infinity",
                                "0x10",
                                "12d",
                                "wh-goodx",
                                "x".repeat(300)))),
                Tuple.of(3, objects(Arbitraries.integers().between(-2_000_000, 2_000_000))),
                Tuple.of(2, objects(Arbitraries.doubles())),
                Tuple.of(
                        1,
                        objects(Arbitraries.of(
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                -0.0,
                                1e300,
                                0.5,
                                1e10,
                                StockCommands.MAX_QUANTITY + 1.0))),
                Tuple.of(1, objects(Arbitraries.of(true, false))),
                Tuple.of(
                        1,
                        objects(Arbitraries.of(new Formula("1+1"), new Formula("\"WH-\"&\"X\""), new Formula("A1")))));
    }

    private static Arbitrary<Object> objects(Arbitrary<?> values) {
        return values.map(value -> (Object) value);
    }

    /** Texts people put in a sheet: letters, digits, Chinese, spaces, XML's own characters. */
    private static Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u4e00', '\u4e20')
                .withChars("\t\n\u3000")
                .ofMaxLength(20)
                .filter(s -> !s.trim().toUpperCase(Locale.ROOT).equals(GOOD_WAREHOUSE));
    }

    /** A written value as Excel's General format shows it, trimmed: what the parser must read. */
    private static String shown(Object value) {
        if (value instanceof Number number) {
            double n = number.doubleValue();
            // POI writes what a cell cannot hold as Excel's errors
            return Double.isNaN(n)
                    ? "#NUM!"
                    : Double.isInfinite(n) ? "#DIV/0!" : GENERAL.formatRawCellContents(n, 0, "General");
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return value == null ? "" : value.toString().trim();
    }

    private static double number(Object value) {
        return value instanceof Number number
                ? number.doubleValue()
                : Double.parseDouble(value.toString().trim().replace(",", ""));
    }

    private static Object cell(List<Object> cells, int c) {
        return c < cells.size() ? cells.get(c) : null;
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.trim().isEmpty();
    }

    /** The workbook, with shared texts (XSSFWorkbook) or inline texts (SXSSFWorkbook, as the export writes). */
    private static byte[] write(Sheetful content) throws IOException {
        try (Workbook workbook = content.streaming() ? new SXSSFWorkbook(10) : new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("levels");
            fill(sheet.createRow(0), content.heading());
            for (int i = 0; i < content.rows().size(); i++) {
                Row row = sheet.createRow(i + 1);
                if (content.rows().get(i) instanceof Good good) {
                    List<Object> cells = new ArrayList<>(List.of(
                            good.materialAsWritten()
                                    + i
                                    + (good.materialAsWritten().startsWith(" ") ? " " : ""),
                            good.warehouseAsWritten(),
                            good.minimumAsWritten(),
                            good.ceilingAsWritten()));
                    cells.addAll(good.beyondD());
                    fill(row, cells);
                } else {
                    fill(row, ((Messy) content.rows().get(i)).cells());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Row row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Formula formula) {
                cell.setCellFormula(formula.text());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    // ---- a damaged file is one problem, never an exception

    @Property(tries = 500)
    void aDamagedFileIsReadOrRefusedNeverThrown(@ForAll("damaged") byte[] file) {
        ReserveListWorkbook.Parsed parsed = ReserveListWorkbook.read(file);
        assertTrue(!parsed.problems().isEmpty() || !parsed.rows().isEmpty(), "neither rows nor problems");
        for (ReserveListWorkbook.Problem problem : parsed.problems()) {
            assertTrue(
                    problem.row() == 0
                            ? problem.column().isEmpty() && parsed.problems().size() == 1
                            : problem.column().matches("[A-M]"),
                    problem.toString());
        }
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        byte[] good;
        try {
            good = ReserveListWorkbookTest.workbook(
                    new Object[] {"500100001", "WH-WC", 10, 30},
                    new Object[] {"500100002", "WH-WC", 5, 50},
                    new Object[] {"500100003", null, "x", 1.5});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Arbitrary<byte[]> truncated =
                Arbitraries.integers().between(0, good.length - 1).map(n -> Arrays.copyOf(good, n));
        Arbitrary<byte[]> flipped = Arbitraries.integers()
                .between(0, good.length - 1)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .flatMap(positions -> Arbitraries.bytes()
                        .list()
                        .ofSize(positions.size())
                        .map(values -> {
                            byte[] copy = good.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        }));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        return Arbitraries.oneOf(truncated, flipped, noise);
    }
}
