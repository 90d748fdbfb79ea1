package org.gridworks.stock;

/**
 * A posting as a page or the API asks for it. {@code quantity} is signed for adjustments, positive otherwise;
 * {@code toWarehouse} is for transfers out, {@code transfer} names the transfer that arrives (transfer in).
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
        String reference) {

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
                String.valueOf(reference));
    }
}
