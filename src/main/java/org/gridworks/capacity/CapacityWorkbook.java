package org.gridworks.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.xlsx.XlsxCell;
import org.gridworks.platform.xlsx.XlsxLimits;
import org.gridworks.platform.xlsx.XlsxRefusal;
import org.gridworks.platform.xlsx.XlsxSheetReader;

/**
 * Grid capacity as an Excel workbook. Columns A to F (substation, feeder, voltage in kV, unit code or district name,
 * available kVA, date of the figure) are what an import reads; G and H (the district's name and the colour) help the
 * reader and are ignored, so an export can be edited and imported back.
 */
public final class CapacityWorkbook {

    static final String[] HEADERS = {
        "substation", "feeder", "voltageKv", "unit", "availableKva", "updatedOn", "district", "level"
    };

    /** The fields of the read columns, A to F, as CapacityRules names them. */
    static final List<String> FIELDS =
            List.of("substation", "feeder", "voltageKv", "unit", "availableKva", "updatedOn");

    /** A whole province's substations and feeders are a few thousand rows: 5,000 is more than one company keeps. */
    static final int MAX_ROWS = 5_000;

    static final XlsxLimits LIMITS = new XlsxLimits(
            MAX_ROWS + 1,
            HEADERS.length,
            FIELDS.size(),
            4L * (MAX_ROWS + 1) * HEADERS.length,
            255,
            32L << 20,
            4L << 20,
            1L << 20);

    private CapacityWorkbook() {}

    /** A row read from an import, with its row number as Excel shows it. */
    public record Line(int row, CapacityForm form) {}

    /** Why a row was refused: its row (0 for the file as a whole), its column's letter, the message and arguments. */
    public record Problem(int row, String column, String messageKey, Object... arguments) {}

    /** What an import read: the rows the file's own checks passed, and every problem. */
    public record Parsed(List<Line> lines, List<Problem> problems) {}

    public static String column(String field) {
        int i = FIELDS.indexOf(field);
        return i < 0 ? "" : XlsxCell.columnName(i);
    }

    /** The rows as the export writes them: headings in the reader's language, numbers as numbers. */
    public static byte[] write(List<CapacityRow> rows, Locale locale) {
        List<List<Object>> table = new ArrayList<>();
        for (CapacityRow r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(r.substation());
            line.add(r.feeder());
            line.add(r.voltageKv());
            line.add(r.unitCode());
            line.add(r.availableKva());
            line.add(r.updatedOn().toString());
            line.add(r.districtName(locale));
            line.add(org.gridworks.platform.i18n.Messages.get(
                    locale, "capacity.level." + r.level().name()));
            table.add(line);
        }
        List<String> headings = java.util.Arrays.stream(HEADERS)
                .map(h -> org.gridworks.platform.i18n.Messages.get(locale, "capacity.column." + h))
                .toList();
        return Sheets.oneTable(locale, "capacity.sheet", headings, table);
    }

    /** Reads an uploaded workbook; never throws for what the file holds. */
    public static Parsed read(byte[] content) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Optional<XlsxRefusal> refusal = XlsxSheetReader.read(content, LIMITS, (row, cells) -> {
            if (row > 1) {
                line(row, cells, lines, problems);
            }
        });
        if (refusal.isPresent()) {
            return new Parsed(List.of(), List.of(refused(refusal.get())));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            return new Parsed(List.of(), List.of(new Problem(0, "", "capacity.importEmpty")));
        }
        return new Parsed(lines, problems);
    }

    private static Problem refused(XlsxRefusal refusal) {
        return switch (refusal) {
            case NOT_XLSX -> new Problem(0, "", "reserve.notExcel");
            case OLD_OR_ENCRYPTED -> new Problem(0, "", "reserve.oldOrEncrypted");
            case TOO_MANY_ROWS -> new Problem(0, "", "reserve.tooManyRows", MAX_ROWS);
            case TOO_MANY_CELLS -> new Problem(0, "", "reserve.tooManyCells", LIMITS.maxCells(), LIMITS.columns());
            case TOO_LARGE -> new Problem(0, "", "reserve.tooLarge");
        };
    }

    private static void line(int row, XlsxCell[] cells, List<Line> lines, List<Problem> problems) {
        int before = problems.size();
        boolean empty = true;
        for (int c = 0; c < FIELDS.size(); c++) {
            XlsxCell cell = c < cells.length ? cells[c] : null;
            if (cell == null) {
                continue;
            }
            if (!cell.text().isBlank()) {
                empty = false;
            }
            String column = XlsxCell.columnName(c);
            if (cell.formula()) {
                problems.add(new Problem(row, column, "reserve.formula", column + row));
            } else if (cell.tooLong()) {
                problems.add(new Problem(row, column, "reserve.cellTooLong", LIMITS.maxCellText()));
            }
        }
        if (empty || problems.size() > before) {
            return; // a blank line is passed over; a formula or an overlong cell is not read further
        }
        BigDecimal kv = null;
        String kvText = text(cells, 2);
        if (!kvText.isEmpty()) {
            try {
                kv = new BigDecimal(kvText.replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, "C", "reserve.notANumber", kvText));
            }
        }
        Integer kva = null;
        String kvaText = text(cells, 4);
        if (!kvaText.isEmpty()) {
            try {
                BigDecimal value = new BigDecimal(kvaText.replace(",", ""));
                if (value.stripTrailingZeros().scale() > 0) {
                    problems.add(new Problem(row, "E", "reserve.notWhole", kvaText));
                } else if (value.abs().compareTo(BigDecimal.valueOf(CapacityRules.MAX_KVA)) > 0) {
                    kva = CapacityRules.MAX_KVA + 1; // reported by the range check below
                } else {
                    kva = value.intValueExact();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(new Problem(row, "E", "reserve.notANumber", kvaText));
            }
        }
        LocalDate on = null;
        String dateText = text(cells, 5);
        if (!dateText.isEmpty()) {
            on = date(cells[5], dateText);
            if (on == null) {
                problems.add(new Problem(row, "F", "capacity.dateFormat", dateText));
            }
        }
        if (problems.size() > before) {
            return;
        }
        lines.add(new Line(
                row, new CapacityForm(null, text(cells, 0), text(cells, 1), kv, text(cells, 3), kva, on, null)));
    }

    /** 2026-11-30 as text (what the export writes), or a date Excel keeps as a day number (what a typed date is). */
    private static LocalDate date(XlsxCell cell, String text) {
        if (cell.numeric()) {
            double days = cell.number();
            if (days >= 1 && days < 2_958_466 && days == Math.rint(days)) {
                return LocalDate.of(1899, 12, 30).plusDays((long) days); // Excel's 1900 system, past its 1900 leap day
            }
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(XlsxCell[] cells, int column) {
        XlsxCell cell = column < cells.length ? cells[column] : null;
        return cell == null ? "" : cell.text().trim();
    }
}
