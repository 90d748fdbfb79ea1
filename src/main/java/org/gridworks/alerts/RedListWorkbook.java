package org.gridworks.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Messages;

/** The red list as Excel: one row per overdue record, as the supervisors' page lists it. */
final class RedListWorkbook {

    private RedListWorkbook() {}

    static byte[] write(List<InboxService.RedItem> red, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (InboxService.RedItem item : red) {
            rows.add(List.of(
                    Messages.get(
                            locale,
                            "subjectType." + item.state().getSubjectType().name()),
                    item.latest().title(locale),
                    item.latest().text(locale),
                    item.unit() == null ? "" : item.unit(),
                    item.state().getSince().format(AlertsBacking.WHEN)));
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(
                    Messages.get(locale, "alerts.red"),
                    List.of(
                            Messages.get(locale, "alerts.kind"),
                            Messages.get(locale, "alerts.record"),
                            Messages.get(locale, "alerts.what"),
                            Messages.get(locale, "field.unit"),
                            Messages.get(locale, "alerts.redSince")),
                    rows);
            return sheets.bytes();
        }
    }
}
