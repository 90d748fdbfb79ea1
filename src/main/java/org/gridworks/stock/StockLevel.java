package org.gridworks.stock;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A material's stock in a warehouse right after one posting, as its ledger row recorded it. */
public record StockLevel(LocalDateTime at, int onHand, int available) implements Serializable {

    /** When, to the minute (as the chart labels it). */
    public String when() {
        return at.format(StockLevels.WHEN);
    }
}
