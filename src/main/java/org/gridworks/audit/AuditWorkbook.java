package org.gridworks.audit;

import java.util.ArrayList;
import java.util.Arrays;
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
            cells.add(Arrays.asList(
                    row.time(),
                    row.actor(),
                    row.actorName(),
                    Messages.get(locale, "auditAction." + row.action().name()),
                    row.record(),
                    row.summary(),
                    row.changes()));
        }
        return Sheets.oneTable(
                locale,
                "audit.title",
                Sheets.headings(
                        locale,
                        "audit.time",
                        "audit.login",
                        "audit.actor",
                        "audit.action",
                        "audit.record",
                        "audit.summary",
                        "audit.changes"),
                cells);
    }
}
