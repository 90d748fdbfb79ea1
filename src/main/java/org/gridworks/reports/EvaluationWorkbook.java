package org.gridworks.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Messages;

/** The evaluation as an Excel workbook: every table of the page, one sheet each, headings in the reader's language. */
public final class EvaluationWorkbook {

    private EvaluationWorkbook() {}

    public static byte[] write(Evaluation e, Locale locale) {
        try (Sheets sheets = new Sheets()) {
            addTo(sheets, e, locale);
            return sheets.bytes();
        }
    }

    /** Adds the evaluation's tables to a workbook (the half-year report adds its own first). */
    static void addTo(Sheets sheets, Evaluation e, Locale locale) {
        List<String> groupHeadings = List.of(
                m(locale, "report.group"),
                m(locale, "report.closed"),
                m(locale, "report.compliant"),
                m(locale, "report.rate"),
                m(locale, "report.averageDays"),
                m(locale, "report.p90Days"),
                m(locale, "report.averageLimit"));
        sheets.table(m(locale, "report.byCategory"), groupHeadings, groups(e.byCategory(), locale, "category."));
        sheets.table(m(locale, "report.byUnit"), groupHeadings, groups(e.byUnit(), locale, null));
        sheets.table(
                m(locale, "report.steps"),
                List.of(
                        m(locale, "report.step"),
                        m(locale, "report.closed"),
                        m(locale, "report.met"),
                        m(locale, "report.rate")),
                e.steps().stream()
                        .map(s -> List.<Object>of(
                                m(locale, "stepCode." + s.step()), s.closed(), s.met(), new Sheets.Share(s.rate())))
                        .toList());
        sheets.table(
                m(locale, "report.trend"),
                List.of(
                        m(locale, "report.month"),
                        m(locale, "report.closed"),
                        m(locale, "report.compliant"),
                        m(locale, "report.rate")),
                e.trend().stream()
                        .map(p -> List.<Object>of(p.month(), p.closed(), p.compliant(), new Sheets.Share(p.rate())))
                        .toList());
        Evaluation.DeliveryFigures d = e.deliveries();
        sheets.table(
                m(locale, "report.deliveries"),
                List.of(
                        m(locale, "report.delivered"),
                        m(locale, "report.onTime"),
                        m(locale, "report.rate"),
                        m(locale, "report.averageLate")),
                List.of(row(d.delivered(), d.onTime(), new Sheets.Share(d.rate()), d.averageLateDays())));
        sheets.table(
                m(locale, "report.permits"),
                List.of(
                        m(locale, "report.permitType"),
                        m(locale, "permits.authority"),
                        m(locale, "report.decided"),
                        m(locale, "report.averageDays"),
                        m(locale, "report.overLimit")),
                e.permits().stream()
                        .map(p -> List.<Object>of(p.name(), p.authority(), p.decided(), p.averageDays(), p.overLimit()))
                        .toList());
        sheets.table(
                m(locale, "report.milestones"),
                List.of(
                        m(locale, "report.milestone"),
                        m(locale, "report.reached"),
                        m(locale, "report.averageSlip"),
                        m(locale, "report.late")),
                e.milestones().stream()
                        .map(f -> List.<Object>of(f.name(), f.reached(), f.averageSlip(), f.late()))
                        .toList());
    }

    private static List<List<Object>> groups(List<Evaluation.Group> groups, Locale locale, String keyPrefix) {
        List<List<Object>> rows = new ArrayList<>();
        for (Evaluation.Group g : groups) {
            rows.add(row(
                    keyPrefix == null ? g.key() : m(locale, keyPrefix + g.key()),
                    g.closed(),
                    g.compliant(),
                    new Sheets.Share(g.rate()),
                    g.averageDays(),
                    g.p90Days(),
                    g.averageLimit()));
        }
        return rows;
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value);
        }
        return row;
    }

    static String m(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
