package org.gridworks.stock;

/**
 * What a ledger row records. The first five are what people and systems post; reservations and releases are
 * posted by material requests. A transfer out writes two rows: stock leaves the source, and the same quantity
 * appears "in transit" at the target, until the transfer in moves it to the target's shelves.
 */
public enum MovementType {
    RECEIPT,
    ISSUE,
    TRANSFER_OUT,
    TRANSFER_IN,
    ADJUSTMENT,
    RESERVATION,
    RELEASE;

    /** The types a caller may post directly (page or API). */
    public boolean isPostable() {
        return this == RECEIPT || this == ISSUE || this == TRANSFER_OUT || this == TRANSFER_IN || this == ADJUSTMENT;
    }
}
