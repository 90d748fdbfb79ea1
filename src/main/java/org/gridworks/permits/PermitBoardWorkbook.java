package org.gridworks.permits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Messages;

/** The clerk's board as Excel: one row per open permit track, as the board shows it. */
final class PermitBoardWorkbook {

    private PermitBoardWorkbook() {}

    static byte[] write(List<PermitRow> board, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (PermitRow row : board) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.projectNumber());
            cells.add(row.customer());
            cells.add(row.typeName());
            cells.add(row.authority());
            cells.add(Messages.get(locale, "permitStatus." + row.status()));
            cells.add(row.submittedOn() == null ? "" : row.submittedOn().toString());
            cells.add(row.due() == null ? "" : row.due().toString());
            cells.add(row.clock() == null ? "" : Messages.get(locale, "clockStatus." + row.clock()));
            cells.add(row.used());
            cells.add(row.limit());
            rows.add(cells);
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(
                    Messages.get(locale, "permits.board"),
                    List.of(
                            Messages.get(locale, "field.number"),
                            Messages.get(locale, "field.customer"),
                            Messages.get(locale, "permits.type"),
                            Messages.get(locale, "permits.authority"),
                            Messages.get(locale, "field.status"),
                            Messages.get(locale, "permits.submittedOn"),
                            Messages.get(locale, "field.due"),
                            Messages.get(locale, "field.clock"),
                            Messages.get(locale, "projects.used"),
                            Messages.get(locale, "projects.limit")),
                    rows);
            return sheets.bytes();
        }
    }
}
