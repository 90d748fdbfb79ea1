package org.gridworks.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridworks.platform.i18n.Messages;

/** Writes tables into an .xlsx workbook: one sheet per table, a bold heading row, numbers as numbers. */
public final class Sheets implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle percent;

    public Sheets() {
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
    }

    /** A value to be shown as a percentage (a share between 0 and 1). */
    public record Share(Double value) {}

    /** Column headings from bundle keys, in the reader's language. */
    public static List<String> headings(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> Messages.get(locale, key)).toList();
    }

    /** A workbook of one table, its name and headings from bundle keys: what most downloads are. */
    public static byte[] oneTable(Locale locale, String nameKey, List<String> headings, List<List<Object>> rows) {
        try (Sheets sheets = new Sheets()) {
            return sheets.table(Messages.get(locale, nameKey), headings, rows).bytes();
        }
    }

    public Sheets table(String name, List<String> headings, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(safe(name));
        Row header = sheet.createRow(0);
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headings.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, Math.max(10, Math.min(60, headings.get(i).length() * 3 + 4)) * 256);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                Cell cell = row.createCell(i);
                if (value instanceof Share share) {
                    if (share.value() != null) {
                        cell.setCellValue(share.value());
                        cell.setCellStyle(percent);
                    }
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel refuses some characters in sheet names and more than 31 of them. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
