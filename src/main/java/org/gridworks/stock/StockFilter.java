package org.gridworks.stock;

import java.io.Serializable;

/** What the stock check is narrowed to: text in code/name/spec, a category, only materials below reserve somewhere. */
public record StockFilter(String text, MaterialCategory category, boolean belowReserveOnly) implements Serializable {
}
