package org.gridworks.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Messages;

/** The project list as Excel: the filtered projects, a page at a time from the database, at most 10,000. */
final class ProjectListWorkbook {

    static final int MAX_ROWS = 10_000;

    private ProjectListWorkbook() {}

    static byte[] write(ProjectSearch search, ProjectFilter filter, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (int first = 0; first < MAX_ROWS; first += ProjectSearch.MAX_PAGE) {
            List<ConnectionProject> page = search.find(filter, first, ProjectSearch.MAX_PAGE, "number", true);
            for (ConnectionProject p : page) {
                List<Object> row = new ArrayList<>();
                row.add(p.getNumber());
                row.add(p.getCustomerName());
                row.add(p.getUnit().name(locale));
                row.add(Messages.get(locale, "category." + p.getCategory()));
                row.add(String.valueOf(p.getAcceptedOn()));
                row.add(Messages.get(locale, "projectStatus." + p.getStatus()));
                row.add(Messages.get(locale, "clockStatus." + p.getClockStatus()));
                row.add(p.getClockUsed());
                row.add(p.getClockLimit());
                row.add(p.getClockDue() == null ? "" : p.getClockDue().toString());
                rows.add(row);
            }
            if (page.size() < ProjectSearch.MAX_PAGE) {
                break;
            }
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(
                    Messages.get(locale, "projects.title"),
                    List.of(
                            Messages.get(locale, "field.number"),
                            Messages.get(locale, "field.customer"),
                            Messages.get(locale, "field.unit"),
                            Messages.get(locale, "field.category"),
                            Messages.get(locale, "field.acceptedOn"),
                            Messages.get(locale, "field.status"),
                            Messages.get(locale, "field.clock"),
                            Messages.get(locale, "projects.used"),
                            Messages.get(locale, "projects.limit"),
                            Messages.get(locale, "field.due")),
                    rows);
            return sheets.bytes();
        }
    }
}
