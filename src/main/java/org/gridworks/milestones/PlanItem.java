package org.gridworks.milestones;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as the scheduling rules see it: how long it takes after its predecessors finish (finish-to-start,
 * plus a lag), and its dates. forecastFixed marks a forecast a person recorded, which propagation keeps.
 */
public record PlanItem(
        String code,
        int durationDays,
        List<String> predecessors,
        int lagDays,
        LocalDate baseline,
        LocalDate forecast,
        boolean forecastFixed,
        LocalDate actual) {

    public PlanItem {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    /** The date that counts for what follows: the actual one when reached, else the forecast. */
    public LocalDate effective() {
        return actual != null ? actual : forecast;
    }

    PlanItem withForecast(LocalDate date) {
        return new PlanItem(code, durationDays, predecessors, lagDays, baseline, date, forecastFixed, actual);
    }

    PlanItem withBaseline(LocalDate date) {
        return new PlanItem(code, durationDays, predecessors, lagDays, date, forecast, forecastFixed, actual);
    }
}
