package org.gridworks.reports;

import java.io.Serializable;
import java.util.List;

/** Compliance by unit and month by month over a period: the part of the evaluation the dashboard shows. */
public record ComplianceOverview(Period period, List<Evaluation.Group> byUnit, List<Evaluation.MonthPoint> trend)
        implements Serializable {}
