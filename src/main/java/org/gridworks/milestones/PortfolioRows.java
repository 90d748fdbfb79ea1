package org.gridworks.milestones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.calendar.CalendarService;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.People;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;

/** The portfolio's rows as people read them (names, not logins), for the page and for its Excel download alike. */
@ApplicationScoped
public class PortfolioRows {

    @Inject
    PlanService plans;

    @Inject
    SystemInfo system;

    @Inject
    PersonNames names;

    @Inject
    CalendarService calendar;

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

    /** The portfolio as the page shows it: the rows, and the first of them as Gantt bars (PortfolioGantt's JSON). */
    public record View(List<Row> rows, String gantt) implements Serializable {}

    public View view(Integer days, String unit, String person, Locale locale) {
        List<Milestone> due = plans.portfolio(days == null ? 10 : days, unit, person);
        String gantt = PortfolioGantt.of(
                        due,
                        system.today(),
                        locale,
                        Languages.closest(locale).toLanguageTag(),
                        (key, arguments) -> Messages.get(locale, key, arguments),
                        calendar.calendar())
                .toString();
        return new View(rows(due, locale), gantt);
    }

    /** Due within {@code days} working days (10 when not given) or late, optionally of one unit or person. */
    public List<Row> rows(Integer days, String unit, String person, Locale locale) {
        return rows(plans.portfolio(days == null ? 10 : days, unit, person), locale);
    }

    private List<Row> rows(List<Milestone> due, Locale locale) {
        LocalDate today = system.today();
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

    /** The rows as the page's table shows them, one sheet; late ones say so in their own column. */
    public static byte[] workbook(List<Row> rows, Locale locale) {
        List<List<Object>> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(List.of(
                    row.forecast().toString(),
                    row.late() ? Messages.get(locale, "portfolio.late") : "",
                    row.name(),
                    row.projectNumber(),
                    row.customer(),
                    row.responsible() == null ? "" : row.responsible(),
                    row.unit()));
        }
        return Sheets.oneTable(
                locale,
                "portfolio.title",
                Sheets.headings(
                        locale,
                        "plan.forecast",
                        "portfolio.late",
                        "plan.milestone",
                        "field.number",
                        "field.customer",
                        "plan.responsible",
                        "field.unit"),
                cells);
    }
}
