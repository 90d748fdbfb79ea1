package org.gridworks.delays;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gridworks.platform.BusinessException;

/**
 * The delay-cause table of the evaluation page, counted once per request however often the page asks (a table's
 * value is read several times while it renders).
 */
@Named
@RequestScoped
public class DelayCountsView {

    @Inject
    DelayCounts counts;

    private List<Object> key;
    private List<DelayCounts.Row> rows;

    /**
     * Each unit's top causes (the half-year report asks which problems each county company has): the causes with the
     * most late items, joined when tied; "not yet known" only when nothing else is.
     */
    public List<TopCause> top(LocalDate from, LocalDate to, String unit) {
        java.util.Map<String, List<DelayCounts.Row>> byUnit = new java.util.TreeMap<>();
        for (DelayCounts.Row row : of(from, to, unit)) {
            byUnit.computeIfAbsent(row.unit(), k -> new java.util.ArrayList<>()).add(row);
        }
        List<TopCause> top = new java.util.ArrayList<>();
        byUnit.forEach((code, rows) -> {
            List<DelayCounts.Row> known = rows.stream()
                    .filter(r -> !DelayCounts.UNASSIGNED.equals(r.cause()))
                    .toList();
            List<DelayCounts.Row> candidates = known.isEmpty() ? rows : known;
            long most =
                    candidates.stream().mapToLong(DelayCounts.Row::late).max().orElse(0);
            long all = rows.stream().mapToLong(DelayCounts.Row::late).sum();
            top.add(new TopCause(
                    code,
                    candidates.stream()
                            .filter(r -> r.late() == most)
                            .map(DelayCounts.Row::cause)
                            .toList(),
                    most,
                    all));
        });
        return top;
    }

    /** A unit's top causes, how many late items each has, and how many late items the unit has in all. */
    public record TopCause(String unit, List<String> causes, long late, long total) implements java.io.Serializable {}

    public List<DelayCounts.Row> of(LocalDate from, LocalDate to, String unit) {
        List<Object> asked = java.util.Arrays.asList(from, to, unit);
        if (rows == null || !Objects.equals(key, asked)) {
            key = asked;
            try {
                rows = from == null || to == null ? List.of() : counts.count(from, to, unit);
            } catch (BusinessException refused) {
                // the evaluation itself answers for the unit the caller may see; nothing to add here
                rows = List.of();
            }
        }
        return rows;
    }
}
