package org.gridworks.milestones;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * What the plan page's Gantt (frappe-gantt, drawn in the browser) shows, decided here so the browser computes no
 * rule: each milestone's forecast bar runs from the day after its predecessors' date to its forecast, its baseline
 * bar likewise over the baselines; float, slip, critical path and lateness come from {@link MilestoneScheduler};
 * the non-working days come from the working-day calendar (make-up working weekends are not shaded). Texts come in
 * already translated, so the script only places them.
 */
final class PlanGantt {

    /** Days of axis shown before the first bar and after the latest of the bars and the deadline. */
    static final int MARGIN_DAYS = 3;

    /** Translated texts: a bundle key with its arguments. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... arguments);
    }

    private PlanGantt() {}

    /**
     * The Gantt of a plan's milestones (in plan order), with {@code names} by code; {@code editable} lets forecast
     * bars be dragged. {@code language} is the page's language tag (for the axis' month names).
     */
    static JsonObject of(
            List<PlanItem> items,
            Map<String, String> names,
            LocalDate deadline,
            LocalDate today,
            boolean editable,
            String language,
            Texts texts,
            WorkingDayCalendar calendar) {
        Map<String, Integer> floats = MilestoneScheduler.floats(items, deadline, calendar);
        int leastFloat =
                floats.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        Map<String, LocalDate> effective = new HashMap<>();
        Map<String, LocalDate> baselines = new HashMap<>();
        items.forEach(item -> {
            effective.put(item.code(), item.effective());
            baselines.put(item.code(), item.baseline());
        });

        JsonArrayBuilder tasks = Json.createArrayBuilder();
        LocalDate first = null;
        LocalDate last = null;
        LocalDate latestBaseline = deadline;
        for (PlanItem item : items) {
            if (item.forecast() == null) {
                continue; // nothing to draw; the table below still lists it
            }
            LocalDate start = barStart(item, item.forecast(), effective, calendar);
            LocalDate baselineStart =
                    item.baseline() == null ? null : barStart(item, item.baseline(), baselines, calendar);
            first = earliest(first, start, baselineStart);
            last = last == null || item.forecast().isAfter(last) ? item.forecast() : last;
            if (item.baseline() != null && item.baseline().isAfter(latestBaseline)) {
                latestBaseline = item.baseline();
            }
            int slip = MilestoneScheduler.slip(item, calendar);
            Integer floatDays = floats.get(item.code());
            boolean critical = floatDays != null && floatDays == leastFloat;
            boolean late = item.actual() == null
                    && (item.forecast().isBefore(today) || item.forecast().isAfter(deadline) || slip > 0);
            String name = names.getOrDefault(item.code(), item.code());

            JsonArrayBuilder details = Json.createArrayBuilder();
            if (item.baseline() != null) {
                details.add(texts.get("plan.gantt.baselineOn", item.baseline().toString()));
            }
            details.add(texts.get("plan.gantt.forecastOn", item.forecast().toString()));
            if (item.actual() != null) {
                details.add(texts.get("plan.gantt.actualOn", item.actual().toString()));
            }
            details.add(texts.get("plan.gantt.slipDays", slip));
            if (floatDays != null) {
                details.add(texts.get("plan.gantt.floatDays", floatDays));
            }
            if (critical) {
                details.add(texts.get("plan.gantt.critical"));
            }

            JsonObjectBuilder task = Json.createObjectBuilder()
                    .add("id", item.code())
                    .add("name", floatDays == null ? name : texts.get("plan.gantt.bar", name, floatDays))
                    .add("title", name)
                    .add("start", start.toString())
                    .add("end", item.forecast().toString())
                    .add("forecast", item.forecast().toString())
                    .add("dependencies", String.join(",", item.predecessors()))
                    .add("progress", item.actual() == null ? 0 : 100)
                    .add("slip", slip)
                    .add("critical", critical)
                    .add("late", late)
                    .add("details", details);
            optional(task, "float", floatDays);
            optional(task, "baselineStart", baselineStart);
            optional(task, "baselineEnd", item.baseline());
            optional(task, "actual", item.actual());
            tasks.add(task);
        }

        JsonObjectBuilder gantt = Json.createObjectBuilder()
                .add("language", language)
                .add("editable", editable)
                .add("deadline", deadline.toString())
                .add("deadlineLabel", texts.get("plan.gantt.deadlineOn", deadline.toString()))
                .add("tasks", tasks);
        if (first == null) {
            return gantt.add("paddingBefore", MARGIN_DAYS)
                    .add("paddingAfter", MARGIN_DAYS)
                    .add("nonWorking", Json.createArrayBuilder())
                    .build();
        }
        // frappe-gantt starts its axis at the first forecast bar minus paddingBefore and ends it the day after the
        // last forecast plus paddingAfter: widen both so baselines and the deadline line are on it too
        LocalDate firstForecastStart = firstForecastStart(items, effective, calendar);
        LocalDate axisStart = first.minusDays(MARGIN_DAYS);
        LocalDate axisEnd = (latestBaseline.isAfter(last) ? latestBaseline : last).plusDays(MARGIN_DAYS);
        int paddingBefore = (int) ChronoUnit.DAYS.between(axisStart, firstForecastStart);
        int paddingAfter = (int) ChronoUnit.DAYS.between(last.plusDays(1), axisEnd);
        JsonArrayBuilder nonWorking = Json.createArrayBuilder();
        for (LocalDate day = axisStart; !day.isAfter(axisEnd); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                nonWorking.add(day.toString());
            }
        }
        return gantt.add("paddingBefore", paddingBefore)
                .add("paddingAfter", paddingAfter)
                .add("nonWorking", nonWorking)
                .build();
    }

    /**
     * The first day of the bar that ends on {@code end}: the day after its predecessors' date (from {@code dates}),
     * or for a first milestone the day after the working day its duration and lag count from; never after its end.
     */
    static LocalDate barStart(PlanItem item, LocalDate end, Map<String, LocalDate> dates, WorkingDayCalendar calendar) {
        LocalDate from = MilestoneScheduler.predecessorsDone(item, dates);
        if (from == null) {
            from = MilestoneScheduler.before(end, item.durationDays() + item.lagDays(), calendar);
        }
        LocalDate start = from.plusDays(1);
        return start.isAfter(end) ? end : start;
    }

    private static LocalDate firstForecastStart(
            List<PlanItem> items, Map<String, LocalDate> effective, WorkingDayCalendar calendar) {
        return items.stream()
                .filter(item -> item.forecast() != null)
                .map(item -> barStart(item, item.forecast(), effective, calendar))
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    private static LocalDate earliest(LocalDate current, LocalDate a, LocalDate b) {
        LocalDate result = current;
        for (LocalDate candidate : new LocalDate[] {a, b}) {
            if (candidate != null && (result == null || candidate.isBefore(result))) {
                result = candidate;
            }
        }
        return result;
    }

    private static void optional(JsonObjectBuilder object, String name, Object value) {
        if (value instanceof Integer number) {
            object.add(name, number);
        } else if (value != null) {
            object.add(name, value.toString());
        }
    }
}
