package org.gridworks.milestones;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The portfolio: milestones due within N working days or late, across the projects the user may see. */
@Named
@ViewScoped
public class PortfolioBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortfolioRows portfolio;

    private Integer days = 10;
    private String unit;
    private String person;
    /** The rows of this render (the table, its total and the Gantt read them); forgotten when a filter changes. */
    private transient List<PortfolioRows.Row> rows;

    private transient String gantt;

    public List<PortfolioRows.Row> getRows() {
        if (rows == null) {
            PortfolioRows.View view = portfolio.view(days, unit, person, locale());
            // a mutable copy: the table sorts the list it is given
            rows = new ArrayList<>(view.rows());
            gantt = view.gantt();
        }
        return rows;
    }

    /** The first rows as Gantt bars (PortfolioGantt), for the chart's data attribute. */
    public String getGantt() {
        getRows();
        return gantt;
    }

    public int getGanttLimit() {
        return PortfolioGantt.MAX_BARS;
    }

    /** The rows of these filters as Excel, through the API with the page's session. */
    public String getExportUrl() {
        StringBuilder url = new StringBuilder(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/api/v1/milestones/portfolio.xlsx?days=")
                .append(days == null ? 10 : days);
        if (unit != null && !unit.isBlank()) {
            url.append("&unit=").append(URLEncoder.encode(unit.trim(), StandardCharsets.UTF_8));
        }
        if (person != null && !person.isBlank()) {
            url.append("&person=").append(URLEncoder.encode(person.trim(), StandardCharsets.UTF_8));
        }
        return url.append("&lang=").append(locale().toLanguageTag()).toString();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
        rows = null;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
        rows = null;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
        rows = null;
    }
}
