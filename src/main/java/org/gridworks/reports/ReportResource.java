package org.gridworks.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;

/** Reports over the JSON API (shared/API.md, "Warnings and reports") and as Excel downloads. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    org.gridworks.delays.DelayCounts delayCounts;

    @Inject
    ReportService reports;

    @Context
    HttpHeaders headers;

    @JsonbNillable
    @JsonbPropertyOrder({
        "category",
        "closed",
        "compliant",
        "rate",
        "averageWorkingDays",
        "p90WorkingDays",
        "averageLimit"
    })
    public record CategoryJson(
            String category,
            long closed,
            long compliant,
            Double rate,
            Double averageWorkingDays,
            Integer p90WorkingDays,
            Double averageLimit) {}

    @JsonbNillable
    @JsonbPropertyOrder({"from", "to", "unit", "closed", "compliant", "rate", "byCategory"})
    public record ComplianceJson(
            String from,
            String to,
            String unit,
            long closed,
            long compliant,
            Double rate,
            List<CategoryJson> byCategory) {}

    /** Applications connected in the period and how many kept every clock (达标率), by category. */
    @GET
    @Path("compliance")
    public ComplianceJson compliance(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        Evaluation e = evaluations.evaluate(period(from, to), unit, locale(null));
        return new ComplianceJson(
                e.period().from().toString(),
                e.period().to().toString(),
                e.unit(),
                e.total().closed(),
                e.total().compliant(),
                e.total().rate(),
                e.byCategory().stream()
                        .map(g -> new CategoryJson(
                                g.key(),
                                g.closed(),
                                g.compliant(),
                                g.rate(),
                                g.averageDays(),
                                g.p90Days(),
                                g.averageLimit()))
                        .toList());
    }

    /** The whole evaluation of a period. */
    @GET
    @Path("evaluation")
    public Evaluation evaluation(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        return evaluations.evaluate(period(from, to), unit, locale(null));
    }

    /** Applications accepted in the period: enterprise ones and those flagged for their documents, on-site replies. */
    @GET
    @Path("applications")
    public ApplicationFigures applications(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        return evaluations.applications(period(from, to), unit);
    }

    @GET
    @Path("evaluation.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response evaluationWorkbook(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("unit") String unit,
            @QueryParam("table") String table,
            @QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        Evaluation e = evaluations.evaluate(period(from, to), unit, locale);
        String name = "evaluation-" + e.period().from() + "-" + e.period().to();
        if (table != null && !table.isBlank()) {
            // one chart's table (byUnit, trend, steps), as the page's "export this table" asks
            return Downloads.xlsx(EvaluationWorkbook.writeTable(e, table, locale), name + "-" + table + ".xlsx");
        }
        return Downloads.xlsx(
                EvaluationWorkbook.write(
                        e,
                        evaluations.applications(e.period(), e.unit()),
                        delayCounts.count(e.period().from(), e.period().to(), e.unit()),
                        locale),
                name + ".xlsx");
    }

    /** The half-year progress report of a unit as Excel. */
    @GET
    @Path("half-year.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response halfYear(
            @QueryParam("unit") String unit,
            @QueryParam("year") int year,
            @QueryParam("half") int half,
            @QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        HalfYearReport report = reports.halfYear(unit, year, half, locale);
        return Downloads.xlsx(
                reports.halfYearWorkbook(report, locale),
                "half-year-" + report.unit() + "-" + year + "-H" + half + ".xlsx");
    }

    private Locale locale(String lang) {
        return ApiInput.locale(lang, headers);
    }

    static Period period(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw BusinessException.invalid("to", "report.toBeforeFrom");
        }
        if (end.isAfter(start.plusYears(10))) {
            throw BusinessException.invalid("to", "report.tooLong");
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid(field, "report.dateRequired");
        }
        return ApiInput.optionalDate(field, text);
    }
}
