package org.gridworks.calendar;

import java.util.ArrayList;
import java.util.List;

/** The calendar built from the official notices GridWorks ships, for unit tests of any area. */
public final class OfficialCalendar {

    public static final WorkingDayCalendar CALENDAR = build();

    private OfficialCalendar() {}

    private static WorkingDayCalendar build() {
        List<HolidayDay> days = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int year = BundledHolidays.FIRST_BUNDLED; year <= BundledHolidays.LAST_BUNDLED; year++) {
            days.addAll(HolidayFileParser.parseJson(year, BundledHolidays.read(year)));
            years.add(year);
        }
        return new WorkingDayCalendar(days, years);
    }
}
