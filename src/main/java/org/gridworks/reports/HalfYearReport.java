package org.gridworks.reports;

import java.io.Serializable;
import java.util.List;

/**
 * The half-year progress report of a county or district company: its goals (every application within its legal
 * limits, every delivery on time, every permit within its limit) met or not, its figures, and its open problems
 * (everything red today), and which causes made it late most often.
 */
public record HalfYearReport(
        String unit,
        String unitName,
        int year,
        int half,
        Evaluation evaluation,
        List<Goal> goals,
        List<Problem> problems,
        List<org.gridworks.delays.DelayCounts.TopCause> causes)
        implements Serializable {

    /** A goal: what, the figure reached, the target, met or not (null when there was nothing to count). */
    public record Goal(String key, Double actual, Double target, Boolean met) implements Serializable {}

    /** A red item today. */
    public record Problem(String type, String reference, String text, String link) implements Serializable {}
}
