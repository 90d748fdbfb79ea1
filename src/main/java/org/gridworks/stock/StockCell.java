package org.gridworks.stock;

/** The stock of one material in one warehouse, with its reserve level and ceiling when the reserve list has them. */
public record StockCell(Warehouse warehouse, Balance balance, Integer minimum, Integer ceiling) {

    public int available() {
        return balance.available();
    }

    /** Available below the reserve level: the stock check shows it in red. */
    public boolean isBelowReserve() {
        return minimum != null && balance.available() < minimum;
    }

    public String getColour() {
        return isBelowReserve() ? "low" : minimum == null ? "none" : "ok";
    }
}
