package org.gridworks.calendar;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** One month of the year view: weeks from Monday to Sunday, each day with its kind and holiday name. */
public record MonthView(int month, List<List<Cell>> weeks) implements Serializable {

    /** What a day is: a plain working day, a weekend, a holiday off, a weekend worked in exchange. */
    public enum Kind {
        WORKING,
        WEEKEND,
        HOLIDAY,
        MAKEUP
    }

    /** A day of the grid; days of the neighbouring months fill the first and last week and are marked out. */
    public record Cell(LocalDate date, boolean inMonth, Kind kind, String name) implements Serializable {

        public int getDay() {
            return date.getDayOfMonth();
        }

        public boolean isInMonth() {
            return inMonth;
        }

        public String getKind() {
            return kind.name().toLowerCase();
        }

        public String getName() {
            return name;
        }

        public String getIso() {
            return date.toString();
        }
    }

    static MonthView of(YearMonth month, WorkingDayCalendar calendar) {
        LocalDate first = month.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        List<List<Cell>> weeks = new ArrayList<>();
        for (LocalDate weekStart = start;
                !weekStart.isAfter(month.atEndOfMonth());
                weekStart = weekStart.plusWeeks(1)) {
            List<Cell> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate date = weekStart.plusDays(i);
                week.add(cell(date, YearMonth.from(date).equals(month), calendar));
            }
            weeks.add(week);
        }
        return new MonthView(month.getMonthValue(), weeks);
    }

    private static Cell cell(LocalDate date, boolean inMonth, WorkingDayCalendar calendar) {
        boolean weekend = date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
        boolean working = calendar.isWorkingDay(date);
        Kind kind = working ? (weekend ? Kind.MAKEUP : Kind.WORKING) : (weekend ? Kind.WEEKEND : Kind.HOLIDAY);
        String name = calendar.exception(date).map(HolidayDay::name).orElse(null);
        return new Cell(date, inMonth, kind, name);
    }

    public int getMonth() {
        return month;
    }

    public List<List<Cell>> getWeeks() {
        return weeks;
    }
}
