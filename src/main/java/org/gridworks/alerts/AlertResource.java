package org.gridworks.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.watch.WatchSources;

/** Warnings over the JSON API: the scan on demand, the red list, the outbox (shared/API.md "Warnings"). */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    WatchSources pages;

    @Inject
    InboxService alerts;

    @Context
    HttpHeaders headers;

    /** Runs a scan now (administrators): how many warnings it raised. */
    @POST
    @Path("scan")
    public JsonObject scan() {
        return Json.createObjectBuilder().add("raised", alerts.scanNow()).build();
    }

    /** Everything red now, longest red first; optionally of one kind (a subject type) and one unit (its code). */
    @GET
    @Path("red")
    public List<AlertJson.RedJson> red(@QueryParam("kind") String kind, @QueryParam("unit") String unit) {
        Locale locale = locale();
        RedFilter filter = RedFilter.of(kind, unit);
        return alerts.red().stream()
                .filter(filter::shows)
                .map(r -> AlertJson.RedJson.of(r, locale, pages))
                .toList();
    }

    /** The red list as Excel, in {@code lang} (or the caller's language), with the same filter as the JSON. */
    @GET
    @Path("red.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response redWorkbook(
            @QueryParam("lang") String lang, @QueryParam("kind") String kind, @QueryParam("unit") String unit) {
        RedFilter filter = RedFilter.of(kind, unit);
        return Downloads.xlsx(
                RedListWorkbook.write(
                        alerts.red().stream().filter(filter::shows).toList(), ApiInput.locale(lang, headers)),
                "red-list.xlsx");
    }

    @GET
    @Path("outbox")
    public List<AlertJson.OutboxJson> outbox(@QueryParam("status") String status) {
        OutboxStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = OutboxStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("status", "alert.badStatus");
            }
        }
        return alerts.outbox(wanted).stream().map(AlertJson.OutboxJson::of).toList();
    }

    /** Works off the outbox now (administrators): how many were sent and how many failed. */
    @POST
    @Path("outbox/send")
    public JsonObject send() {
        OutboxSender.Outcome outcome = alerts.sendNow();
        return Json.createObjectBuilder()
                .add("sent", outcome.sent())
                .add("failed", outcome.failed())
                .build();
    }

    @POST
    @Path("outbox/{id}/retry")
    public JsonObject retry(@PathParam("id") long id) {
        alerts.retry(id);
        return Json.createObjectBuilder().add("retried", id).build();
    }

    private Locale locale() {
        return Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
