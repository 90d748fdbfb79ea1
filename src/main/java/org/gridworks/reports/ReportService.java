package org.gridworks.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.identity.Unit;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.WatchSource;
import org.gridworks.platform.watch.WatchSources;
import org.gridworks.platform.watch.Watched;

/** The half-year progress report per county company, and its workbook. */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class ReportService {

    /** The legal limits are to be kept every time: the goals are 100%. */
    static final double TARGET = 1.0;

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationService evaluations;

    @Inject
    WatchSources watchSources;

    @Inject
    org.gridworks.delays.DelayCounts delayCounts;

    public HalfYearReport halfYear(String unitCode, int year, int half, Locale locale) {
        if (half < 1 || half > 2) {
            throw BusinessException.invalid("half", "report.badHalf");
        }
        if (year < 2000 || year > 2099) {
            throw BusinessException.invalid("year", "report.badYear");
        }
        String scoped = evaluations.scope(unitCode);
        if (scoped == null) {
            throw BusinessException.invalid("unit", "report.unitRequired");
        }
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class)
                .setParameter("c", scoped)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.invalid("unit", "report.unknownUnit", scoped));
        Evaluation e = evaluations.evaluate(Period.of(year, Period.Kind.HALF, half), scoped, locale);
        List<HalfYearReport.Goal> goals = List.of(
                goal("report.goal.compliance", e.total().rate()),
                goal("report.goal.deliveries", e.deliveries().rate()),
                goal("report.goal.permits", permitsWithinLimit(e)));
        List<HalfYearReport.Problem> problems = new ArrayList<>();
        for (WatchSource source : watchSources.all()) {
            for (Watched w : source.watched()) {
                if (w.colour() == Colour.RED && w.unitId() == unit.getId()) {
                    problems.add(new HalfYearReport.Problem(
                            w.type().name(),
                            w.reference(),
                            Messages.get(locale, w.messageKey(), w.args().toArray()),
                            source.page(w.id(), w.projectId())));
                }
            }
        }
        List<org.gridworks.delays.DelayCounts.TopCause> causes = org.gridworks.delays.DelayCounts.top(
                delayCounts.count(e.period().from(), e.period().to(), scoped));
        return new HalfYearReport(unit.getCode(), unit.name(locale), year, half, e, goals, problems, causes);
    }

    public byte[] halfYearWorkbook(HalfYearReport report, Locale locale) {
        try (Sheets sheets = new Sheets()) {
            List<List<Object>> goals = new ArrayList<>();
            for (HalfYearReport.Goal g : report.goals()) {
                List<Object> row = new ArrayList<>();
                row.add(Messages.get(locale, g.key()));
                row.add(new Sheets.Share(g.actual()));
                row.add(new Sheets.Share(g.target()));
                row.add(g.met() == null ? "" : Messages.get(locale, g.met() ? "form.yes" : "form.no"));
                goals.add(row);
            }
            Evaluation.Group t = report.evaluation().total();
            sheets.table(
                    Messages.get(locale, "report.goals"),
                    List.of(
                            Messages.get(locale, "report.goal"),
                            Messages.get(locale, "report.actual"),
                            Messages.get(locale, "report.target"),
                            Messages.get(locale, "report.goalMet")),
                    goals);
            sheets.table(
                    Messages.get(locale, "report.summary"),
                    List.of(
                            Messages.get(locale, "field.unit"),
                            Messages.get(locale, "report.period"),
                            Messages.get(locale, "report.closed"),
                            Messages.get(locale, "report.compliant"),
                            Messages.get(locale, "report.rate"),
                            Messages.get(locale, "report.averageDays"),
                            Messages.get(locale, "report.p90Days")),
                    List.of(new ArrayList<>(java.util.Arrays.asList(
                            report.unitName(),
                            report.evaluation().period().from() + " ~ "
                                    + report.evaluation().period().to(),
                            t.closed(),
                            t.compliant(),
                            new Sheets.Share(t.rate()),
                            t.averageDays(),
                            t.p90Days()))));
            EvaluationWorkbook.addTo(sheets, report.evaluation(), locale);
            sheets.table(
                    Messages.get(locale, "report.problems"),
                    List.of(
                            Messages.get(locale, "report.problemType"),
                            Messages.get(locale, "report.reference"),
                            Messages.get(locale, "report.problem")),
                    report.problems().stream()
                            .map(p -> List.<Object>of(
                                    Messages.get(locale, "subjectType." + p.type()), p.reference(), p.text()))
                            .toList());
            String separator = Messages.get(locale, "list.separator");
            sheets.table(
                    Messages.get(locale, "delays.topTitle"),
                    List.of(
                            Messages.get(locale, "delays.unit"),
                            Messages.get(locale, "delays.top"),
                            Messages.get(locale, "delays.late"),
                            Messages.get(locale, "report.lateInAll")),
                    report.causes().stream()
                            .map(c -> List.<Object>of(
                                    c.unit(),
                                    c.causes().stream()
                                            .map(cause -> Messages.get(locale, "delayCause." + cause))
                                            .collect(java.util.stream.Collectors.joining(separator)),
                                    c.late(),
                                    c.total()))
                            .toList());
            return sheets.bytes();
        }
    }

    /** The share of decided permits that kept their limit. */
    private static Double permitsWithinLimit(Evaluation e) {
        long decided =
                e.permits().stream().mapToLong(Evaluation.PermitFigure::decided).sum();
        long over = e.permits().stream()
                .mapToLong(Evaluation.PermitFigure::overLimit)
                .sum();
        return Figures.rate(decided - over, decided);
    }

    private static HalfYearReport.Goal goal(String key, Double actual) {
        return new HalfYearReport.Goal(key, actual, TARGET, actual == null ? null : actual >= TARGET);
    }
}
