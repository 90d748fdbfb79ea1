package org.gridworks.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The customers' ratings of a period by unit and category (RatingFigures), beside the evaluation's API. */
@Path("reports/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RatingReportResource {

    @Inject
    RatingFigures ratings;

    @GET
    public List<RatingFigures.Row> ratings(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        return ratings.of(ReportResource.period(from, to), unit);
    }
}
