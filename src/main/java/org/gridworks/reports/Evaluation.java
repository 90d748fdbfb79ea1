package org.gridworks.reports;

import java.io.Serializable;
import java.util.List;

/** The evaluation of a period (and optionally one unit): every figure the page, the API and the exports show. */
public record Evaluation(
        Period period,
        String unit,
        Group total,
        List<Group> byCategory,
        List<Group> byUnit,
        List<StepRate> steps,
        List<MonthPoint> trend,
        DeliveryFigures deliveries,
        List<PermitFigure> permits,
        List<MilestoneFigure> milestones)
        implements Serializable {

    /** Applications closed in a group: how many, how many kept every clock, handling time against the limit. */
    public record Group(
            String key,
            long closed,
            long compliant,
            Double rate,
            Double averageDays,
            Integer p90Days,
            Double averageLimit)
            implements Serializable {}

    /** One step's compliance: closed steps, how many within their budget, average working days and budget. */
    public record StepRate(String step, long closed, long met, Double rate, Double averageDays, Double averageLimit)
            implements Serializable {}

    /** A month of the trend. */
    public record MonthPoint(String month, long closed, long compliant, Double rate) implements Serializable {}

    /** Deliveries completed in the period: on time, late, average lateness of the late ones in working days. */
    public record DeliveryFigures(long delivered, long onTime, Double rate, Double averageLateDays)
            implements Serializable {}

    /** Permits decided in the period, per type and authority: how many, average working days, over the limit. */
    public record PermitFigure(
            String type, String name, String authority, long decided, Double averageDays, long overLimit)
            implements Serializable {}

    /** Milestones reached in the period: how many, average slip against the baseline in working days. */
    public record MilestoneFigure(String code, String name, long reached, Double averageSlip, long late)
            implements Serializable {}
}
