package org.gridworks.stock;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.FacesFeedback;

/**
 * Replenishment and allocation: shortages with what to bring them up to the ceiling, and the warehouses that can
 * send it. A warehouse that can give sends the transfer with one click (its own staff, from its own stock).
 */
@Named
@ViewScoped
public class ReplenishmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReplenishmentService replenishment;

    @Inject
    StockService stock;

    @Inject
    CurrentCaller callers;

    private List<Line> lines = List.of();

    /** A donor as the page shows it; {@code mine} when the user's warehouse is the one that would send. */
    public record Offer(String warehouse, String name, int surplus, int quantity, boolean mine, String key)
            implements Serializable {}

    /** A shortage line. */
    public record Line(
            String material,
            String materialName,
            String uom,
            String warehouse,
            String warehouseName,
            boolean mine,
            int available,
            int inTransit,
            int minimum,
            int ceiling,
            int need,
            int toBuy,
            List<Offer> offers)
            implements Serializable {}

    public void load() {
        Caller caller = callers.require();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        boolean sends = caller.has(Roles.WAREHOUSE);
        lines = replenishment.proposals().stream()
                .map(p -> {
                    Replenishment.Position s = p.shortage();
                    Material material = replenishment.material(s.materialId());
                    List<Offer> offers = p.donors().stream()
                            .map(d -> new Offer(
                                    d.warehouse().getCode(),
                                    d.warehouse().name(locale),
                                    d.surplus(),
                                    d.quantity(),
                                    sends && d.warehouse().unitCode().equals(caller.unit()),
                                    UUID.randomUUID().toString()))
                            .toList();
                    return new Line(
                            material.getCode(),
                            material.getName() + " " + material.getSpec(),
                            material.uom(locale),
                            s.warehouse().getCode(),
                            s.warehouse().name(locale),
                            s.warehouse().unitCode().equals(caller.unit()),
                            s.balance().available(),
                            s.balance().inTransit(),
                            s.minimum(),
                            s.ceiling() == null ? s.minimum() : s.ceiling(),
                            p.need(),
                            p.toBuy(),
                            offers);
                })
                .toList();
    }

    /** Sends the offered quantity from the user's warehouse to the one that is short. */
    public void send(Line line, Offer offer) {
        PostingResult sent = FacesFeedback.attempt(() -> stock.post(new MovementCommand(
                offer.key(),
                MovementType.TRANSFER_OUT,
                line.material(),
                offer.warehouse(),
                offer.quantity(),
                allocationReason(line.warehouse()),
                null,
                line.warehouse(),
                null,
                null)));
        if (sent != null) {
            FacesFeedback.info(
                    "replenishment.sent",
                    offer.quantity(),
                    line.uom(),
                    line.warehouseName(),
                    sent.posting().getTransfer().getId());
            load();
        }
    }

    public List<Line> getLines() {
        return lines;
    }

    /** The reason written on an allocation transfer; the ledger keeps it as written, for every reader. */
    static String allocationReason(String toWarehouse) {
        return "调配 allocation → " + toWarehouse;
    }
}
