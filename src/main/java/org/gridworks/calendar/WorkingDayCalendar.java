package org.gridworks.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in mainland China, counted in memory. A date is a working day when it is Monday to Friday and
 * not a public holiday, or a weekend day the State Council made a working day. Years whose notice is loaded
 * are known; any answer that reaches into another year follows the Monday-to-Friday rule there and says it is
 * provisional. The start day never counts: "N working days after D" is the N-th working day after D.
 *
 * <p>Counting is a subtraction of running totals over the supported range (2000-2099), so answers cost the
 * same for a day or for ten years. Immutable: the service swaps in a new one when an administrator changes
 * the data.
 */
public final class WorkingDayCalendar {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    private final Map<LocalDate, HolidayDay> exceptions;
    private final Set<Integer> knownYears;
    /** workingUpTo[i] = working days in [FIRST, FIRST + i]. */
    private final int[] workingUpTo;

    public WorkingDayCalendar(Collection<HolidayDay> days, Collection<Integer> knownYears) {
        Map<LocalDate, HolidayDay> byDate = new HashMap<>();
        for (HolidayDay day : days) {
            byDate.put(day.date(), day);
        }
        this.exceptions = Map.copyOf(byDate);
        this.knownYears = Set.copyOf(new TreeSet<>(knownYears));
        int size = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
        this.workingUpTo = new int[size];
        int total = 0;
        LocalDate date = FIRST;
        for (int i = 0; i < size; i++, date = date.plusDays(1)) {
            if (ruleSaysWorking(date)) {
                total++;
            }
            workingUpTo[i] = total;
        }
    }

    public static boolean inRange(LocalDate date) {
        return date != null && !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public boolean isWorkingDay(LocalDate date) {
        requireInRange(date);
        return ruleSaysWorking(date);
    }

    /** Whether the year's official schedule is loaded, so answers about it are final. */
    public boolean isKnown(int year) {
        return knownYears.contains(year);
    }

    /**
     * Whether a date falls in a year whose schedule is not loaded: a deadline or plan date there was counted by
     * the Monday-to-Friday rule and may move when the State Council's notice comes out. No date: not provisional.
     */
    public boolean isProvisional(LocalDate date) {
        return date != null && !knownYears.contains(date.getYear());
    }

    public Set<Integer> knownYears() {
        return knownYears;
    }

    /** The notice's entry for a date, when it differs from the Monday-to-Friday rule. */
    public Optional<HolidayDay> exception(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    /** The N-th working day after {@code from} (N = 0 gives {@code from} itself). */
    public DueResult addWorkingDays(LocalDate from, int workingDays) {
        requireInRange(from);
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        if (workingDays == 0) {
            return new DueResult(from, false);
        }
        int target = workingUpTo[index(from)] + workingDays;
        if (target > workingUpTo[workingUpTo.length - 1]) {
            throw new IllegalArgumentException("beyond " + LAST);
        }
        // the first index whose running total reaches the target is the due day
        int found = Arrays.binarySearch(workingUpTo, index(from), workingUpTo.length, target);
        while (found > 0 && workingUpTo[found - 1] == target) {
            found--;
        }
        LocalDate due = FIRST.plusDays(found);
        return new DueResult(due, reachesUnknownYear(from, due));
    }

    /**
     * The latest date from which at least {@code workingDays} working days have passed by {@code to} (it may be
     * a day off): "submitted N working days ago".
     */
    public LocalDate daysBackCovering(LocalDate to, int workingDays) {
        LocalDate day = to;
        while (workingDaysBetween(day, to).workingDays() < workingDays) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from}, so that counts add up over adjacent ranges.
     */
    public CountResult workingDaysBetween(LocalDate from, LocalDate to) {
        requireInRange(from);
        requireInRange(to);
        int count = workingUpTo[index(to)] - workingUpTo[index(from)];
        boolean provisional = to.isAfter(from) ? reachesUnknownYear(from, to) : reachesUnknownYear(to, from);
        return new CountResult(count, provisional);
    }

    /** Whether any day in (from, to] lies in a year that is not loaded. */
    private boolean reachesUnknownYear(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return false;
        }
        int firstYear = from.plusDays(1).getYear();
        for (int year = firstYear; year <= to.getYear(); year++) {
            if (!knownYears.contains(year)) {
                return true;
            }
        }
        return false;
    }

    private boolean ruleSaysWorking(LocalDate date) {
        HolidayDay exception = exceptions.get(date);
        if (exception != null) {
            return !exception.offDay();
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    private static int index(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(FIRST, date);
    }

    private static void requireInRange(LocalDate date) {
        if (!inRange(date)) {
            throw new IllegalArgumentException("date outside " + FIRST + ".." + LAST + ": " + date);
        }
    }
}
