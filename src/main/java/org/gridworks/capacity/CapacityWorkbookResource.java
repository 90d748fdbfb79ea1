package org.gridworks.capacity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;
import org.gridworks.platform.i18n.Messages;

/** Grid capacity as Excel, for administrators: the export, and an import of the same columns (all rows or none). */
@Path("grid-capacity.xlsx")
@RequestScoped
public class CapacityWorkbookResource {

    @Inject
    CapacityService capacity;

    @Inject
    SystemInfo system;

    /** Every row as a workbook; {@code lang} picks the language of its headings. */
    @GET
    @Produces(Sheets.CONTENT_TYPE)
    public Response export(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return Downloads.xlsx(
                capacity.export(ApiInput.locale(lang, headers)), "grid-capacity-" + system.today() + ".xlsx");
    }

    /**
     * Imports a workbook (the body, the export's columns): 200 with the rows created and changed, or 400 with every
     * refused row and column in the caller's language, and then nothing is imported.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importWorkbook(byte[] content, @Context HttpHeaders headers) {
        CapacityService.ImportReport report = capacity.importWorkbook(content);
        Locale locale = ApiInput.locale(null, headers);
        if (!report.isApplied()) {
            List<CapacityJson.ProblemJson> problems = report.problems().stream()
                    .map(p -> new CapacityJson.ProblemJson(p.row(), p.column(), said(locale, p)))
                    .toList();
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new CapacityJson.ImportJson(
                            0, 0, Messages.get(locale, "capacity.rejected", problems.size()), problems))
                    .build();
        }
        return Response.ok(new CapacityJson.ImportJson(report.created(), report.changed(), null, List.of()))
                .build();
    }

    /** A row's problem says its row and column in words too ("Row 3, column E: ..."); the file's alone does not. */
    private static String said(Locale locale, CapacityWorkbook.Problem p) {
        String message = Messages.get(locale, p.messageKey(), p.arguments());
        return p.row() == 0 ? message : Messages.get(locale, "capacity.at", p.row(), p.column(), message);
    }
}
