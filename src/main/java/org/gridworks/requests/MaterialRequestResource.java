package org.gridworks.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.stock.Material;

/** Material requests over the JSON API: the board, one request, its status changes. */
@Path("material-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaterialRequestResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MaterialRequestService requests;

    @Context
    HttpHeaders headers;

    /** The open requests that concern the caller, soonest due first (the delivery board). */
    @GET
    public List<RequestJson.RequestOut> board() {
        return requests.board().stream().map(r -> RequestJson.RequestOut.of(r, requests)).toList();
    }

    /** The delivery board as Excel: one row per line of every open request that concerns the caller. */
    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    public Response export(@QueryParam("lang") String lang) {
        Locale locale = lang == null || lang.isBlank()
                ? Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                : Languages.fromTag(lang);
        List<List<Object>> rows = new ArrayList<>();
        for (MaterialRequest r : requests.board()) {
            DeliveryClock.Result state = requests.state(r);
            for (RequestLine line : r.getLines()) {
                Material material = requests.material(line);
                List<Object> row = new ArrayList<>();
                row.add(r.getId());
                row.add(r.getProject().getNumber());
                row.add(r.getSite());
                row.add(r.getDueOn().toString());
                row.add(Messages.get(locale, "deliveryState." + state.state()));
                row.add(Messages.get(locale, "requestStatus." + r.getStatus()));
                row.add(material.getCode());
                row.add(material.getName() + " " + material.getSpec());
                row.add(line.getQuantity());
                row.add(line.getDelivered());
                row.add(requests.warehouse(line).name(locale));
                rows.add(row);
            }
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(Messages.get(locale, "deliveries.board"), List.of(Messages.get(locale, "deliveries.request"),
                    Messages.get(locale, "field.number"), Messages.get(locale, "deliveries.site"),
                    Messages.get(locale, "deliveries.due"), Messages.get(locale, "field.clock"),
                    Messages.get(locale, "field.status"), Messages.get(locale, "materials.code"),
                    Messages.get(locale, "stock.material"), Messages.get(locale, "stock.quantity"),
                    Messages.get(locale, "deliveries.arrived"), Messages.get(locale, "stock.warehouse")), rows);
            return Response.ok(sheets.bytes(), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"deliveries.xlsx\"").build();
        }
    }

    @GET
    @Path("{id}")
    public RequestJson.RequestOut get(@PathParam("id") long id) {
        return RequestJson.RequestOut.of(requests.find(id), requests);
    }

    @POST
    @Path("{id}/{action}")
    public RequestJson.RequestOut act(@PathParam("id") long id, @PathParam("action") String action,
                                      RequestJson.ActionIn input) {
        RequestJson.ActionIn in = input == null ? new RequestJson.ActionIn(null, null, null, null, null) : input;
        MaterialRequest request = switch (action) {
            case "pick" -> requests.pick(id, RequestJson.dateTime("at", in.at()), in.version());
            case "dispatch" -> requests.dispatch(id, RequestJson.dateTime("at", in.at()), in.version());
            case "deliver" -> requests.deliver(id, RequestJson.dateTime("at", in.at()), in.signedBy(),
                    quantities(in.lines()), in.version());
            case "cancel" -> requests.cancel(id, in.reason(), in.version());
            default -> throw BusinessException.notFound("api.unknownAction", action);
        };
        return RequestJson.RequestOut.of(request, requests);
    }

    private static Map<String, Integer> quantities(List<RequestJson.LineIn> lines) {
        if (lines == null) {
            return null;
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (RequestJson.LineIn line : lines) {
            if (line == null || line.material() == null || quantities.put(line.material().trim(), line.quantity()) != null) {
                throw BusinessException.invalid("lines", "request.badDeliveryLines");
            }
        }
        return quantities;
    }
}
