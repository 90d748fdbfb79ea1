package org.gridworks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickerDaysTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            List.of(
                    new HolidayDay(LocalDate.of(2026, 10, 1), true, "国庆节"),
                    new HolidayDay(LocalDate.of(2026, 10, 10), false, "国庆节"),
                    new HolidayDay(LocalDate.of(2024, 10, 1), true, "国庆节"),
                    new HolidayDay(LocalDate.of(2029, 1, 1), true, "元旦")),
            List.of(2024, 2025, 2026));

    private static JsonObject days(LocalDate today) {
        String json = PickerDays.json(CALENDAR, today, key -> "[" + key + "]", name -> name + "!");
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void daysOffAndWorkedWeekendDaysFromLastYearToTwoYearsAheadWithTheirNames() {
        JsonObject days = days(LocalDate.of(2026, 11, 30));

        assertEquals("{\"2026-10-01\":\"国庆节!\"}", days.getJsonObject("off").toString());
        assertEquals("{\"2026-10-10\":\"国庆节!\"}", days.getJsonObject("worked").toString());
        assertEquals("[2024,2025,2026]", days.getJsonArray("known").toString());
        assertEquals("[picker.provisional]", days.getJsonObject("labels").getString("provisional"));
    }

    @Test
    void theWindowMovesWithToday() {
        JsonObject days = days(LocalDate.of(2027, 1, 4));

        assertEquals(
                "{\"2026-10-01\":\"国庆节!\",\"2029-01-01\":\"元旦!\"}",
                days.getJsonObject("off").toString());
    }
}
