package org.gridworks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayFileParserTest {

    private static String json(int year, String days) {
        return "{\"year\": " + year + ", \"papers\": [], \"days\": [" + days + "]}";
    }

    private static String refusal(Runnable parse) {
        return assertThrows(BusinessException.class, parse::run).messageKey();
    }

    @Test
    void readsEveryBundledNotice() {
        for (int year = 2019; year <= 2026; year++) {
            List<HolidayDay> days = HolidayFileParser.parseJson(year, BundledHolidays.read(year));
            assertTrue(days.size() > 25, year + ": " + days.size());
        }
        List<HolidayDay> y2019 = HolidayFileParser.parseJson(2019, BundledHolidays.read(2019));
        assertTrue(
                y2019.contains(new HolidayDay(LocalDate.of(2018, 12, 29), false, "元旦")),
                "a notice reaches across New Year");
    }

    @Test
    void readsTheCsvFormat() {
        List<HolidayDay> days = HolidayFileParser.parse(
                2024, "\uFEFFdate,is_off_day,name\n2024-09-29,false,国庆节\r\n2024-10-01,true,国庆节\n\n");
        assertEquals(
                List.of(
                        new HolidayDay(LocalDate.of(2024, 9, 29), false, "国庆节"),
                        new HolidayDay(LocalDate.of(2024, 10, 1), true, "国庆节")),
                days);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-02-30 | calendar.file.badDate",
                "24-10-01   | calendar.file.badDate",
                "2026-10-01 | calendar.file.dateOutsideYear"
            })
    void refusesBadDates(String date, String key) {
        assertEquals(
                key,
                refusal(() -> HolidayFileParser.parseJson(
                        2024, json(2024, "{\"name\":\"x\",\"date\":\"" + date.trim() + "\",\"isOffDay\":true}"))));
    }

    @Test
    void refusesDuplicatesMismatchesAndEmptyNotices() {
        String day = "{\"name\":\"国庆节\",\"date\":\"2024-10-01\",\"isOffDay\":true}";
        assertEquals(
                "calendar.file.duplicate",
                refusal(() -> HolidayFileParser.parseJson(2024, json(2024, day + "," + day))));
        assertEquals("calendar.file.yearMismatch", refusal(() -> HolidayFileParser.parseJson(2025, json(2024, day))));
        assertEquals("calendar.file.empty", refusal(() -> HolidayFileParser.parseJson(2027, json(2027, ""))));
        assertEquals("calendar.file.unreadable", refusal(() -> HolidayFileParser.parseJson(2024, "{not json")));
        assertEquals(
                "calendar.file.badFlag",
                refusal(() -> HolidayFileParser.parseJson(
                        2024, json(2024, "{\"name\":\"x\",\"date\":\"2024-10-01\",\"isOffDay\":\"yes\"}"))));
        assertEquals(
                "calendar.file.csvHeader", refusal(() -> HolidayFileParser.parseCsv(2024, "day,off\n2024-10-01,true")));
        assertEquals(
                "calendar.file.yearMismatch",
                refusal(() -> HolidayFileParser.parseCsv(2025, "date,is_off_day,name\n2024-12-31,true,元旦")),
                "only December of the year before");
    }
}
