package org.gridworks.stock;

import java.util.List;

/** A line of the stock check: a material and its stock in every warehouse. */
public record MaterialStock(Material material, List<StockCell> cells) {

    public int getTotalAvailable() {
        return cells.stream().mapToInt(StockCell::available).sum();
    }

    public boolean isBelowReserveSomewhere() {
        return cells.stream().anyMatch(StockCell::isBelowReserve);
    }
}
