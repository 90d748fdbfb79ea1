package org.gridworks.stock;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A material and its stock per warehouse as pages show it (names in the user's language, serializable). */
public record StockRow(String code, String name, String spec, String uom, MaterialCategory category, List<Cell> cells)
        implements Serializable {

    /** One warehouse's figures; {@code colour} is low (below reserve), ok, or none (not on the reserve list). */
    public record Cell(
            String warehouse,
            String warehouseName,
            boolean ownUnit,
            int onHand,
            int reserved,
            int available,
            int inTransit,
            Integer minimum,
            Integer ceiling,
            String colour,
            Integer levelVersion)
            implements Serializable {}

    static StockRow of(MaterialStock stock, Locale locale, String callerUnit) {
        Material m = stock.material();
        return new StockRow(
                m.getCode(),
                m.getName(),
                m.getSpec(),
                m.uom(locale),
                m.getCategory(),
                stock.cells().stream()
                        .map(c -> new Cell(
                                c.warehouse().getCode(),
                                c.warehouse().name(locale),
                                c.warehouse().unitCode().equals(callerUnit),
                                c.balance().onHand(),
                                c.balance().reserved(),
                                c.available(),
                                c.balance().inTransit(),
                                c.minimum(),
                                c.ceiling(),
                                c.getColour(),
                                null))
                        .toList());
    }

    public int getTotalAvailable() {
        return cells.stream().mapToInt(Cell::available).sum();
    }
}
