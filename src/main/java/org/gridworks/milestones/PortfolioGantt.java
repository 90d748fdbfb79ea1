package org.gridworks.milestones;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * The portfolio's milestones as Gantt bars, drawn by the plan page's script (plan-gantt.js) read-only: each bar
 * runs from the day after its predecessors' date to its forecast exactly as on its plan (PlanGantt's rule), with its
 * baseline bar under it, late ones marked; one row per milestone, in the table's order. No arrows: predecessors
 * are mostly not in the list, and no single deadline line: every project has its own.
 */
final class PortfolioGantt {

    /** More rows than a screen shows make the chart a wall; the table lists them all. */
    static final int MAX_BARS = 60;

    private PortfolioGantt() {}

    static JsonObject of(
            List<Milestone> milestones,
            LocalDate today,
            Locale locale,
            String language,
            PlanGantt.Texts texts,
            WorkingDayCalendar calendar) {
        JsonArrayBuilder tasks = Json.createArrayBuilder();
        // each plan's dates, computed once however many of its milestones are listed
        Map<MilestonePlan, Map<String, LocalDate>> effective = new IdentityHashMap<>();
        Map<MilestonePlan, Map<String, LocalDate>> baselines = new IdentityHashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        LocalDate firstBar = null;
        LocalDate lastBar = null;
        for (Milestone m : milestones.subList(0, Math.min(milestones.size(), MAX_BARS))) {
            PlanItem item = m.item();
            if (item.forecast() == null) {
                continue;
            }
            MilestonePlan plan = m.getPlan();
            Map<String, LocalDate> dates = effective.computeIfAbsent(plan, p -> dates(p.items(), false));
            LocalDate start = PlanGantt.barStart(item, item.forecast(), dates, calendar);
            LocalDate baselineStart = item.baseline() == null
                    ? null
                    : PlanGantt.barStart(
                            item,
                            item.baseline(),
                            baselines.computeIfAbsent(plan, p -> dates(p.items(), true)),
                            calendar);
            firstBar = earlier(firstBar, start);
            lastBar = later(lastBar, item.forecast());
            first = earlier(first, start);
            first = earlier(first, baselineStart);
            last = later(last, item.forecast());
            last = later(last, item.baseline());
            String project = plan.getProject().getNumber();
            String name = project + " " + m.name(locale);
            int slip = MilestoneScheduler.slip(item, calendar);
            var task = Json.createObjectBuilder()
                    .add("id", "p" + plan.getProject().getId() + "-" + item.code())
                    .add("name", name)
                    .add("title", name)
                    .add("start", start.toString())
                    .add("end", item.forecast().toString())
                    .add("forecast", item.forecast().toString())
                    .add("dependencies", "")
                    .add("progress", 0)
                    .add("slip", slip)
                    .add("critical", false)
                    .add("late", MilestoneDue.late(item.forecast(), today) || slip > 0)
                    .add(
                            "details",
                            Json.createArrayBuilder()
                                    .add(texts.get(
                                            "plan.gantt.forecastOn",
                                            item.forecast().toString()))
                                    .add(texts.get("plan.gantt.slipDays", slip)));
            if (baselineStart != null) {
                task.add("baselineStart", baselineStart.toString())
                        .add("baselineEnd", item.baseline().toString());
            }
            tasks.add(task);
        }
        JsonArrayBuilder nonWorking = Json.createArrayBuilder();
        int paddingBefore = PlanGantt.MARGIN_DAYS;
        int paddingAfter = PlanGantt.MARGIN_DAYS;
        if (first != null) {
            // frappe-gantt pads around the forecast bars only: widen it so the baselines are on the axis too
            paddingBefore = (int) ChronoUnit.DAYS.between(first.minusDays(PlanGantt.MARGIN_DAYS), firstBar);
            paddingAfter = (int) ChronoUnit.DAYS.between(lastBar.plusDays(1), last.plusDays(PlanGantt.MARGIN_DAYS));
            for (LocalDate day = first.minusDays(PlanGantt.MARGIN_DAYS);
                    !day.isAfter(last.plusDays(PlanGantt.MARGIN_DAYS));
                    day = day.plusDays(1)) {
                if (WorkingDayCalendar.inRange(day) && !calendar.isWorkingDay(day)) {
                    nonWorking.add(day.toString());
                }
            }
        }
        return Json.createObjectBuilder()
                .add("language", language)
                .add("editable", false)
                .add("tasks", tasks)
                .add("paddingBefore", paddingBefore)
                .add("paddingAfter", paddingAfter)
                .add("nonWorking", nonWorking)
                .add("shown", Math.min(milestones.size(), MAX_BARS))
                .build();
    }

    private static Map<String, LocalDate> dates(List<PlanItem> items, boolean baseline) {
        Map<String, LocalDate> dates = new HashMap<>();
        items.forEach(item -> dates.put(item.code(), baseline ? item.baseline() : item.effective()));
        return dates;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || (a != null && a.isBefore(b)) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || (a != null && a.isAfter(b)) ? a : b;
    }
}
