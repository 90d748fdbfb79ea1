package org.gridworks.reports;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.web.FacesFeedback;

/** The half-year progress report of a unit, as a printable page with its Excel download. */
@Named
@ViewScoped
public class HalfYearBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    SystemInfo system;

    private String unit;
    private Integer year;
    private Integer half;
    private HalfYearReport report;

    public void load() {
        if (year == null) {
            year = system.today().getYear();
        }
        if (half == null) {
            half = system.today().getMonthValue() <= 6 ? 1 : 2;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        report = FacesFeedback.attempt(() -> reports.halfYear(unit, year, half, locale));
    }

    public String getExportUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/reports/half-year.xlsx?unit=" + (report == null ? "" : report.unit()) + "&year=" + year
                + "&half=" + half + "&lang="
                + FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
    }

    public HalfYearReport getReport() {
        return report;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getHalf() {
        return half;
    }

    public void setHalf(Integer half) {
        this.half = half;
    }
}
