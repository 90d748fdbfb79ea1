package org.gridworks.platform.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxSheetReaderTest {

    /** Five columns of which four are read; 100 rows, 100 cells, 10 characters, 1 MB of each part. */
    private static final XlsxLimits SMALL = limits(100, 100, 10, 1 << 20, 1 << 20);

    private static XlsxLimits limits(int rows, long cells, int text, long sheetBytes, long stringsBytes) {
        return new XlsxLimits(rows, 5, 4, cells, text, sheetBytes, stringsBytes, 1 << 20);
    }

    /** What a read handed on: each row as "number: A|B|C|D|E" with a trailing * on a formula, ! on a long text. */
    private static final class Seen {
        final List<String> rows = new ArrayList<>();
        final List<XlsxCell[]> cells = new ArrayList<>();

        void row(int number, XlsxCell[] row) {
            cells.add(row);
            rows.add(number + ": "
                    + String.join(
                            "|",
                            Arrays.stream(row)
                                    .map(c -> c == null
                                            ? "-"
                                            : c.text() + (c.formula() ? "*" : "") + (c.tooLong() ? "!" : ""))
                                    .toList()));
        }
    }

    private static Optional<XlsxRefusal> read(byte[] file, XlsxLimits limits, Seen seen) {
        return XlsxSheetReader.read(file, limits, seen::row);
    }

    @Test
    void eachRowComesWithTheFormatsColumnsAndOnlyTheValueColumnsKeepTheirText() {
        Seen seen = new Seen();
        byte[] file = HandMadeXlsx.of(
                "<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"inlineStr\"><is><r><t>WH</t></r>"
                        + "<r><t>-1</t></r></is></c><c r=\"C3\"><v>12.0</v></c><c r=\"D3\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"E3\"><f>C3*2</f><v>24</v></c><c r=\"Z3\"><f>1/0</f><v>#DIV/0!</v></c></row>"
                        + "<row r=\"4\"><c r=\"AB4\"><f>1</f></c></row>"
                        + "<row><c><v>1.5E3</v></c><c t=\"str\"><f>A5&amp;\"\"</f><v>1500</v></c></row>"
                        + "</sheetData></worksheet>",
                "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\"><si><t>500100001</t></si></sst>");
        assertEquals(Optional.empty(), read(file, SMALL, seen));
        assertEquals(
                List.of("1: code|-|-|-|-", "3: 500100001|WH-1|12|TRUE|*", "5: 1500|1500*|-|-|-"),
                seen.rows,
                "row 4 has no cell in the format's columns; its formula in AB is not looked at");
        assertEquals(5, seen.cells.get(1).length);
        assertTrue(seen.cells.get(1)[2].numeric());
        assertEquals(12.0, seen.cells.get(1)[2].number());
        assertFalse(seen.cells.get(1)[0].numeric(), "a code stored as text stays text");
    }

    @Test
    void theReadStopsAtTheFirstRowPastTheLimitWithoutReadingOn() {
        Seen seen = new Seen();
        // what follows row 4 is not even XML: had the reader gone on, it would be a damaged file, not too many rows
        byte[] file = HandMadeXlsx.of(
                ("<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\"><v>3</v></c></row><row r=\"4\"><c r=\"A4\"><v>4</v></c></row>"
                        + "<<< not xml"),
                null);
        assertEquals(Optional.of(XlsxRefusal.TOO_MANY_ROWS), read(file, limits(3, 100, 10, 1 << 20, 1 << 20), seen));
        assertEquals(List.of("1: 1|-|-|-|-", "2: 2|-|-|-|-", "3: 3|-|-|-|-"), seen.rows);
    }

    @Test
    void aRowNumberFarPastTheLimitIsRefusedAtOnce() {
        assertEquals(
                Optional.of(XlsxRefusal.TOO_MANY_ROWS),
                read(
                        HandMadeXlsx.withRows("<row r=\"99999999999999999999999\"><c r=\"A1\"><v>1</v></c></row>"),
                        SMALL,
                        new Seen()));
    }

    @Test
    void cellsAreCountedInEveryColumnEvenThoseNotRead() {
        String sixCells = "<row r=\"1\"><c r=\"AA1\"/><c r=\"AB1\"/><c r=\"AC1\"/><c r=\"AD1\"/><c r=\"AE1\"/>"
                + "<c r=\"AF1\"/></row>";
        assertEquals(
                Optional.of(XlsxRefusal.TOO_MANY_CELLS),
                read(HandMadeXlsx.withRows(sixCells), limits(100, 5, 10, 1 << 20, 1 << 20), new Seen()));
        assertEquals(
                Optional.empty(),
                read(HandMadeXlsx.withRows(sixCells), limits(100, 6, 10, 1 << 20, 1 << 20), new Seen()));
    }

    @Test
    void aSheetThatUnpacksPastItsAllowanceIsRefused() {
        String rows = "<row><c><v>1</v></c></row>".repeat(400); // 10 KB, a few hundred bytes packed
        assertEquals(
                Optional.of(XlsxRefusal.TOO_LARGE),
                read(HandMadeXlsx.withRows(rows), limits(1000, 1000, 10, 8_000, 1 << 20), new Seen()));
        assertEquals(
                Optional.empty(),
                read(HandMadeXlsx.withRows(rows), limits(1000, 1000, 10, 12_000, 1 << 20), new Seen()));
    }

    @Test
    void sharedStringsThatUnpackPastTheirAllowanceAreRefused() {
        String strings = "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\">" + "<si><t>x</t></si>".repeat(600) + "</sst>";
        byte[] file =
                HandMadeXlsx.of("<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData/></worksheet>", strings);
        assertEquals(
                Optional.of(XlsxRefusal.TOO_LARGE), read(file, limits(100, 10_000, 10, 1 << 20, 8_000), new Seen()));
    }

    @Test
    void moreSharedStringsThanTheSheetMayHaveCellsAreRefused() {
        byte[] file = HandMadeXlsx.of(
                "<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData/></worksheet>",
                "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\">" + "<si><t>x</t></si>".repeat(4) + "</sst>");
        assertEquals(Optional.of(XlsxRefusal.TOO_LARGE), read(file, limits(100, 3, 10, 1 << 20, 1 << 20), new Seen()));
    }

    @Test
    void aSharedStringsCountOfTwoBillionIsNotBelieved() {
        Seen seen = new Seen();
        byte[] file = HandMadeXlsx.of(
                "<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData><row r=\"2\">"
                        + "<c r=\"A2\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
                "<sst xmlns=\"" + HandMadeXlsx.MAIN
                        + "\" count=\"2000000000\" uniqueCount=\"2000000000\"><si><t>ok</t></si></sst>");
        assertEquals(Optional.empty(), read(file, SMALL, seen));
        assertEquals(List.of("2: ok|-|-|-|-"), seen.rows);
    }

    @Test
    void aTextLongerThanTheLimitIsMarkedAsTooLongNotCutQuietly() {
        Seen seen = new Seen();
        byte[] file = HandMadeXlsx.of(
                "<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData><row r=\"2\">"
                        + "<c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C2\" t=\"inlineStr\"><is><t>0123456789X</t></is></c><c r=\"D2\"><v>12345678901</v></c>"
                        + "</row></sheetData></worksheet>",
                "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\">"
                        + "<si><t>0123456789</t></si><si><t>0123456789</t><r><t>X</t></r></si></sst>");
        assertEquals(Optional.empty(), read(file, SMALL, seen));
        assertEquals(List.of("2: 0123456789|0123456789!|0123456789!|!|-"), seen.rows);
    }

    @Test
    void phoneticGuidesAreNotPartOfTheValue() {
        Seen seen = new Seen();
        byte[] file = HandMadeXlsx.of(
                "<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData><row r=\"2\">"
                        + "<c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>東京</t><rPh sb=\"0\" eb=\"2\">"
                        + "<t>トウキョウ</t></rPh></is></c></row></sheetData></worksheet>",
                "<sst xmlns=\"" + HandMadeXlsx.MAIN
                        + "\"><si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si></sst>");
        assertEquals(Optional.empty(), read(file, SMALL, seen));
        assertEquals(List.of("2: 東京|東京|-|-|-"), seen.rows);
    }

    @Test
    void cellsAndRowsWithoutReferencesFollowTheOnesBefore() {
        Seen seen = new Seen();
        assertEquals(
                Optional.empty(),
                read(
                        HandMadeXlsx.withRows("<row r=\"2\"><c r=\"B2\"><v>1</v></c>"
                                + "<c><v>2</v></c></row><row><c><v>3</v></c></row>"),
                        SMALL,
                        seen));
        assertEquals(List.of("2: -|1|2|-|-", "3: 3|-|-|-|-"), seen.rows);
    }

    @Test
    void aSharedStringTheFileDoesNotHaveMeansADamagedFile() {
        byte[] file = HandMadeXlsx.of(
                "<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData><row r=\"2\">"
                        + "<c r=\"A2\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>",
                "<sst xmlns=\"" + HandMadeXlsx.MAIN + "\"><si><t>only one</t></si></sst>");
        assertEquals(Optional.of(XlsxRefusal.NOT_XLSX), read(file, SMALL, new Seen()));
    }

    /** XML no spreadsheet program writes, that the parser would hold whole in memory whatever the handler keeps. */
    @ParameterizedTest
    @ValueSource(strings = {"attribute", "comment", "cdata", "instruction", "nesting", "nul"})
    void xmlThatOnlyCostsMemoryIsRefused(String kind) {
        String big = "x".repeat(300 * 1024);
        String inside = switch (kind) {
            case "attribute" -> "<row r=\"1\" spans=\"" + big + "\"/>";
            case "comment" -> "<!-- " + big + " -->";
            case "cdata" ->
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[" + big + "]]></t></is></c></row>";
            case "instruction" -> "<?pi " + big + "?>";
            case "nesting" -> "<x>".repeat(100) + "</x>".repeat(100);
            default -> "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\u0000b</t></is></c></row>";
        };
        assertEquals(Optional.of(XlsxRefusal.NOT_XLSX), read(HandMadeXlsx.withRows(inside), SMALL, new Seen()), kind);
    }

    @Test
    void aCommentMayHoldMarkupWithoutEndingItsLimit() {
        String comment = "<!-- " + "<a>-&gt;<b>".repeat(10_000) + " -->"; // '<' and '>' inside do not end it
        assertEquals(Optional.of(XlsxRefusal.NOT_XLSX), read(HandMadeXlsx.withRows(comment), SMALL, new Seen()));
    }

    @Test
    void filesThatAreNotAnXlsxAreRefusedAsAWhole() throws IOException {
        byte[] valid = HandMadeXlsx.withRows("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(foreign)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        byte[] ole2 = {
            (byte) 0xD0,
            (byte) 0xCF,
            0x11,
            (byte) 0xE0,
            (byte) 0xA1,
            (byte) 0xB1,
            0x1A,
            (byte) 0xE1,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
        };
        assertEquals(Optional.of(XlsxRefusal.NOT_XLSX), read(new byte[0], SMALL, new Seen()));
        assertEquals(
                Optional.of(XlsxRefusal.NOT_XLSX),
                read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), SMALL, new Seen()));
        assertEquals(Optional.of(XlsxRefusal.NOT_XLSX), read(foreign.toByteArray(), SMALL, new Seen()));
        assertEquals(
                Optional.of(XlsxRefusal.NOT_XLSX), read(Arrays.copyOf(valid, valid.length / 2), SMALL, new Seen()));
        assertEquals(Optional.of(XlsxRefusal.OLD_OR_ENCRYPTED), read(ole2, SMALL, new Seen()));
    }

    @Test
    void theCallersOwnFailureIsNotTakenForABrokenFile() {
        IllegalStateException bug = new IllegalStateException("a bug in the caller");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> XlsxSheetReader.read(
                        HandMadeXlsx.withRows("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), SMALL, (n, cells) -> {
                            throw bug;
                        }));
        assertSame(bug, thrown);
    }

    @Test
    void columnNamesAreExcels() {
        assertArrayEquals(new String[] {"A", "Z", "AA", "AZ", "BA", "XFD"}, new String[] {
            XlsxCell.columnName(0),
            XlsxCell.columnName(25),
            XlsxCell.columnName(26),
            XlsxCell.columnName(51),
            XlsxCell.columnName(52),
            XlsxCell.columnName(16383)
        });
    }
}
