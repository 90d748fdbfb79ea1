package org.gridworks.milestones;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.People;
import org.gridworks.platform.SystemInfo;

/** The portfolio: milestones due within N working days or late, across the projects the user may see. */
@Named
@ViewScoped
public class PortfolioBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanService plans;

    @Inject
    SystemInfo system;

    @Inject
    PersonNames names;

    private Integer days = 10;
    private String unit;
    private String person;
    /** The rows of this render (the table and its total read them); forgotten when a filter changes. */
    private transient List<Row> rows;

    /** One milestone of the portfolio; responsible is the person's name. */
    public record Row(
            long projectId,
            String projectNumber,
            String customer,
            String unit,
            String name,
            LocalDate forecast,
            boolean provisional,
            String responsible,
            boolean late)
            implements Serializable {}

    public List<Row> getRows() {
        if (rows == null) {
            rows = load();
        }
        return rows;
    }

    private List<Row> load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        LocalDate today = system.today();
        List<Milestone> due = plans.portfolio(days == null ? 10 : days, unit, person);
        People people = names.of(due.stream().map(Milestone::getResponsible).toList(), locale);
        return due.stream()
                .map(m -> new Row(
                        m.getPlan().getProject().getId(),
                        m.getPlan().getProject().getNumber(),
                        m.getPlan().getProject().getCustomerName(),
                        m.getPlan().getProject().getUnit().getCode(),
                        m.name(locale),
                        m.getForecast(),
                        plans.provisional(m.getForecast()),
                        people.name(m.getResponsible()),
                        MilestoneDue.late(m.getForecast(), today)))
                .toList();
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
