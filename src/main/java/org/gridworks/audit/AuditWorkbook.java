package org.gridworks.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Messages;

/** An audit search as one Excel sheet, the rows as the audit page shows them (with the actor's login beside the name). */
final class AuditWorkbook {

    private AuditWorkbook() {}

    static byte[] workbook(List<AuditBacking.AuditRow> rows, Locale locale) {
        List<List<Object>> cells = new ArrayList<>();
        for (AuditBacking.AuditRow row : rows) {
            cells.add(List.of(
                    row.time(),
                    row.actor(),
                    row.actorName() == null ? "" : row.actorName(),
                    Messages.get(locale, "auditAction." + row.action().name()),
                    row.record(),
                    row.summary() == null ? "" : row.summary(),
                    row.changes()));
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(
                    Messages.get(locale, "audit.title"),
                    List.of(
                            Messages.get(locale, "audit.time"),
                            Messages.get(locale, "audit.login"),
                            Messages.get(locale, "audit.actor"),
                            Messages.get(locale, "audit.action"),
                            Messages.get(locale, "audit.record"),
                            Messages.get(locale, "audit.summary"),
                            Messages.get(locale, "audit.changes")),
                    cells);
            return sheets.bytes();
        }
    }
}
