package org.gridworks.stock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gridworks.platform.i18n.Messages;

/**
 * The reserve list as an Excel workbook. The first four columns (material code, warehouse code, reserve level,
 * ceiling) are what an import reads; the others are there to help the reader and are ignored on import, so an
 * exported file can be edited and imported back.
 */
public final class ReserveListWorkbook {

    /** More rows than the whole company's list (5,000 materials × 10 warehouses) is not a reserve list. */
    static final int MAX_ROWS = 60_000;

    static final String[] HEADERS = {"materialCode", "warehouseCode", "minimum", "ceiling", "materialName", "spec",
            "uom", "warehouseName", "onHand", "reserved", "available", "inTransit", "belowReserve"};

    private ReserveListWorkbook() {
    }

    /** A line of the export. */
    public record Line(Material material, StockCell cell) {
    }

    /** A line read from an import, with its row number as Excel shows it. */
    public record LevelRow(int row, String material, String warehouse, int minimum, int ceiling) {
    }

    /** Why a row of an import was refused; row 0 is the file as a whole. */
    public record Problem(int row, String column, String messageKey, Object... arguments) {
    }

    /** What an import read: the good rows and the problems; when there are problems nothing is applied. */
    public record Parsed(List<LevelRow> rows, List<Problem> problems) {
    }

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
                row.createCell(6).setCellValue(line.material().getUom());
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

    /** Reads the levels of an uploaded workbook, checking each row on its own. */
    public static Parsed read(byte[] content) {
        List<LevelRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException notExcel) {
            // POI says why in English only; the user needs to know it is not an Excel file.
            return new Parsed(List.of(), List.of(new Problem(0, "", "reserve.notExcel")));
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Parsed(List.of(), List.of(new Problem(0, "", "reserve.empty")));
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new Parsed(List.of(), List.of(new Problem(0, "", "reserve.tooManyRows", MAX_ROWS)));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Set<String> seen = new HashSet<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String material = text(row.getCell(0), formatter);
                String warehouse = text(row.getCell(1), formatter).toUpperCase(Locale.ROOT);
                String minimumText = text(row.getCell(2), formatter);
                String ceilingText = text(row.getCell(3), formatter);
                if (minimumText.isEmpty() && ceilingText.isEmpty()) {
                    continue; // a blank line, or a pair the export lists for its stock but not on the reserve list
                }
                int excelRow = r + 1;
                int before = problems.size();
                if (material.isEmpty()) {
                    problems.add(new Problem(excelRow, "A", "reserve.materialMissing"));
                }
                if (warehouse.isEmpty()) {
                    problems.add(new Problem(excelRow, "B", "reserve.warehouseMissing"));
                }
                Integer minimum = number(row.getCell(2), minimumText, excelRow, "C", problems);
                Integer ceiling = number(row.getCell(3), ceilingText, excelRow, "D", problems);
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
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(0, "", "reserve.empty"));
            }
            return new Parsed(rows, problems);
        } catch (IOException e) {
            return new Parsed(List.of(), List.of(new Problem(0, "", "reserve.notExcel")));
        }
    }

    private static Integer number(Cell cell, String text, int row, String column, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(new Problem(row, column, "reserve.numberMissing"));
            return null;
        }
        double value;
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            value = cell.getNumericCellValue();
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

    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? "" : formatter.formatCellValue(cell).trim();
    }
}
