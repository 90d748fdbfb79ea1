package org.gridworks.milestones;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;

/** The milestone portfolio as Excel, with the page's filters (what the caller may see, as on the page). */
@Path("milestones")
@RequestScoped
public class PortfolioResource {

    @Inject
    PortfolioRows portfolio;

    @Context
    HttpHeaders headers;

    @GET
    @Path("portfolio.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response export(
            @QueryParam("days") Integer days,
            @QueryParam("unit") String unit,
            @QueryParam("person") String person,
            @QueryParam("lang") String lang) {
        Locale locale = ApiInput.locale(lang, headers);
        return Downloads.xlsx(
                PortfolioRows.workbook(portfolio.rows(days, unit, person, locale), locale), "portfolio.xlsx");
    }
}
