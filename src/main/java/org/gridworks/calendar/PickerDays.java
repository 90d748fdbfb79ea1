package org.gridworks.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.gridworks.platform.Time;
import org.gridworks.platform.i18n.Messages;

/**
 * What a date picker needs to mark the calendar's exceptions: the days off and the weekend days worked in
 * exchange (调休) from last year to two years ahead, the years whose notice is loaded (any other year is
 * provisional), and the words the marks show. One small JSON per page, read by {@code js/picker-days.js}, so
 * that a page with sixteen pickers carries the data once and no picker needs its own server model.
 */
@Named
@RequestScoped
public class PickerDays {

    @Inject
    CalendarService calendars;

    public String getJson() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        UnaryOperator<String> text = key -> Messages.get(locale, key);
        return json(calendars.calendar(), Time.now().toLocalDate(), text, name -> HolidayNames.shown(name, text));
    }

    static String json(
            WorkingDayCalendar calendar, LocalDate today, UnaryOperator<String> text, UnaryOperator<String> name) {
        JsonObjectBuilder off = Json.createObjectBuilder();
        JsonObjectBuilder worked = Json.createObjectBuilder();
        LocalDate last = LocalDate.of(today.getYear() + 2, 12, 31);
        for (LocalDate date = LocalDate.of(today.getYear() - 1, 1, 1); !date.isAfter(last); date = date.plusDays(1)) {
            LocalDate day = date;
            calendar.exception(day)
                    .ifPresent(exception -> (exception.offDay() ? off : worked)
                            .add(day.toString(), nameOrEmpty(name.apply(exception.name()))));
        }
        JsonArrayBuilder known = Json.createArrayBuilder();
        calendar.knownYears().stream().sorted().forEach(known::add);
        return Json.createObjectBuilder()
                .add("off", off)
                .add("worked", worked)
                .add("known", known)
                .add(
                        "labels",
                        Json.createObjectBuilder()
                                .add("off", text.apply("picker.off"))
                                .add("worked", text.apply("picker.worked"))
                                .add("provisional", text.apply("picker.provisional")))
                .build()
                .toString();
    }

    private static String nameOrEmpty(String name) {
        return name == null ? "" : name;
    }
}
