package org.gridworks.capacity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Capacity workbooks as an administrator would type them: the export's headings, then rows of texts and numbers. */
public final class CapacityWorkbooks {

    private CapacityWorkbooks() {}

    /** Each row: substation, feeder (null for none), kV, unit, kVA, date; a String cell is text, a Number a number. */
    public static byte[] of(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("容量");
            Row heading = sheet.createRow(0);
            String[] titles = {"变电站", "线路", "电压（kV）", "单位", "可开放容量（kVA）", "数据日期"};
            for (int i = 0; i < titles.length; i++) {
                heading.createCell(i).setCellValue(titles[i]);
            }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
