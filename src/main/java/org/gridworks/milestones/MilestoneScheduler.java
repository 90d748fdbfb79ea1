package org.gridworks.milestones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.BusinessException;

/**
 * The scheduling rules of a milestone plan, in working days. A milestone is due its duration plus its lag after
 * the latest of its predecessors (finish-to-start); the first ones count from the plan's start. Proposals plan
 * backwards from the legal deadline to find the latest start, then forwards from it, so that energisation lands
 * on the deadline; when that start would be before the plan may start, they start then and the float turns
 * negative.
 */
public final class MilestoneScheduler {

    private MilestoneScheduler() {}

    /** Items in an order where every predecessor comes first; refuses unknown predecessors and loops. */
    public static List<PlanItem> ordered(List<PlanItem> items) {
        Map<String, PlanItem> byCode = new LinkedHashMap<>();
        items.forEach(item -> byCode.put(item.code(), item));
        for (PlanItem item : items) {
            for (String predecessor : item.predecessors()) {
                if (!byCode.containsKey(predecessor)) {
                    throw BusinessException.invalid("predecessors", "milestone.unknownPredecessor", predecessor);
                }
            }
        }
        List<PlanItem> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (PlanItem item : items) {
            visit(item, byCode, done, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(
            PlanItem item,
            Map<String, PlanItem> byCode,
            Set<String> done,
            Set<String> visiting,
            List<PlanItem> ordered) {
        if (done.contains(item.code())) {
            return;
        }
        if (!visiting.add(item.code())) {
            throw BusinessException.invalid("predecessors", "milestone.loop", item.code());
        }
        for (String predecessor : item.predecessors()) {
            visit(byCode.get(predecessor), byCode, done, visiting, ordered);
        }
        visiting.remove(item.code());
        done.add(item.code());
        ordered.add(item);
    }

    /** Earliest dates: every milestone as soon as its predecessors allow, from {@code start}. */
    public static Map<String, LocalDate> forward(List<PlanItem> items, LocalDate start, WorkingDayCalendar calendar) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (PlanItem item : ordered(items)) {
            dates.put(item.code(), after(item, dates, start, calendar));
        }
        return dates;
    }

    /** Latest dates: every milestone as late as its successors allow, the last ones on {@code deadline}. */
    public static Map<String, LocalDate> backward(
            List<PlanItem> items, LocalDate deadline, WorkingDayCalendar calendar) {
        List<PlanItem> ordered = ordered(items);
        Map<String, LocalDate> latest = new HashMap<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            PlanItem item = ordered.get(i);
            LocalDate date = deadline;
            for (PlanItem successor : ordered) {
                if (successor.predecessors().contains(item.code())) {
                    LocalDate bound = before(
                            latest.get(successor.code()), successor.durationDays() + successor.lagDays(), calendar);
                    if (bound.isBefore(date)) {
                        date = bound;
                    }
                }
            }
            latest.put(item.code(), date);
        }
        return latest;
    }

    /**
     * The proposed baseline: backwards from the deadline, or forwards from the start when backwards would begin
     * before it. Items come back with baseline and forecast set.
     */
    public static List<PlanItem> propose(
            List<PlanItem> items, LocalDate start, LocalDate deadline, WorkingDayCalendar calendar) {
        // the latest start that still meets the deadline, but never before the plan may start; then every
        // milestone as early as its predecessors allow, so proposal and propagation follow the same rule
        Map<String, LocalDate> latest = backward(items, deadline, calendar);
        LocalDate planStart = null;
        for (PlanItem item : items) {
            if (item.predecessors().isEmpty()) {
                LocalDate rootStart = before(latest.get(item.code()), item.durationDays() + item.lagDays(), calendar);
                if (planStart == null || rootStart.isBefore(planStart)) {
                    planStart = rootStart;
                }
            }
        }
        if (planStart == null || planStart.isBefore(start)) {
            planStart = start;
        }
        Map<String, LocalDate> dates = forward(items, planStart, calendar);
        List<PlanItem> proposed = new ArrayList<>();
        for (PlanItem item : items) {
            LocalDate date = dates.get(item.code());
            proposed.add(item.withBaseline(date).withForecast(date));
        }
        return proposed;
    }

    /**
     * Moves the forecasts of milestones not yet reached and not fixed by a person, so each follows its
     * predecessors' actual or forecast dates. Returns the items in their original order.
     */
    public static List<PlanItem> propagate(List<PlanItem> items, LocalDate start, WorkingDayCalendar calendar) {
        Map<String, LocalDate> effective = new HashMap<>();
        Map<String, PlanItem> result = new HashMap<>();
        for (PlanItem item : ordered(items)) {
            PlanItem updated = item;
            if (item.actual() == null
                    && !item.forecastFixed()
                    && !item.predecessors().isEmpty()) {
                updated = item.withForecast(after(item, effective, start, calendar));
            }
            result.put(item.code(), updated);
            effective.put(item.code(), updated.effective());
        }
        return items.stream().map(item -> result.get(item.code())).toList();
    }

    /** The latest effective date among the predecessors of an item (null when one of them has no date). */
    public static LocalDate predecessorsDone(PlanItem item, Map<String, LocalDate> effective) {
        LocalDate latest = null;
        for (String predecessor : item.predecessors()) {
            LocalDate date = effective.get(predecessor);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest;
    }

    /** Working days from baseline to the actual (or forecast) date: positive when late. */
    public static int slip(PlanItem item, WorkingDayCalendar calendar) {
        if (item.baseline() == null || item.effective() == null) {
            return 0;
        }
        return calendar.workingDaysBetween(item.baseline(), item.effective()).workingDays();
    }

    /**
     * Whether the milestone's baseline or forecast falls in a year whose calendar is not loaded: its dates, and
     * the slip counted to them, may move when that year's notice comes out.
     */
    public static boolean provisional(PlanItem item, WorkingDayCalendar calendar) {
        return calendar.isProvisional(item.baseline()) || calendar.isProvisional(item.forecast());
    }

    /** Working days between the plan's energisation and the legal deadline: negative when it overruns. */
    public static int floatDays(LocalDate energised, LocalDate deadline, WorkingDayCalendar calendar) {
        return energised == null
                ? 0
                : calendar.workingDaysBetween(energised, deadline).workingDays();
    }

    /**
     * Each milestone's total float: working days from its actual (or forecast) date to the latest date the
     * deadline still allows it ({@link #backward}); negative when it already overruns. Milestones without a date
     * have none.
     */
    public static Map<String, Integer> floats(List<PlanItem> items, LocalDate deadline, WorkingDayCalendar calendar) {
        Map<String, LocalDate> latest = backward(items, deadline, calendar);
        Map<String, Integer> floats = new HashMap<>();
        for (PlanItem item : items) {
            if (item.effective() != null) {
                floats.put(
                        item.code(),
                        calendar.workingDaysBetween(item.effective(), latest.get(item.code()))
                                .workingDays());
            }
        }
        return floats;
    }

    private static LocalDate after(
            PlanItem item, Map<String, LocalDate> dates, LocalDate start, WorkingDayCalendar calendar) {
        LocalDate from = item.predecessors().isEmpty() ? start : predecessorsDone(item, dates);
        if (from == null) {
            from = start;
        }
        return calendar.addWorkingDays(from, item.durationDays() + item.lagDays())
                .due();
    }

    /** The latest working day from which {@code workingDays} working days later is not after {@code date}. */
    static LocalDate before(LocalDate date, int workingDays, WorkingDayCalendar calendar) {
        LocalDate candidate = date;
        while (!calendar.isWorkingDay(candidate)
                || calendar.addWorkingDays(candidate, workingDays).due().isAfter(date)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }
}
