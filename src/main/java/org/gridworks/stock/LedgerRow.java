package org.gridworks.stock;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.gridworks.platform.People;

/** A ledger row as the ledger page shows it; postedBy is the person's name. */
public record LedgerRow(
        long id,
        String postedAt,
        String postedBy,
        String typeKey,
        int deltaOnHand,
        int deltaReserved,
        int deltaInTransit,
        int onHandAfter,
        int reservedAfter,
        int availableAfter,
        int inTransitAfter,
        String counterpart,
        String project,
        Long projectId,
        String reason,
        String reference,
        Long transfer)
        implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static LedgerRow of(StockMovement m, Locale locale, People people) {
        StockPosting p = m.getPosting();
        Balance.Delta d = m.delta();
        Balance a = m.after();
        // the target's row of a transfer out says "on its way in", not "sent"
        String typeKey = m.getType() == MovementType.TRANSFER_OUT && d.inTransit() > 0
                ? "TRANSFER_INCOMING"
                : m.getType().name();
        return new LedgerRow(
                m.getId(),
                p.getPostedAt().format(WHEN),
                people.name(p.getPostedBy()),
                typeKey,
                d.onHand(),
                d.reserved(),
                d.inTransit(),
                a.onHand(),
                a.reserved(),
                a.available(),
                a.inTransit(),
                m.getCounterpart() == null ? null : m.getCounterpart().name(locale),
                p.getProject() == null ? null : p.getProject().getNumber(),
                p.getProject() == null ? null : p.getProject().getId(),
                p.getReason(),
                p.getReference(),
                p.getTransfer() == null ? null : p.getTransfer().getId());
    }
}
