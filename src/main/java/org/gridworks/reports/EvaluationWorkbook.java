package org.gridworks.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.BusinessException;
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

    /**
     * The evaluation with the period's applications against the document targets (enterprise applications flagged
     * for their documents, on-site replies) and the late items by unit and cause (the delays area counts them).
     */
    public static byte[] write(
            Evaluation e,
            ApplicationFigures applications,
            List<org.gridworks.delays.DelayCounts.Row> causes,
            Locale locale) {
        try (Sheets sheets = new Sheets()) {
            addTo(sheets, e, locale);
            sheets.table(
                    m(locale, "report.applications"),
                    List.of(
                            m(locale, "report.enterprise"),
                            m(locale, "report.documentsFlagged"),
                            m(locale, "report.onsiteEligible"),
                            m(locale, "report.onsiteDone")),
                    List.of(List.<Object>of(
                            applications.enterprise(),
                            applications.documentsFlagged(),
                            applications.onsiteEligible(),
                            applications.onsiteDone())));
            sheets.table(
                    m(locale, "delays.title"),
                    List.of(
                            m(locale, "delays.unit"),
                            m(locale, "delays.cause"),
                            m(locale, "delays.late"),
                            m(locale, "delays.confirmed")),
                    causes.stream()
                            .map(c -> List.<Object>of(
                                    c.unit(), m(locale, "delayCause." + c.cause()), c.late(), c.confirmed()))
                            .toList());
            return sheets.bytes();
        }
    }

    /** One table of the evaluation (byUnit, trend or steps): the numbers behind one chart. */
    public static byte[] writeTable(Evaluation e, String table, Locale locale) {
        try (Sheets sheets = new Sheets()) {
            switch (table) {
                case "byUnit" -> byUnit(sheets, e.byUnit(), locale);
                case "trend" -> trend(sheets, e.trend(), locale);
                case "steps" -> steps(sheets, e.steps(), locale);
                default -> throw BusinessException.invalid("table", "report.unknownTable", table);
            }
            return sheets.bytes();
        }
    }

    /** Adds the evaluation's tables to a workbook (the half-year report adds its own first). */
    static void addTo(Sheets sheets, Evaluation e, Locale locale) {
        sheets.table(
                m(locale, "report.byCategory"), groupHeadings(locale), groups(e.byCategory(), locale, "category."));
        byUnit(sheets, e.byUnit(), locale);
        steps(sheets, e.steps(), locale);
        trend(sheets, e.trend(), locale);
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

    private static List<String> groupHeadings(Locale locale) {
        return List.of(
                m(locale, "report.group"),
                m(locale, "report.closed"),
                m(locale, "report.compliant"),
                m(locale, "report.rate"),
                m(locale, "report.averageDays"),
                m(locale, "report.p90Days"),
                m(locale, "report.averageLimit"));
    }

    private static void byUnit(Sheets sheets, List<Evaluation.Group> byUnit, Locale locale) {
        sheets.table(m(locale, "report.byUnit"), groupHeadings(locale), groups(byUnit, locale, null));
    }

    private static void steps(Sheets sheets, List<Evaluation.StepRate> steps, Locale locale) {
        sheets.table(
                m(locale, "report.steps"),
                List.of(
                        m(locale, "report.step"),
                        m(locale, "report.closed"),
                        m(locale, "report.met"),
                        m(locale, "report.rate"),
                        m(locale, "report.averageDays"),
                        m(locale, "report.averageLimit")),
                steps.stream()
                        .map(s -> row(
                                m(locale, "stepCode." + s.step()),
                                s.closed(),
                                s.met(),
                                new Sheets.Share(s.rate()),
                                s.averageDays(),
                                s.averageLimit()))
                        .toList());
    }

    private static void trend(Sheets sheets, List<Evaluation.MonthPoint> trend, Locale locale) {
        sheets.table(
                m(locale, "report.trend"),
                List.of(
                        m(locale, "report.month"),
                        m(locale, "report.closed"),
                        m(locale, "report.compliant"),
                        m(locale, "report.rate")),
                trend.stream()
                        .map(p -> List.<Object>of(p.month(), p.closed(), p.compliant(), new Sheets.Share(p.rate())))
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
