package org.gridworks.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.gridworks.platform.BusinessException;

/**
 * The calendar for other systems and scripts: due dates and working-day counts for any signed-in user
 * (shared/API.md fixes the shapes), and loading a year's notice for administrators.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** No question may span more than ten years: nothing GridWorks times is that long. */
    static final int MAX_YEARS = 10;

    static final int MAX_WORKING_DAYS = 2600;
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    @Inject
    CalendarService calendar;

    @Inject
    CalendarAdministration administration;

    @JsonbPropertyOrder({"from", "workingDays", "due", "provisional"})
    public record DueJson(String from, int workingDays, String due, boolean provisional) {}

    @JsonbPropertyOrder({"from", "to", "workingDays", "provisional"})
    public record CountJson(String from, String to, int workingDays, boolean provisional) {}

    @JsonbPropertyOrder({"year", "days"})
    public record ImportJson(int year, int days) {}

    @GET
    @Path("due")
    public DueJson due(@QueryParam("from") String from, @QueryParam("workingDays") String workingDays) {
        LocalDate start = date("from", from);
        int days = count(workingDays);
        DueResult due = calendar.addWorkingDays(start, days);
        if (due.due().isAfter(start.plusYears(MAX_YEARS))) {
            throw BusinessException.invalid("workingDays", "calendar.api.tooFar", MAX_YEARS);
        }
        return new DueJson(start.toString(), days, due.due().toString(), due.provisional());
    }

    @GET
    @Path("working-days")
    public CountJson workingDays(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        LocalDate earlier = start.isBefore(end) ? start : end;
        LocalDate later = start.isBefore(end) ? end : start;
        if (later.isAfter(earlier.plusYears(MAX_YEARS))) {
            throw BusinessException.invalid("to", "calendar.api.tooFar", MAX_YEARS);
        }
        CountResult count = calendar.workingDaysBetween(start, end);
        return new CountJson(start.toString(), end.toString(), count.workingDays(), count.provisional());
    }

    /** Loads a year's notice: the body is the holiday-cn JSON or the CSV; administrators only. */
    @PUT
    @Path("years/{year}")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
    public ImportJson importYear(@PathParam("year") int year, byte[] content) {
        int days = administration.importYear(year, "api", content);
        return new ImportJson(year, days);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid(field, "calendar.api.missing", field);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "calendar.api.badDate", field, text);
        }
        if (!WorkingDayCalendar.inRange(date) || !WorkingDayCalendar.inRange(date.plusYears(MAX_YEARS))) {
            throw BusinessException.invalid(
                    field,
                    "calendar.api.outOfRange",
                    field,
                    WorkingDayCalendar.FIRST,
                    WorkingDayCalendar.LAST.minusYears(MAX_YEARS));
        }
        return date;
    }

    private static int count(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("workingDays", "calendar.api.missing", "workingDays");
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("workingDays", "calendar.api.badNumber", text);
        }
        if (value < 0) {
            throw BusinessException.invalid("workingDays", "calendar.api.negative");
        }
        if (value > MAX_WORKING_DAYS) {
            throw BusinessException.invalid("workingDays", "calendar.api.tooFar", MAX_YEARS);
        }
        return value;
    }
}
