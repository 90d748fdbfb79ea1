package org.gridworks.stock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.stream.Stream;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.People;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;

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

    @Inject
    ReserveListService reserveList;

    @Inject
    SystemInfo system;

    @Inject
    PersonNames names;

    @Context
    HttpHeaders headers;

    /** A material's stock in every warehouse, with its reserve level and ceiling. */
    @GET
    public List<StockJson.StockJsonRow> stock(@QueryParam("material") String material) {
        Material found = found(material);
        return queries.stockOf(found).cells().stream()
                .map(StockJson.StockJsonRow::of)
                .toList();
    }

    /**
     * The stock check as the page shows it: materials whose code, name or specification contain {@code q}, of a
     * category, only those below reserve somewhere; a page at a time with every warehouse's stock.
     */
    @GET
    @Path("check")
    public StockJson.CheckJson check(
            @QueryParam("q") String q,
            @QueryParam("category") String category,
            @QueryParam("belowReserve") boolean belowReserve,
            @QueryParam("first") Integer first,
            @QueryParam("limit") Integer limit) {
        StockFilter filter = new StockFilter(q, category(category), belowReserve);
        int from = first == null ? 0 : first;
        int size = limit == null ? 20 : limit;
        if (from < 0 || size < 1 || size > 200) {
            throw BusinessException.invalid(from < 0 ? "first" : "limit", "api.badPaging", 200);
        }
        return new StockJson.CheckJson(
                queries.count(filter),
                queries.page(filter, from, size).stream()
                        .map(StockJson.CheckedMaterialJson::of)
                        .toList());
    }

    /** Posts a movement; 201 with the movement and the balance after it (the same answer again for a retry). */
    @POST
    @Path("movements")
    public Response post(@Valid StockJson.MovementInput input) {
        if (input == null) {
            throw BusinessException.invalid("type", "stock.badType");
        }
        PostingResult result = stock.post(new MovementCommand(
                input.idempotencyKey(),
                type(input.type()),
                input.material(),
                input.warehouse(),
                input.quantity(),
                input.reason(),
                input.project(),
                input.toWarehouse(),
                input.transfer(),
                input.reference()));
        People people = names.of(List.of(result.primary().getPosting().getPostedBy()), locale());
        return Response.status(Response.Status.CREATED)
                .entity(StockJson.PostedJson.of(result, people))
                .build();
    }

    /** The movements of a material in a warehouse, oldest first; page on with {@code after} (the last id seen). */
    @GET
    @Path("ledger")
    public List<StockJson.MovementJson> ledger(
            @QueryParam("material") String material,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("after") Long after,
            @QueryParam("limit") Integer limit) {
        Material found = found(material);
        Warehouse where = catalogue
                .warehouse(warehouse)
                .orElseThrow(() -> BusinessException.invalid("warehouse", "stock.unknownWarehouse", warehouse));
        List<StockMovement> movements =
                queries.ledger(found, where, after == null ? 0 : after, limit == null ? 1000 : limit);
        People people = names.of(
                movements.stream().map(m -> m.getPosting().getPostedBy()).toList(), locale());
        return movements.stream().map(m -> StockJson.MovementJson.of(m, people)).toList();
    }

    /**
     * The ledger of a material in a warehouse as Excel, newest first, of one movement type or of all: what the ledger
     * page shows, at most the latest 10,000 rows.
     */
    @GET
    @Path("ledger.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response exportLedger(
            @QueryParam("material") String material,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("type") String type,
            @QueryParam("lang") String lang) {
        Material found = found(material);
        Warehouse where = catalogue
                .warehouse(warehouse)
                .orElseThrow(() -> BusinessException.invalid("warehouse", "stock.unknownWarehouse", warehouse));
        MovementType movementType = type == null || type.isBlank() ? null : anyType(type);
        Locale locale = ApiInput.locale(lang, headers);
        List<StockMovement> movements =
                queries.ledgerPage(found, where, movementType, true, 0, StockQueries.LEDGER_PAGE_MAX);
        People people = names.of(
                movements.stream().map(m -> m.getPosting().getPostedBy()).toList(), locale);
        List<LedgerRow> rows =
                movements.stream().map(m -> LedgerRow.of(m, locale, people)).toList();
        return Downloads.xlsx(
                LedgerWorkbook.workbook(rows, found.getCode() + " " + where.getCode(), locale),
                "ledger-" + found.getCode() + "-" + where.getCode() + ".xlsx");
    }

    /** The stock level after each of the latest postings of a material in a warehouse, as Excel (the ledger chart's table). */
    @GET
    @Path("levels.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response exportLevels(
            @QueryParam("material") String material,
            @QueryParam("warehouse") String warehouse,
            @QueryParam("lang") String lang) {
        Material found = found(material);
        Warehouse where = catalogue
                .warehouse(warehouse)
                .orElseThrow(() -> BusinessException.invalid("warehouse", "stock.unknownWarehouse", warehouse));
        Locale locale = ApiInput.locale(lang, headers);
        List<StockLevel> levels = queries.levels(found, where, StockLevels.LATEST);
        return Downloads.xlsx(
                StockLevels.workbook(levels, found.getCode() + " " + where.getCode(), locale),
                "stock-" + found.getCode() + "-" + where.getCode() + ".xlsx");
    }

    /** Transfers on their way that concern the caller's unit. */
    @GET
    @Path("transfers")
    public List<StockJson.TransferJson> transfers() {
        List<StockTransfer> transfers = queries.transfersInTransit();
        People people = names.of(
                transfers.stream()
                        .flatMap(t -> Stream.of(t.getSentBy(), t.getReceivedBy()))
                        .toList(),
                locale());
        return transfers.stream().map(t -> StockJson.TransferJson.of(t, people)).toList();
    }

    /** One transfer that concerns the caller's unit: what was sent, what arrived, written off, still in transit. */
    @GET
    @Path("transfers/{id}")
    public StockJson.TransferJson transfer(@PathParam("id") long id) {
        StockTransfer transfer = queries.transfer(id);
        return StockJson.TransferJson.of(
                transfer,
                names.of(
                        Stream.of(transfer.getSentBy(), transfer.getReceivedBy())
                                .toList(),
                        locale()));
    }

    /**
     * Records what arrived of a transfer (all that is still in transit when no quantity is given); the shortfall
     * stays in transit. 201 with the ledger row, the target's balance and the transfer; 409 for a stale version.
     */
    @POST
    @Path("transfers/{id}/arrivals")
    public Response arrival(@PathParam("id") long id, @Valid StockJson.ArrivalInput input) {
        StockJson.ArrivalInput in = input == null ? new StockJson.ArrivalInput(null, null, null, null, null) : input;
        return transferPosted(stock.post(new MovementCommand(
                in.idempotencyKey(),
                MovementType.TRANSFER_IN,
                null,
                null,
                in.quantity(),
                in.reason(),
                null,
                null,
                id,
                in.reference(),
                in.version())));
    }

    /** Writes off part of a transfer's shortfall with its reason (an adjustment at the target, in the ledger). */
    @POST
    @Path("transfers/{id}/write-offs")
    public Response writeOff(@PathParam("id") long id, @Valid StockJson.WriteOffInput input) {
        StockJson.WriteOffInput in = input == null ? new StockJson.WriteOffInput(null, null, null, null, null) : input;
        return transferPosted(stock.post(new MovementCommand(
                in.idempotencyKey(),
                MovementType.ADJUSTMENT,
                null,
                null,
                in.quantity(),
                in.reason(),
                null,
                null,
                id,
                in.reference(),
                in.version())));
    }

    private Response transferPosted(PostingResult result) {
        StockTransfer transfer = queries.transfer(result.posting().getTransfer().getId());
        People people = names.of(
                Stream.of(result.primary().getPosting().getPostedBy(), transfer.getSentBy(), transfer.getReceivedBy())
                        .toList(),
                locale());
        return Response.status(Response.Status.CREATED)
                .entity(new StockJson.TransferPostedJson(
                        StockJson.MovementJson.of(result.primary(), people),
                        StockJson.BalanceJson.of(result.primary()),
                        result.replayed(),
                        StockJson.TransferJson.of(transfer, people)))
                .build();
    }

    /** The reserve list with stock as an Excel workbook; {@code lang} picks the language of its headings. */
    @GET
    @Path("reserve-list.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response exportReserveList(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return Downloads.xlsx(
                reserveList.export(ApiInput.locale(lang, headers)), "reserve-list-" + system.today() + ".xlsx");
    }

    /**
     * Imports reserve levels from an Excel workbook (the body); all rows or none. 200 with the counts, or 400 with
     * every refused row.
     */
    @PUT
    @Path("reserve-list")
    @Consumes(MediaType.WILDCARD)
    public Response importReserveList(byte[] content, @Context HttpHeaders headers) {
        ReserveListService.ImportReport report = reserveList.importLevels(content);
        Locale locale = Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<StockJson.ProblemJson> problems = report.problems().stream()
                .map(p -> new StockJson.ProblemJson(
                        p.row(), p.column(), Messages.get(locale, p.messageKey(), p.arguments())))
                .toList();
        if (!report.isApplied()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new StockJson.ImportJson(
                            0, 0, Messages.get(locale, "reserve.rejected", problems.size()), problems))
                    .build();
        }
        return Response.ok(new StockJson.ImportJson(report.created(), report.changed(), null, List.of()))
                .build();
    }

    private Material found(String code) {
        if (code == null || code.isBlank()) {
            throw BusinessException.invalid("material", "stock.materialRequired");
        }
        return catalogue.material(code).orElseThrow(() -> BusinessException.notFound("stock.unknownMaterial", code));
    }

    private static MaterialCategory category(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MaterialCategory.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("category", "material.categoryRequired");
        }
    }

    /** Any movement type, for reading the ledger (reservations and releases included). */
    private static MovementType anyType(String text) {
        try {
            return MovementType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("type", "stock.badType");
        }
    }

    private static MovementType type(String text) {
        try {
            MovementType type =
                    MovementType.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
            if (type.isPostable()) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw BusinessException.invalid("type", "stock.badType");
    }
    /** The caller's language, for the name of the system as the actor. */
    private Locale locale() {
        return Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
