package org.gridworks.stock;

import org.gridworks.platform.BusinessException;
import org.gridworks.platform.i18n.CallerLocale;

/** The refusals of stock postings, with what the user needs to know to act on them. */
final class StockRefusals {

    private StockRefusals() {}

    /** Not enough available (on hand less reserved) for what was asked; nothing was posted. */
    static BusinessException notEnough(Material material, Warehouse warehouse, Balance before, int requested) {
        return BusinessException.conflict(
                "stock.notEnough",
                material.getCode(),
                warehouse.getCode(),
                Math.max(0, before.available()),
                requested,
                material.uom(CallerLocale.current()));
    }
}
