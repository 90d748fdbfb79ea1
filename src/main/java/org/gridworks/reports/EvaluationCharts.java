package org.gridworks.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.platform.chart.ChartJson;
import org.gridworks.platform.i18n.Messages;

/**
 * The evaluation's charts: compliance by unit, the monthly trend, handling time against the limit per step. The
 * evaluation page and the supervisor's dashboard both draw them from here.
 */
public final class EvaluationCharts {

    private EvaluationCharts() {}

    /** Compliance rate per unit as bars; a unit is named in the reader's language when its name is known. */
    public static String byUnit(List<Evaluation.Group> byUnit, Map<String, String> unitNames, Locale locale) {
        return ChartJson.bar(locale)
                .labels(byUnit.stream()
                        .map(g -> unitNames.getOrDefault(g.key(), g.key()))
                        .toList())
                .series(
                        m(locale, "report.rate"),
                        byUnit.stream().map(Evaluation.Group::rate).toList())
                .scale(ChartJson.Scale.SHARE)
                .xTitle(m(locale, "field.unit"))
                .yTitle(m(locale, "report.rate"))
                .toJson();
    }

    /** Compliance rate month by month as a line; a month with nothing connected is a gap, not 0 %. */
    public static String trend(List<Evaluation.MonthPoint> trend, Locale locale) {
        return ChartJson.line(locale)
                .labels(trend.stream().map(Evaluation.MonthPoint::month).toList())
                .series(
                        m(locale, "report.rate"),
                        trend.stream().map(Evaluation.MonthPoint::rate).toList())
                .scale(ChartJson.Scale.SHARE)
                .xTitle(m(locale, "report.month"))
                .yTitle(m(locale, "report.rate"))
                .toJson();
    }

    /** Average working days per step as bars, the average budget of the same steps as the limit line. */
    public static String steps(List<Evaluation.StepRate> steps, Locale locale) {
        return ChartJson.bar(locale)
                .labels(steps.stream()
                        .map(s -> m(locale, "stepCode." + s.step()))
                        .toList())
                .series(
                        m(locale, "report.averageDays"),
                        steps.stream().map(Evaluation.StepRate::averageDays).toList())
                .limit(
                        m(locale, "report.averageLimit"),
                        steps.stream().map(Evaluation.StepRate::averageLimit).toList())
                .scale(ChartJson.Scale.DAYS)
                .xTitle(m(locale, "report.step"))
                .yTitle(m(locale, "report.workingDays"))
                .toJson();
    }

    private static String m(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
