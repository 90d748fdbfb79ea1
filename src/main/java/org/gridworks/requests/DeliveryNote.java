package org.gridworks.requests;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A request's delivery note as the print page shows it: the request, its lines (a line split between two
 * warehouses shows as its two parts), and each signing on site with what arrived then and the signature drawn.
 */
public record DeliveryNote(
        long id,
        String projectNumber,
        String customer,
        String site,
        String requestedAt,
        LocalDate due,
        RequestStatus status,
        DeliveryState state,
        String deliveredAt,
        int version,
        List<Line> lines,
        List<Signing> signings)
        implements Serializable {

    /** A line: what, how many were asked, from which warehouse, how many arrived so far. */
    public record Line(
            long lineId,
            int lineNo,
            String material,
            String name,
            String uom,
            int quantity,
            String warehouse,
            int delivered,
            boolean sent)
            implements Serializable {

        public int getOutstanding() {
            return quantity - delivered;
        }
    }

    /** Whether what has been sent may now be signed for on site (every line has left its warehouse). */
    public boolean isDeliverable() {
        return status == RequestStatus.DISPATCHED;
    }

    /** One signing: who, when, recorded by whom, what arrived then; {@code signature} is its image id, or null. */
    public record Signing(String signedBy, String at, String recordedBy, Long signature, List<Item> items)
            implements Serializable {}

    /** What of a line arrived at one signing. */
    public record Item(int lineNo, String name, int quantity, String uom) implements Serializable {}
}
