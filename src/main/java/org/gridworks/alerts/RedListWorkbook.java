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
        return Sheets.oneTable(
                locale,
                "alerts.red",
                Sheets.headings(locale, "alerts.kind", "alerts.record", "alerts.what", "field.unit", "alerts.redSince"),
                rows);
    }
}
