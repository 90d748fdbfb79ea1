package org.gridworks.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;
import org.gridworks.platform.api.InvalidInputException;

/** Material requests over the JSON API: the board, one request, its status changes. */
@Path("material-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaterialRequestResource {

    @Inject
    MaterialRequestService requests;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    RequestCancellation cancellation;

    @Inject
    SiteDeliveries deliveries;

    @Inject
    DeliveryNotes notes;

    @Context
    HttpHeaders headers;

    /** The open requests that concern the caller, soonest due first (the delivery board). */
    @GET
    public List<RequestJson.RequestOut> board() {
        return requests.boardJson();
    }

    /** The delivery board as Excel: one row per line of every open request that concerns the caller. */
    @GET
    @Path("export.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response export(@QueryParam("lang") String lang) {
        return Downloads.xlsx(requests.boardWorkbook(ApiInput.locale(lang, headers)), "deliveries.xlsx");
    }

    @GET
    @Path("{id}")
    public RequestJson.RequestOut get(@PathParam("id") long id) {
        return requests.json(id);
    }

    /** The signature drawn on site at one signing of this request, as the delivery note shows it. */
    @GET
    @Path("{id}/signatures/{signature}")
    @Produces("image/png")
    public Response signature(@PathParam("id") long id, @PathParam("signature") long signature) {
        return Response.ok(notes.signature(id, signature), "image/png")
                .header("Content-Disposition", "inline; filename=\"signature-" + signature + ".png\"")
                .build();
    }

    /** The delivery note of a request: its lines and every signing on site with what arrived then. */
    @GET
    @Path("{id}/delivery-note")
    public DeliveryNote deliveryNote(@PathParam("id") long id) {
        return notes.note(id, ApiInput.locale(null, headers));
    }

    @POST
    @Path("{id}/{action}")
    public RequestJson.RequestOut act(
            @PathParam("id") long id, @PathParam("action") String action, @Valid RequestJson.ActionIn input) {
        RequestJson.ActionIn in = input == null ? new RequestJson.ActionIn(null, null, null, null, null, null) : input;
        refuseWhatTheActionDoesNotTake(action, in);
        java.time.LocalDateTime at = ApiInput.optionalDateTime("at", in.at());
        Map<String, Integer> delivered = quantities(in.lines());
        MaterialRequest request = switch (action) {
            case "pick" -> lifecycle.pick(id, at, in.version());
            case "dispatch" -> lifecycle.dispatch(id, at, in.version());
            case "deliver" -> deliveries.deliver(id, at, in.signedBy(), delivered, in.signature(), in.version());
            case "cancel" -> cancellation.cancel(id, in.reason(), in.version());
            default -> throw BusinessException.notFound("api.unknownAction", action);
        };
        return requests.json(request.getId());
    }

    /** What each action reads; anything else sent with it is refused, not silently dropped. */
    private static final Map<String, java.util.Set<String>> TAKES = Map.of(
            "pick", java.util.Set.of("at", "version"),
            "dispatch", java.util.Set.of("at", "version"),
            "deliver", java.util.Set.of("at", "signedBy", "lines", "signature", "version"),
            "cancel", java.util.Set.of("reason", "version"));

    private static void refuseWhatTheActionDoesNotTake(String action, RequestJson.ActionIn in) {
        java.util.Set<String> takes = TAKES.get(action);
        if (takes == null) {
            return; // an unknown action is answered 404 below
        }
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("at", in.at());
        sent.put("signedBy", in.signedBy());
        sent.put("reason", in.reason());
        sent.put("lines", in.lines());
        sent.put("signature", in.signature());
        List<InvalidInputException.Fault> faults = sent.entrySet().stream()
                .filter(e -> e.getValue() != null && !takes.contains(e.getKey()))
                .map(e -> new InvalidInputException.Fault(e.getKey(), "api.json.notForThisAction"))
                .toList();
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    private static Map<String, Integer> quantities(List<RequestJson.LineIn> lines) {
        if (lines == null) {
            return null;
        }
        if (lines.isEmpty()) {
            // "lines": [] says nothing was delivered: leave it out to mean "everything outstanding"
            throw BusinessException.invalid("lines", "request.badDeliveryLines");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (RequestJson.LineIn line : lines) {
            // a delivered quantity is a positive number of the material's units, whatever the action
            if (line == null
                    || line.material() == null
                    || line.quantity() == null
                    || line.quantity() <= 0
                    || quantities.put(line.material().trim(), line.quantity()) != null) {
                throw BusinessException.invalid("lines", "request.badDeliveryLines");
            }
        }
        return quantities;
    }
}
