package org.gridworks.stock;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.People;
import org.gridworks.platform.i18n.CallerLocale;
import org.gridworks.platform.web.FacesFeedback;

/**
 * Posting page for warehouse staff: receipt, issue, transfer out, adjustment at their own warehouse, and the
 * transfers on their way to it (recorded as arrived with one click). Each form carries an idempotency key, so a
 * double click or a resent form posts once; after a posting the page shows the balance it left.
 */
@Named
@ViewScoped
public class StockPostBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<MovementType> TYPES =
            List.of(MovementType.RECEIPT, MovementType.ISSUE, MovementType.TRANSFER_OUT, MovementType.ADJUSTMENT);

    @Inject
    StockService stock;

    @Inject
    Catalogue catalogue;

    @Inject
    StockQueries queries;

    @Inject
    CurrentCaller callers;

    @Inject
    PersonNames names;

    private MovementType type = MovementType.RECEIPT;
    private String material;
    private String warehouse;
    private String toWarehouse;
    private Integer quantity;
    private String project;
    private String reason;
    private String reference;
    private static final java.util.regex.Pattern FORM_KEY =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private String key = UUID.randomUUID().toString();
    private final Map<String, String> labels = new HashMap<>();
    private List<Option> ownWarehouses = List.of();
    private List<Option> allWarehouses = List.of();
    private List<TransferRow> transfers = List.of();
    private Result result;

    /** A warehouse in a list: code and name in the user's language. */
    public record Option(String code, String name) implements Serializable {}

    /** The balance a posting left, shown under the form. */
    public record Result(
            String typeKey,
            String material,
            String warehouse,
            int quantity,
            int onHand,
            int reserved,
            int available,
            int inTransit,
            boolean replayed,
            Long transfer)
            implements Serializable {}

    /**
     * A transfer on its way that concerns the user's unit; sentBy is the sender's name; received and outstanding
     * tell a short arrival's rest; version is what the receiver saw (a second receiver of the same arrival is told).
     */
    public record TransferRow(
            long id,
            String material,
            String materialName,
            String from,
            String to,
            int quantity,
            String sentAt,
            String sentBy,
            boolean incoming,
            int received,
            int outstanding,
            int version)
            implements Serializable {}

    /**
     * What the user typed on a transfer's row: the quantity that arrived (empty: all of it), or the quantity
     * written off and why; and the row's own idempotency keys, so a double tap records once.
     */
    public static class Arrival implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer quantity;
        private Integer lost;
        private String reason;
        private String arrivalKey = UUID.randomUUID().toString();
        private String writeOffKey = UUID.randomUUID().toString();

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public Integer getLost() {
            return lost;
        }

        public void setLost(Integer lost) {
            this.lost = lost;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    private final Map<Long, Arrival> arrivals = new HashMap<>();

    public void load() {
        Locale locale = locale();
        String unit = callers.require().unit();
        ownWarehouses = catalogue.warehousesOf(unit).stream()
                .map(w -> new Option(w.getCode(), w.name(locale)))
                .toList();
        allWarehouses = catalogue.warehouses().stream()
                .map(w -> new Option(w.getCode(), w.name(locale)))
                .toList();
        if (warehouse == null && !ownWarehouses.isEmpty()) {
            warehouse = ownWarehouses.get(0).code();
        }
        if (material != null) {
            catalogue.material(material).ifPresent(m -> labels.put(m.getCode(), label(m)));
        }
        loadTransfers();
    }

    private void loadTransfers() {
        String unit = callers.require().unit();
        Locale locale = locale();
        List<StockTransfer> inTransit = queries.transfersInTransit();
        People people =
                names.of(inTransit.stream().map(StockTransfer::getSentBy).toList(), locale);
        transfers = inTransit.stream()
                .map(t -> new TransferRow(
                        t.getId(),
                        t.getMaterial().getCode(),
                        t.getMaterial().getName() + " " + t.getMaterial().getSpec(),
                        t.getFrom().name(locale),
                        t.getTo().name(locale),
                        t.getQuantity(),
                        t.getSentAt().toString().replace('T', ' '),
                        people.name(t.getSentBy()),
                        t.getTo().unitCode().equals(unit),
                        t.getReceivedQuantity(),
                        t.outstanding(),
                        t.getVersion()))
                .toList();
    }

    /** Materials for the autocomplete: codes, with their labels remembered for display. */
    public List<String> completeMaterial(String text) {
        List<Material> found = catalogue.search(text);
        found.forEach(m -> labels.put(m.getCode(), label(m)));
        return found.stream().map(Material::getCode).toList();
    }

    public String label(String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static String label(Material m) {
        return m.getCode() + " " + m.getName() + " " + m.getSpec() + " (" + m.uom(CallerLocale.current()) + ")";
    }

    public void post() {
        // the page checks presence and sign; the quantity goes as typed, never silently made positive
        // (a receipt of -3 is refused by the rule, not booked as +3)
        MovementCommand command = new MovementCommand(
                key,
                type,
                material,
                warehouse,
                quantity,
                reason,
                type == MovementType.ISSUE ? project : null,
                type == MovementType.TRANSFER_OUT ? toWarehouse : null,
                null,
                reference);
        PostingResult posted = FacesFeedback.attempt(() -> stock.post(command));
        if (posted == null) {
            return;
        }
        show(posted);
        FacesFeedback.info(posted.replayed() ? "stock.alreadyPosted" : "stock.posted");
        key = UUID.randomUUID().toString(); // the next posting is a new one
        quantity = null;
        reason = null;
        reference = null;
        loadTransfers();
    }

    /** Records what arrived (all that is in transit when no quantity is typed); the rest stays in transit. */
    public void receive(TransferRow transfer) {
        Arrival typed = arrival(transfer.id());
        PostingResult posted = FacesFeedback.attempt(() -> stock.post(new MovementCommand(
                typed.arrivalKey,
                MovementType.TRANSFER_IN,
                null,
                null,
                typed.quantity,
                null,
                null,
                null,
                transfer.id(),
                null,
                transfer.version())));
        if (posted != null) {
            show(posted);
            int arrived = posted.primary().getQuantity();
            int left = transfer.outstanding() - (posted.replayed() ? 0 : arrived);
            if (left > 0) {
                FacesFeedback.info("stock.transferPartlyReceived", transfer.id(), arrived, left);
            } else {
                FacesFeedback.info("stock.transferReceived", transfer.id());
            }
            arrivals.remove(transfer.id());
        }
        loadTransfers();
    }

    /** Writes off part of the shortfall, with the reason typed; the ledger records it as an adjustment. */
    public void writeOff(TransferRow transfer) {
        Arrival typed = arrival(transfer.id());
        PostingResult posted = FacesFeedback.attempt(() -> stock.post(new MovementCommand(
                typed.writeOffKey,
                MovementType.ADJUSTMENT,
                null,
                null,
                typed.lost,
                typed.reason,
                null,
                null,
                transfer.id(),
                null,
                transfer.version())));
        if (posted != null) {
            show(posted);
            FacesFeedback.info(
                    "stock.writtenOff", transfer.id(), posted.primary().getQuantity());
            arrivals.remove(transfer.id());
        }
        loadTransfers();
    }

    /** The row's typed values (kept per transfer id, so a refresh of the table keeps what was typed). */
    public Arrival arrival(long transfer) {
        return arrivals.computeIfAbsent(transfer, id -> new Arrival());
    }

    private void show(PostingResult posted) {
        StockMovement row = posted.primary();
        Balance after = row.after();
        result = new Result(
                row.getType().name(),
                row.getMaterial().getCode() + " " + row.getMaterial().getName() + " "
                        + row.getMaterial().getSpec(),
                row.getWarehouse().name(locale()),
                row.getQuantity(),
                after.onHand(),
                after.reserved(),
                after.available(),
                after.inTransit(),
                posted.replayed(),
                posted.posting().getTransfer() == null
                        ? null
                        : posted.posting().getTransfer().getId());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getKey() {
        return key;
    }

    /** The key as the form sends it back; anything that is not a key this page made keeps the current one. */
    public void setKey(String key) {
        if (key != null && FORM_KEY.matcher(key).matches()) {
            this.key = key;
        }
    }

    public List<MovementType> getTypes() {
        return TYPES;
    }

    public List<Option> getOwnWarehouses() {
        return ownWarehouses;
    }

    public List<Option> getTargetWarehouses() {
        return allWarehouses.stream().filter(o -> !o.code().equals(warehouse)).toList();
    }

    public List<TransferRow> getTransfers() {
        return transfers;
    }

    public Result getResult() {
        return result;
    }

    public MovementType getType() {
        return type;
    }

    public void setType(MovementType type) {
        this.type = type;
    }

    public String getMaterial() {
        return material;
    }

    public void setMaterial(String material) {
        this.material = material;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public String getToWarehouse() {
        return toWarehouse;
    }

    public void setToWarehouse(String toWarehouse) {
        this.toWarehouse = toWarehouse;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
