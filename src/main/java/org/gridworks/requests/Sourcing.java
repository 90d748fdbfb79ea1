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
 * from the start, with its best date). No warehouse with the quantity available: the line may be split between two
 * warehouses that have it together ({@link #split}); otherwise nothing to propose.
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

    /** One warehouse's part of a line sourced from two: how many it sends and the day they can be on site. */
    public record Part(Candidate from, int quantity, LocalDate expectedOn) {}

    /** A line split between two warehouses; on site when the later part is, which decides whether it meets due. */
    public record Split(Part first, Part second) {

        public LocalDate expectedOn() {
            return first.expectedOn().isAfter(second.expectedOn()) ? first.expectedOn() : second.expectedOn();
        }

        public boolean canMeetDue(LocalDate due) {
            return !expectedOn().isAfter(due);
        }
    }

    /**
     * When no single warehouse has the quantity: the two that have it together and can be on site soonest (the line
     * is complete only when both parts are there); on the same day a pair with the project's own unit's warehouse,
     * then one with the central warehouse, then the pair whose larger part is largest (less to carry from the
     * second). The first part comes from the project's own warehouse when it is one of the two, else from the one
     * with more available, and is all it has available; the second sends the rest. Empty when a single warehouse
     * has the quantity (use {@link #choose}) or no two have it together.
     */
    public static Optional<Split> split(
            int quantity,
            String projectUnit,
            List<Candidate> candidates,
            LocalDate requestDay,
            WorkingDayCalendar calendar) {
        if (candidates.stream().anyMatch(c -> c.available() >= quantity)) {
            return Optional.empty();
        }
        List<Candidate> stocked =
                candidates.stream().filter(c -> c.available() > 0).toList();
        Split best = null;
        for (int i = 0; i < stocked.size(); i++) {
            for (int j = i + 1; j < stocked.size(); j++) {
                Candidate a = stocked.get(i);
                Candidate b = stocked.get(j);
                if (a.available() + b.available() < quantity) {
                    continue;
                }
                Candidate first = firstOf(a, b, projectUnit);
                Candidate second = first == a ? b : a;
                Split split = new Split(
                        new Part(first, first.available(), onSite(first, requestDay, calendar)),
                        new Part(second, quantity - first.available(), onSite(second, requestDay, calendar)));
                if (best == null
                        || SPLIT_ORDER.compare(new Ranked(split, projectUnit), new Ranked(best, projectUnit)) < 0) {
                    best = split;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private record Ranked(Split split, String projectUnit) {
        boolean own() {
            return split.first().from().unit().equals(projectUnit)
                    || split.second().from().unit().equals(projectUnit);
        }

        boolean central() {
            return split.first().from().central() || split.second().from().central();
        }

        String codes() {
            return split.first().from().warehouse() + "+"
                    + split.second().from().warehouse();
        }
    }

    private static final Comparator<Ranked> SPLIT_ORDER = Comparator.comparing(
                    (Ranked r) -> r.split().expectedOn())
            .thenComparing(r -> !r.own())
            .thenComparing(r -> !r.central())
            .thenComparing(r -> -r.split().first().quantity())
            .thenComparing(Ranked::codes);

    private static Candidate firstOf(Candidate a, Candidate b, String projectUnit) {
        if (a.unit().equals(projectUnit) != b.unit().equals(projectUnit)) {
            return a.unit().equals(projectUnit) ? a : b;
        }
        if (a.available() != b.available()) {
            return a.available() > b.available() ? a : b;
        }
        return a.warehouse().compareTo(b.warehouse()) <= 0 ? a : b;
    }

    private static LocalDate onSite(Candidate from, LocalDate requestDay, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(requestDay, from.transferDays()).due();
    }
}
