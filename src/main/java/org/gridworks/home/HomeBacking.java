package org.gridworks.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.gridworks.platform.SystemInfo;
import org.gridworks.reports.ComplianceOverview;
import org.gridworks.reports.Dashboard;
import org.gridworks.reports.DashboardService;
import org.gridworks.reports.EvaluationCharts;
import org.gridworks.reports.EvaluationService;
import org.gridworks.reports.Period;

/** The home page: the signed-in user's dashboard, what GridWorks is for, and the state of this installation. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    SystemInfo system;

    @Inject
    DashboardService dashboards;

    @Inject
    EvaluationService evaluations;

    private Dashboard dashboard;
    private ComplianceOverview overview;

    public LocalDate getToday() {
        return system.today();
    }

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = dashboards.forCaller(locale());
        }
        return dashboard;
    }

    /**
     * Compliance by unit and month of the current half-year, for those who see every unit (the units' table tells
     * who they are); null for everyone else, who has no such section.
     */
    public ComplianceOverview getOverview() {
        if (overview == null && !getDashboard().units().isEmpty()) {
            LocalDate today = system.today();
            overview = evaluations.overview(
                    Period.of(today.getYear(), Period.Kind.HALF, today.getMonthValue() <= 6 ? 1 : 2));
        }
        return overview;
    }

    public String getByUnitChart() {
        Map<String, String> names = new HashMap<>();
        getDashboard().units().forEach(u -> names.put(u.unit(), u.name()));
        return EvaluationCharts.byUnit(getOverview().byUnit(), names, locale());
    }

    public String getTrendChart() {
        return EvaluationCharts.trend(getOverview().trend(), locale());
    }

    /** A unit's name in the reader's language, as the units' table shows it. */
    public String unitName(String code) {
        return getDashboard().units().stream()
                .filter(u -> u.unit().equals(code))
                .map(Dashboard.UnitRow::name)
                .findFirst()
                .orElse(code);
    }

    /** The Excel download of one of the overview's tables (byUnit or trend), through the evaluation's API. */
    public String exportUrl(String table) {
        Period period = getOverview().period();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/reports/evaluation.xlsx?from=" + period.from() + "&to=" + period.to() + "&table=" + table
                + "&lang=" + locale().toLanguageTag();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
