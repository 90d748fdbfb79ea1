package org.gridworks.stock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.BusinessException;

/** Stock over the JSON API (shared/API.md, "Stock"): balances, postings with idempotency keys, the ledger. */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

    @Inject
    Catalogue catalogue;

    @Inject
    StockQueries queries;

    @Inject
    StockService stock;

    /** A material's stock in every warehouse, with its reserve level and ceiling. */
    @GET
    public List<StockJson.StockJsonRow> stock(@QueryParam("material") String material) {
        Material found = found(material);
        return queries.stockOf(found).cells().stream().map(StockJson.StockJsonRow::of).toList();
    }

    /** Posts a movement; 201 with the movement and the balance after it (the same answer again for a retry). */
    @POST
    @Path("movements")
    public Response post(StockJson.MovementInput input) {
        if (input == null) {
            throw BusinessException.invalid("type", "stock.badType");
        }
        PostingResult result = stock.post(new MovementCommand(input.idempotencyKey(), type(input.type()),
                input.material(), input.warehouse(), input.quantity(), input.reason(), input.project(),
                input.toWarehouse(), input.transfer(), input.reference()));
        return Response.status(Response.Status.CREATED).entity(StockJson.PostedJson.of(result)).build();
    }

    /** The movements of a material in a warehouse, oldest first; page on with {@code after} (the last id seen). */
    @GET
    @Path("ledger")
    public List<StockJson.MovementJson> ledger(@QueryParam("material") String material,
                                               @QueryParam("warehouse") String warehouse,
                                               @QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
        Material found = found(material);
        Warehouse where = catalogue.warehouse(warehouse)
                .orElseThrow(() -> BusinessException.invalid("warehouse", "stock.unknownWarehouse", warehouse));
        return queries.ledger(found, where, after == null ? 0 : after, limit == null ? 1000 : limit).stream()
                .map(StockJson.MovementJson::of).toList();
    }

    /** Transfers on their way that concern the caller's unit. */
    @GET
    @Path("transfers")
    public List<StockJson.TransferJson> transfers() {
        return queries.transfersInTransit().stream().map(StockJson.TransferJson::of).toList();
    }

    private Material found(String code) {
        if (code == null || code.isBlank()) {
            throw BusinessException.invalid("material", "stock.materialRequired");
        }
        return catalogue.material(code).orElseThrow(() -> BusinessException.notFound("stock.unknownMaterial", code));
    }

    private static MovementType type(String text) {
        try {
            MovementType type = MovementType.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
            if (type.isPostable()) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw BusinessException.invalid("type", "stock.badType");
    }
}
