package org.gridworks.requests;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridworks.calendar.WorkingDayCalendar;

/**
 * Which warehouse a line of a request comes from. The project's own unit's warehouse when it has the quantity
 * available and can still deliver by the due date; otherwise the warehouse with the quantity whose transfer time
 * to the site still fits, soonest first; when none fits, the one that can deliver soonest (the line is then red
 * from the start, with its best date). No warehouse with the quantity available: nothing to propose.
 */
public final class Sourcing {

    private Sourcing() {}

    /** A warehouse that could send the line: its code, its unit, what it has available, its transfer time. */
    public record Candidate(String warehouse, String unit, int available, int transferDays, boolean central) {}

    /** The proposal for a line: the warehouse, the day it would be on site, whether that meets the due date. */
    public record Choice(Candidate from, LocalDate expectedOn, boolean canMeetDue) {}

    public static Optional<Choice> choose(
            int quantity,
            String projectUnit,
            List<Candidate> candidates,
            LocalDate requestDay,
            LocalDate due,
            WorkingDayCalendar calendar) {
        List<Choice> able = candidates.stream()
                .filter(c -> c.available() >= quantity)
                .map(c -> {
                    LocalDate on = calendar.addWorkingDays(requestDay, c.transferDays())
                            .due();
                    return new Choice(c, on, !on.isAfter(due));
                })
                .toList();
        Optional<Choice> own = able.stream()
                .filter(c -> c.canMeetDue() && c.from().unit().equals(projectUnit))
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        // soonest on site; then the central warehouse (it holds the city's reserve); then the most available
        return able.stream()
                .min(Comparator.comparing(Choice::expectedOn)
                        .thenComparing(c -> !c.from().central())
                        .thenComparing(c -> -c.from().available())
                        .thenComparing(c -> c.from().warehouse()));
    }
}
