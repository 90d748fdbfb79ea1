package org.gridworks.stock;

import java.io.Serializable;

/**
 * What the stock check is narrowed to: text in code/name/spec, a category, only materials below reserve (in a
 * warehouse of the given unit, or anywhere when it is null).
 */
public record StockFilter(String text, MaterialCategory category, boolean belowReserveOnly, String belowInUnit)
        implements Serializable {

    public StockFilter(String text, MaterialCategory category, boolean belowReserveOnly) {
        this(text, category, belowReserveOnly, null);
    }
}
