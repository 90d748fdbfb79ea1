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

    /** Each unit's top causes, for the evaluation page's half-year view (the ranking is DelayCounts.top's). */
    public List<DelayCounts.TopCause> top(LocalDate from, LocalDate to, String unit) {
        return DelayCounts.top(of(from, to, unit));
    }

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
