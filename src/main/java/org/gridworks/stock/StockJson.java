package org.gridworks.stock;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import org.gridworks.platform.People;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.PositiveId;
import org.gridworks.platform.validation.SeenVersion;
import org.gridworks.platform.validation.SignedQuantity;

/** The JSON shapes of the stock API (shared/API.md, "Stock"). */
public final class StockJson {

    private StockJson() {}

    @JsonbPropertyOrder({"code", "name", "spec", "unit", "category", "active", "version"})
    public record MaterialJson(
            String code,
            String name,
            String spec,
            String unit,
            MaterialCategory category,
            boolean active,
            int version) {
        static MaterialJson of(Material m) {
            return new MaterialJson(
                    m.getCode(), m.getName(), m.getSpec(), m.getUom(), m.getCategory(), m.isActive(), m.getVersion());
        }
    }

    @JsonbPropertyOrder({"code", "name", "unit", "central"})
    public record WarehouseJson(String code, String name, String unit, boolean central) {
        static WarehouseJson of(Warehouse w, Locale locale) {
            return new WarehouseJson(w.getCode(), w.name(locale), w.unitCode(), w.isCentral());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({
        "warehouse",
        "onHand",
        "reserved",
        "available",
        "inTransit",
        "reserveLevel",
        "ceiling",
        "belowReserve"
    })
    public record StockJsonRow(
            String warehouse,
            int onHand,
            int reserved,
            int available,
            int inTransit,
            Integer reserveLevel,
            Integer ceiling,
            boolean belowReserve) {
        static StockJsonRow of(StockCell cell) {
            Balance b = cell.balance();
            return new StockJsonRow(
                    cell.warehouse().getCode(),
                    b.onHand(),
                    b.reserved(),
                    b.available(),
                    b.inTransit(),
                    cell.minimum(),
                    cell.ceiling(),
                    cell.isBelowReserve());
        }
    }

    @JsonbPropertyOrder({"code", "name", "spec", "unit", "category", "stock"})
    public record CheckedMaterialJson(
            String code,
            String name,
            String spec,
            String unit,
            MaterialCategory category,
            java.util.List<StockJsonRow> stock) {
        static CheckedMaterialJson of(MaterialStock s) {
            Material m = s.material();
            return new CheckedMaterialJson(
                    m.getCode(),
                    m.getName(),
                    m.getSpec(),
                    m.getUom(),
                    m.getCategory(),
                    s.cells().stream().map(StockJsonRow::of).toList());
        }
    }

    /** A page of the stock check and how many materials match in all. */
    @JsonbPropertyOrder({"total", "materials"})
    public record CheckJson(long total, java.util.List<CheckedMaterialJson> materials) {}

    @JsonbPropertyOrder({"warehouse", "onHand", "reserved", "available", "inTransit"})
    public record BalanceJson(String warehouse, int onHand, int reserved, int available, int inTransit) {
        static BalanceJson of(StockMovement row) {
            Balance b = row.after();
            return new BalanceJson(
                    row.getWarehouse().getCode(), b.onHand(), b.reserved(), b.available(), b.inTransit());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "posting",
        "type",
        "material",
        "warehouse",
        "quantity",
        "deltaOnHand",
        "deltaReserved",
        "deltaInTransit",
        "onHandAfter",
        "reservedAfter",
        "inTransitAfter",
        "counterpart",
        "transfer",
        "project",
        "reason",
        "reference",
        "postedAt",
        "postedBy",
        "postedByName"
    })
    public record MovementJson(
            long id,
            long posting,
            MovementType type,
            String material,
            String warehouse,
            int quantity,
            int deltaOnHand,
            int deltaReserved,
            int deltaInTransit,
            int onHandAfter,
            int reservedAfter,
            int inTransitAfter,
            String counterpart,
            Long transfer,
            String project,
            String reason,
            String reference,
            String postedAt,
            String postedBy,
            String postedByName) {
        static MovementJson of(StockMovement m, People people) {
            StockPosting p = m.getPosting();
            Balance.Delta d = m.delta();
            Balance a = m.after();
            return new MovementJson(
                    m.getId(),
                    p.getId(),
                    m.getType(),
                    m.getMaterial().getCode(),
                    m.getWarehouse().getCode(),
                    m.getQuantity(),
                    d.onHand(),
                    d.reserved(),
                    d.inTransit(),
                    a.onHand(),
                    a.reserved(),
                    a.inTransit(),
                    m.getCounterpart() == null ? null : m.getCounterpart().getCode(),
                    p.getTransfer() == null ? null : p.getTransfer().getId(),
                    p.getProject() == null ? null : p.getProject().getNumber(),
                    p.getReason(),
                    p.getReference(),
                    p.getPostedAt().toString(),
                    p.getPostedBy(),
                    people.name(p.getPostedBy()));
        }
    }

    @JsonbPropertyOrder({"movement", "balance", "replayed"})
    public record PostedJson(MovementJson movement, BalanceJson balance, boolean replayed) {
        static PostedJson of(PostingResult result, People people) {
            return new PostedJson(
                    MovementJson.of(result.primary(), people), BalanceJson.of(result.primary()), result.replayed());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "material",
        "from",
        "to",
        "quantity",
        "status",
        "sentAt",
        "sentBy",
        "sentByName",
        "receivedAt",
        "receivedBy",
        "receivedByName",
        "received",
        "writtenOff",
        "outstanding",
        "version"
    })
    public record TransferJson(
            long id,
            String material,
            String from,
            String to,
            int quantity,
            TransferStatus status,
            String sentAt,
            String sentBy,
            String sentByName,
            String receivedAt,
            String receivedBy,
            String receivedByName,
            int received,
            int writtenOff,
            int outstanding,
            int version) {
        static TransferJson of(StockTransfer t, People people) {
            return new TransferJson(
                    t.getId(),
                    t.getMaterial().getCode(),
                    t.getFrom().getCode(),
                    t.getTo().getCode(),
                    t.getQuantity(),
                    t.getStatus(),
                    t.getSentAt().toString(),
                    t.getSentBy(),
                    people.name(t.getSentBy()),
                    t.getReceivedAt() == null ? null : t.getReceivedAt().toString(),
                    t.getReceivedBy(),
                    people.name(t.getReceivedBy()),
                    t.getReceivedQuantity(),
                    t.getWrittenOff(),
                    t.outstanding(),
                    t.getVersion());
        }
    }

    /** An arrival or write-off: the ledger row, the target's balance after it, and the transfer as it now stands. */
    @JsonbPropertyOrder({"movement", "balance", "replayed", "transfer"})
    public record TransferPostedJson(
            MovementJson movement, BalanceJson balance, boolean replayed, TransferJson transfer) {}

    /**
     * What arrived of a transfer: {@code quantity} empty means everything still in transit; {@code version} is the
     * transfer's version the receiver saw (a second receiver of the same arrival then gets 409, not a double count).
     */
    public record ArrivalInput(
            @MaxLength(64) String idempotencyKey,
            @SignedQuantity Integer quantity,
            @MaxLength(500) String reason,
            @MaxLength(100) String reference,
            @SeenVersion Integer version) {}

    /** A shortfall written off: how many units were lost on the way and why (both required). */
    public record WriteOffInput(
            @MaxLength(64) String idempotencyKey,
            @SignedQuantity Integer quantity,
            @MaxLength(500) String reason,
            @MaxLength(100) String reference,
            @SeenVersion Integer version) {}

    @JsonbPropertyOrder({"row", "column", "error"})
    public record ProblemJson(int row, String column, String error) {}

    /** The answer to an import: counts, or (400) the message and every refused row. */
    @JsonbNillable
    @JsonbPropertyOrder({"created", "changed", "error", "problems"})
    public record ImportJson(int created, int changed, String error, java.util.List<ProblemJson> problems) {}

    /** A material as a client sends it; {@code active} and {@code version} only for changes. */
    public record MaterialInput(
            @MaxLength(32) String code,
            @MaxLength(100) String name,
            @MaxLength(200) String spec,
            @MaxLength(16) String unit,
            MaterialCategory category,
            Boolean active,
            @SeenVersion Integer version) {}

    /** A posting request; {@code project} is the project's number or id, {@code transfer} the arriving transfer. */
    public record MovementInput(
            @MaxLength(64) String idempotencyKey,
            @MaxLength(16) String type,
            @MaxLength(32) String material,
            @MaxLength(32) String warehouse,
            @SignedQuantity Integer quantity,
            @MaxLength(500) String reason,
            @MaxLength(32) String project,
            @MaxLength(32) String toWarehouse,
            @PositiveId Long transfer,
            @MaxLength(100) String reference) {}
}
