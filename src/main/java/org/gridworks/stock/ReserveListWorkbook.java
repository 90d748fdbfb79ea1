package org.gridworks.stock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.xlsx.XlsxCell;
import org.gridworks.platform.xlsx.XlsxLimits;
import org.gridworks.platform.xlsx.XlsxRefusal;
import org.gridworks.platform.xlsx.XlsxSheetReader;

/**
 * The reserve list as an Excel workbook. The first four columns (material code, warehouse code, reserve level,
 * ceiling) are what an import reads; the others are there to help the reader and are ignored on import, so an
 * exported file can be edited and imported back.
 */
public final class ReserveListWorkbook {

    /** More rows than the whole company's list (5,000 materials × 10 warehouses) is not a reserve list. */
    static final int MAX_ROWS = 60_000;

    static final String[] HEADERS = {
        "materialCode",
        "warehouseCode",
        "minimum",
        "ceiling",
        "materialName",
        "spec",
        "uom",
        "warehouseName",
        "onHand",
        "reserved",
        "available",
        "inTransit",
        "belowReserve"
    };

    /** Material code, warehouse code, reserve level, ceiling: the columns an import reads. */
    static final int READ_COLUMNS = 4;

    /**
     * What an import may cost; the reader streams the sheet, so these bound time and the shared texts, not rows held.
     * Cells: twice a full export (heading and MAX_ROWS rows of all its columns), counted over every column so that a
     * wide sheet is refused after some thousands of rows instead of read, while an export with a few columns of the
     * user's own still passes. Sheet: a full export unpacks to 42 MB, to about 100 MB with the longest names and
     * specifications the catalogue allows. Shared texts are held while the sheet is read: Excel keeps a full
     * export's in about 1 MB. Other parts (content types, relationships, workbook) are a few KB. A cell of columns
     * A to D holds a code or a number: 255 characters is far past any.
     */
    static final XlsxLimits LIMITS = new XlsxLimits(
            MAX_ROWS + 1,
            HEADERS.length,
            READ_COLUMNS,
            2L * (MAX_ROWS + 1) * HEADERS.length,
            255,
            128L << 20,
            8L << 20,
            1L << 20);

    private ReserveListWorkbook() {}

    /** A line of the export. */
    public record Line(Material material, StockCell cell) {}

    /** A line read from an import, with its row number as Excel shows it. */
    public record LevelRow(int row, String material, String warehouse, int minimum, int ceiling) {}

    /** Why a row of an import was refused; row 0 is the file as a whole. */
    public record Problem(int row, String column, String messageKey, Object... arguments) {}

    /** What an import read: the good rows and the problems; when there are problems nothing is applied. */
    public record Parsed(List<LevelRow> rows, List<Problem> problems) {}

    public static byte[] write(List<Line> lines, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(Messages.get(locale, "reserve.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(Messages.get(locale, "reserve.column." + HEADERS[i]));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                StockCell cell = line.cell();
                Balance balance = cell.balance();
                row.createCell(0).setCellValue(line.material().getCode());
                row.createCell(1).setCellValue(cell.warehouse().getCode());
                if (cell.minimum() != null) {
                    row.createCell(2).setCellValue(cell.minimum());
                    row.createCell(3).setCellValue(cell.ceiling());
                }
                row.createCell(4).setCellValue(line.material().getName());
                row.createCell(5).setCellValue(line.material().getSpec());
                row.createCell(6).setCellValue(line.material().uom(locale));
                row.createCell(7).setCellValue(cell.warehouse().name(locale));
                row.createCell(8).setCellValue(balance.onHand());
                row.createCell(9).setCellValue(balance.reserved());
                row.createCell(10).setCellValue(balance.available());
                row.createCell(11).setCellValue(balance.inTransit());
                row.createCell(12).setCellValue(cell.isBelowReserve() ? Messages.get(locale, "form.yes") : "");
            }
            int[] widths = {16, 10, 10, 10, 24, 36, 6, 16, 10, 10, 10, 10, 10};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the levels of an uploaded workbook, checking each row on its own; never throws for what the file holds. */
    public static Parsed read(byte[] content) {
        return read(content, LIMITS);
    }

    static Parsed read(byte[] content, XlsxLimits limits) {
        RowChecks checks = new RowChecks(limits);
        Optional<XlsxRefusal> refusal = XlsxSheetReader.read(content, limits, checks::row);
        if (refusal.isPresent()) {
            // the rows read before the limit are dropped: nothing of a refused file is applied or kept
            return new Parsed(List.of(), List.of(refused(refusal.get(), limits)));
        }
        if (checks.rows.isEmpty() && checks.problems.isEmpty()) {
            return new Parsed(List.of(), List.of(new Problem(0, "", "reserve.empty")));
        }
        return new Parsed(checks.rows, checks.problems);
    }

    private static Problem refused(XlsxRefusal refusal, XlsxLimits limits) {
        return switch (refusal) {
            case NOT_XLSX -> new Problem(0, "", "reserve.notExcel");
            case OLD_OR_ENCRYPTED -> new Problem(0, "", "reserve.oldOrEncrypted");
            case TOO_MANY_ROWS -> new Problem(0, "", "reserve.tooManyRows", limits.maxRowNumber() - 1);
            case TOO_MANY_CELLS -> new Problem(0, "", "reserve.tooManyCells", limits.maxCells(), limits.columns());
            case TOO_LARGE -> new Problem(0, "", "reserve.tooLarge");
        };
    }

    /** The checks of each data row as the sheet is read; the heading (row 1) is not read. */
    private static final class RowChecks {

        private final XlsxLimits limits;
        private final List<LevelRow> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        RowChecks(XlsxLimits limits) {
            this.limits = limits;
        }

        void row(int excelRow, XlsxCell[] cells) {
            if (excelRow == 1) {
                return;
            }
            int before = problems.size();
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null && cells[c].formula()) {
                    // a formula's saved result may be stale or missing, and what it refers to is not imported
                    String column = XlsxCell.columnName(c);
                    problems.add(new Problem(excelRow, column, "reserve.formula", column + excelRow));
                } else if (cells[c] != null && cells[c].tooLong()) {
                    problems.add(
                            new Problem(excelRow, XlsxCell.columnName(c), "reserve.cellTooLong", limits.maxCellText()));
                }
            }
            if (problems.size() > before) {
                return;
            }
            String material = text(cells[0]);
            String warehouse = text(cells[1]).toUpperCase(Locale.ROOT);
            String minimumText = text(cells[2]);
            String ceilingText = text(cells[3]);
            if (minimumText.isEmpty() && ceilingText.isEmpty()) {
                return; // a blank line, or a pair the export lists for its stock but not on the reserve list
            }
            if (material.isEmpty()) {
                problems.add(new Problem(excelRow, "A", "reserve.materialMissing"));
            }
            if (warehouse.isEmpty()) {
                problems.add(new Problem(excelRow, "B", "reserve.warehouseMissing"));
            }
            Integer minimum = number(cells[2], minimumText, excelRow, "C", problems);
            Integer ceiling = number(cells[3], ceilingText, excelRow, "D", problems);
            if (minimum != null && ceiling != null && ceiling < minimum) {
                problems.add(new Problem(excelRow, "D", "reserve.ceilingBelowMinimum", ceiling, minimum));
            }
            if (!material.isEmpty() && !warehouse.isEmpty() && !seen.add(material + "\u0000" + warehouse)) {
                problems.add(new Problem(excelRow, "A", "reserve.duplicate", material, warehouse));
            }
            if (problems.size() == before) {
                rows.add(new LevelRow(excelRow, material, warehouse, minimum, ceiling));
            }
        }
    }

    private static Integer number(XlsxCell cell, String text, int row, String column, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(new Problem(row, column, "reserve.numberMissing"));
            return null;
        }
        double value;
        if (cell.numeric()) {
            value = cell.number();
        } else {
            try {
                value = Double.parseDouble(text.replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, column, "reserve.notANumber", text));
                return null;
            }
        }
        if (value != Math.rint(value) || Math.abs(value) > StockCommands.MAX_QUANTITY) {
            problems.add(new Problem(row, column, "reserve.notWhole", text));
            return null;
        }
        if (value < 0) {
            problems.add(new Problem(row, column, "reserve.negative", text));
            return null;
        }
        return (int) value;
    }

    private static String text(XlsxCell cell) {
        return cell == null ? "" : cell.text().trim();
    }
}
