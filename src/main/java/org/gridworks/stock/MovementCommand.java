package org.gridworks.stock;

/**
 * A posting as a page or the API asks for it. {@code quantity} is signed for adjustments, positive otherwise;
 * {@code toWarehouse} is for transfers out, {@code transfer} names the transfer that arrives (transfer in: its
 * quantity is what arrived, all that is still in transit when empty) or whose shortfall is written off (an
 * adjustment with a transfer: the quantity lost on the way, positive, with the reason). {@code transferVersion} is
 * the transfer's version the receiver saw: two people recording the same arrival cannot both count it.
 */
public record MovementCommand(
        String idempotencyKey,
        MovementType type,
        String material,
        String warehouse,
        Integer quantity,
        String reason,
        String project,
        String toWarehouse,
        Long transfer,
        String reference,
        Integer transferVersion) {

    /** A posting without a transfer version (everything but arrivals and write-offs). */
    public MovementCommand(
            String idempotencyKey,
            MovementType type,
            String material,
            String warehouse,
            Integer quantity,
            String reason,
            String project,
            String toWarehouse,
            Long transfer,
            String reference) {
        this(
                idempotencyKey,
                type,
                material,
                warehouse,
                quantity,
                reason,
                project,
                toWarehouse,
                transfer,
                reference,
                null);
    }

    /** The request in words: a retry with the same key must say the same, or it is a different request. */
    String fingerprint(String login) {
        return String.join(
                "|",
                login,
                String.valueOf(type),
                String.valueOf(material),
                String.valueOf(warehouse),
                String.valueOf(quantity),
                String.valueOf(toWarehouse),
                String.valueOf(transfer),
                String.valueOf(project),
                String.valueOf(reason),
                String.valueOf(reference),
                String.valueOf(transferVersion));
    }
}
