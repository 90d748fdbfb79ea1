package org.gridworks.stock;

import java.util.List;

/**
 * What a posting did: its ledger rows (the first is the warehouse the user posted at) and the balance there
 * after it. {@code replayed} says the same idempotency key had already been posted and nothing new happened.
 */
public record PostingResult(StockPosting posting, List<StockMovement> movements, boolean replayed) {

    public StockMovement primary() {
        return movements.get(0);
    }

    public Balance balance() {
        return primary().after();
    }
}
