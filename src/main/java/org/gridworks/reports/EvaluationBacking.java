package org.gridworks.reports;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.identity.UnitService;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The evaluation page: a period (month, quarter, half-year or year) and a unit (supervisors pick any, others see
 * their own), the figures with charts per unit, month and step beside their tables, every table downloadable as
 * Excel (all together, or one chart's table).
 */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationService evaluations;

    @Inject
    UnitService units;

    @Inject
    CurrentCaller callers;

    @Inject
    SystemInfo system;

    private int year;
    private Period.Kind kind = Period.Kind.HALF;
    private int number;
    private String unit;
    private boolean everyUnit;
    private List<UnitChoice> unitChoices = List.of();
    private Evaluation evaluation;
    private ApplicationFigures applications;

    /** A unit in the picker. */
    public record UnitChoice(String code, String name) implements Serializable {}

    public void load() {
        Caller caller = callers.require();
        everyUnit = caller.seesEveryUnit();
        Locale locale = locale();
        if (year == 0) {
            year = system.today().getYear();
            number = system.today().getMonthValue() <= 6 ? 1 : 2;
        }
        if (!everyUnit) {
            unit = caller.unit();
        }
        unitChoices = units.list().stream()
                .filter(u -> u.isActive())
                .map(u -> new UnitChoice(u.getCode(), u.name(locale)))
                .toList();
        refresh();
    }

    public void refresh() {
        number = Math.max(1, Math.min(number, kind.perYear()));
        Period period = Period.of(year, kind, number);
        evaluation = FacesFeedback.attempt(() -> evaluations.evaluate(period, unit, locale()));
        applications = evaluation == null ? null : evaluations.applications(period, unit);
    }

    public ApplicationFigures getApplications() {
        return applications;
    }

    /** The numbers the chosen kind of period has (1..12 months, 1..4 quarters, 1..2 halves). */
    public List<Integer> getNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, kind.perYear()).boxed().toList();
    }

    public List<Integer> getYears() {
        int now = system.today().getYear();
        return java.util.stream.IntStream.rangeClosed(now - 5, now)
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    /** The Excel download of this evaluation (the API, opened with the page's session). */
    public String getExportUrl() {
        Period period = evaluation == null ? Period.of(year, kind, number) : evaluation.period();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/reports/evaluation.xlsx?from=" + period.from() + "&to=" + period.to()
                + (unit == null || unit.isBlank() ? "" : "&unit=" + unit) + "&lang=" + locale().toLanguageTag();
    }

    /** The Excel download of one chart's table (byUnit, trend, steps). */
    public String exportUrl(String table) {
        return getExportUrl() + "&table=" + table;
    }

    public String getByUnitChart() {
        Map<String, String> names = new HashMap<>();
        unitChoices.forEach(u -> names.put(u.code(), u.name()));
        return EvaluationCharts.byUnit(evaluation.byUnit(), names, locale());
    }

    public String getTrendChart() {
        return EvaluationCharts.trend(evaluation.trend(), locale());
    }

    public String getStepsChart() {
        return EvaluationCharts.steps(evaluation.steps(), locale());
    }

    /** A unit's name in the reader's language (the code when the unit is no longer active). */
    public String unitName(String code) {
        return unitChoices.stream()
                .filter(u -> u.code().equals(code))
                .map(UnitChoice::name)
                .findFirst()
                .orElse(code);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Period.Kind[] getKinds() {
        return Period.Kind.values();
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public List<UnitChoice> getUnitChoices() {
        return unitChoices;
    }

    public boolean isEveryUnit() {
        return everyUnit;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Period.Kind getKind() {
        return kind;
    }

    public void setKind(Period.Kind kind) {
        this.kind = kind;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
