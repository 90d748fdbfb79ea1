package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gridworks.platform.xlsx.HandMadeXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook that took the whole heap: 60,000 rows of 106 numbers, inside the row limit. POI's usermodel builds an
 * object for every cell (6.4 million); the stream reader counts the cells and stops when there are more than a
 * reserve list has. The reads run in a JVM of their own with a 64 MB heap, in which the usermodel runs out of memory
 * at once (so does OPCPackage.open(InputStream), which unpacks the 220 MB sheet before it is read).
 */
class ReserveListWorkbookBombTest {

    private static final String SMALL_HEAP = "-Xmx64m";
    private static final int ROWS = 60_000;
    private static final int COLUMNS = 106;

    @Test
    void theBombIsRefusedForItsCellsWithinASmallHeap(@TempDir Path dir) throws Exception {
        Path written = dir.resolve("written-by-poi.xlsx");
        Files.write(written, writtenByPoi());
        Path packed = dir.resolve("without-references.xlsx");
        Files.write(packed, withoutReferences());
        assertTrue(Files.size(packed) < ReserveListService.MAX_FILE, "small enough to be uploaded");
        Path output = dir.resolve("output.txt");
        Process read = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        SMALL_HEAP,
                        "-XX:+UseSerialGC",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReserveListReadInSmallHeap.class.getName(),
                        written.toString(),
                        packed.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = read.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            read.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, "the reads took more than a minute:\n" + printed);
        assertEquals(0, read.exitValue(), "the reads failed in " + SMALL_HEAP + ":\n" + printed);
        assertEquals(
                List.of("rows 0", "problem 0  reserve.tooManyCells", "rows 0", "problem 0  reserve.tooManyCells"),
                printed.lines().filter(line -> !line.startsWith("millis ")).toList(),
                printed);
    }

    /** Written by SXSSFWorkbook as Excel would write it, every cell with its reference: 13 MB, 220 MB unpacked. */
    private static byte[] writtenByPoi() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("levels");
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < COLUMNS; c++) {
                    row.createCell(c).setCellValue(1);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The same cells without their references, which a sheet may leave out: 0.4 MB, under the upload limit. */
    private static byte[] withoutReferences() {
        byte[] cells = "<c><v>1</v></c>".repeat(COLUMNS).getBytes(StandardCharsets.US_ASCII);
        return HandMadeXlsx.of(
                (OutputStream out) -> {
                    out.write(("<worksheet xmlns=\"" + HandMadeXlsx.MAIN + "\"><sheetData>")
                            .getBytes(StandardCharsets.US_ASCII));
                    for (int r = 1; r <= ROWS; r++) {
                        out.write(("<row r=\"" + r + "\">").getBytes(StandardCharsets.US_ASCII));
                        out.write(cells);
                        out.write("</row>".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
                },
                null);
    }
}
