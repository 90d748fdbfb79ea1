package org.gridworks.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.calendar.OfficialCalendar;
import org.gridworks.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * The plan page's Gantt model on the default template in September 2024 (Mid-Autumn 09-15..17 off, Saturday 09-14
 * and Sunday 09-29 worked, National Day from 10-01), against a deadline of Monday 2024-09-30. Setup, plan approval
 * and design are reached; permits slipped a working day (09-18 → 09-19, fixed by a person) and pushed what follows.
 */
class PlanGanttTest {

    private static final LocalDate DEADLINE = LocalDate.parse("2024-09-30");
    private static final LocalDate TODAY = LocalDate.parse("2024-09-11");

    private static PlanItem item(String code, int days, String baseline, String forecast, String actual, String... p) {
        return new PlanItem(
                code,
                days,
                List.of(p),
                0,
                LocalDate.parse(baseline),
                LocalDate.parse(forecast),
                !baseline.equals(forecast),
                actual == null ? null : LocalDate.parse(actual));
    }

    static List<PlanItem> plan() {
        return List.of(
                item("SETUP", 1, "2024-09-03", "2024-09-03", "2024-09-03"),
                item("PLAN_APPROVED", 2, "2024-09-05", "2024-09-05", "2024-09-05", "SETUP"),
                item("DESIGN_DONE", 3, "2024-09-10", "2024-09-10", "2024-09-10", "PLAN_APPROVED"),
                item("PERMITS_GRANTED", 5, "2024-09-18", "2024-09-19", null, "DESIGN_DONE"),
                item("MATERIALS_ON_SITE", 3, "2024-09-13", "2024-09-13", null, "DESIGN_DONE"),
                item(
                        "CONSTRUCTION_STARTED",
                        1,
                        "2024-09-19",
                        "2024-09-20",
                        null,
                        "PERMITS_GRANTED",
                        "MATERIALS_ON_SITE"),
                item("COMPLETION_ACCEPTED", 5, "2024-09-26", "2024-09-27", null, "CONSTRUCTION_STARTED"),
                item("ENERGISED", 1, "2024-09-27", "2024-09-29", null, "COMPLETION_ACCEPTED"));
    }

    private static JsonObject gantt(boolean editable) {
        Map<String, String> names = new HashMap<>();
        names.put("PERMITS_GRANTED", "Permits <granted> & \"done\"");
        return PlanGantt.of(
                plan(),
                names,
                DEADLINE,
                TODAY,
                editable,
                "en",
                (key, arguments) -> Messages.get(Locale.ENGLISH, key, arguments),
                OfficialCalendar.CALENDAR);
    }

    private static JsonObject task(JsonObject gantt, String code) {
        return gantt.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("id").equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void floatIsCountedToTheLatestDateTheDeadlineAllowsAndTheLeastFloatIsTheCriticalPath() {
        JsonObject gantt = gantt(true);
        Map<String, Integer> floats = new HashMap<>();
        List<String> critical = new ArrayList<>();
        for (JsonObject task : gantt.getJsonArray("tasks").getValuesAs(JsonObject.class)) {
            floats.put(task.getString("id"), task.getInt("float"));
            if (task.getBoolean("critical")) {
                critical.add(task.getString("id"));
            }
        }
        // latest dates: energised 09-30, completion 09-29 (a worked Sunday), construction 09-23, permits and
        // materials 09-20, design 09-12, plan approval 09-09, setup 09-05
        assertEquals(
                Map.of(
                        "SETUP", 2,
                        "PLAN_APPROVED", 2,
                        "DESIGN_DONE", 2,
                        "PERMITS_GRANTED", 1,
                        "MATERIALS_ON_SITE", 4,
                        "CONSTRUCTION_STARTED", 1,
                        "COMPLETION_ACCEPTED", 1,
                        "ENERGISED", 1),
                floats);
        assertEquals(List.of("PERMITS_GRANTED", "CONSTRUCTION_STARTED", "COMPLETION_ACCEPTED", "ENERGISED"), critical);
    }

    @Test
    void forecastBarsRunFromTheDayAfterThePredecessorsAndBaselinesAlike() {
        JsonObject gantt = gantt(true);
        JsonObject setup = task(gantt, "SETUP");
        assertEquals("2024-09-03", setup.getString("start"), "a first milestone: the day after 09-02, a day before");
        assertEquals("2024-09-03", setup.getString("end"));
        assertEquals(100, setup.getInt("progress"));
        assertEquals("2024-09-03", setup.getString("actual"));

        JsonObject construction = task(gantt, "CONSTRUCTION_STARTED");
        assertEquals("2024-09-20", construction.getString("start"), "after the later predecessor, permits 09-19");
        assertEquals("2024-09-20", construction.getString("end"));
        assertEquals("2024-09-19", construction.getString("baselineStart"));
        assertEquals("2024-09-19", construction.getString("baselineEnd"));
        assertEquals("PERMITS_GRANTED,MATERIALS_ON_SITE", construction.getString("dependencies"));
        assertEquals(1, construction.getInt("slip"));
        assertTrue(construction.getBoolean("late"));
        assertFalse(construction.containsKey("actual"));

        JsonObject energised = task(gantt, "ENERGISED");
        assertEquals("2024-09-28", energised.getString("start"));
        assertEquals("2024-09-29", energised.getString("end"));
        assertEquals("2024-09-27", energised.getString("baselineStart"));
        assertEquals("2024-09-27", energised.getString("baselineEnd"));

        JsonObject materials = task(gantt, "MATERIALS_ON_SITE");
        assertFalse(materials.getBoolean("late"), "on its baseline, in the future");
        assertFalse(materials.getBoolean("critical"));
        assertEquals("MATERIALS_ON_SITE", materials.getString("title"), "a milestone without a name shows its code");
    }

    @Test
    void textsComeTranslatedAndEscapedAsJson() {
        JsonObject gantt = gantt(false);
        JsonObject permits = task(gantt, "PERMITS_GRANTED");
        assertEquals("Permits <granted> & \"done\" (float 1)", permits.getString("name"));
        assertEquals("Permits <granted> & \"done\"", permits.getString("title"));
        assertEquals(
                List.of(
                        "Baseline: 2024-09-18",
                        "Forecast: 2024-09-19",
                        "Slip in working days: 1",
                        "Float in working days: 1",
                        "On the critical path"),
                permits.getJsonArray("details").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals(
                "MATERIALS_ON_SITE (float 4)", task(gantt, "MATERIALS_ON_SITE").getString("name"));
        assertTrue(
                gantt.toString().contains("\"Permits <granted> & \\\"done\\\" (float 1)\""),
                "quotes escaped in the JSON text");
        assertEquals("Legal deadline 2024-09-30", gantt.getString("deadlineLabel"));
        assertEquals("2024-09-30", gantt.getString("deadline"));
        assertFalse(gantt.getBoolean("editable"));
        assertEquals("en", gantt.getString("language"));
    }

    @Test
    void theAxisCoversBaselinesAndTheDeadlineAndShadesTheCalendarsDaysOff() {
        JsonObject gantt = gantt(true);
        // first bar 09-03, axis from 08-31; last forecast 09-29, deadline 09-30, axis to 10-03
        assertEquals(3, gantt.getInt("paddingBefore"));
        assertEquals(3, gantt.getInt("paddingAfter"));
        assertEquals(
                List.of(
                        "2024-08-31",
                        "2024-09-01",
                        "2024-09-07",
                        "2024-09-08",
                        "2024-09-15",
                        "2024-09-16",
                        "2024-09-17",
                        "2024-09-21",
                        "2024-09-22",
                        "2024-09-28",
                        "2024-10-01",
                        "2024-10-02",
                        "2024-10-03"),
                gantt.getJsonArray("nonWorking").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                "Saturday 09-14 and Sunday 09-29 were worked and are not shaded");
    }
}
