package org.gridworks.stock;

import java.io.Serializable;
import java.util.Objects;

/** The key of everything kept per material and warehouse (balances, reserve levels). */
public class PairKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long materialId;
    private Long warehouseId;

    public PairKey() {}

    public PairKey(long materialId, long warehouseId) {
        this.materialId = materialId;
        this.warehouseId = warehouseId;
    }

    public Long getMaterialId() {
        return materialId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairKey key
                && Objects.equals(materialId, key.materialId)
                && Objects.equals(warehouseId, key.warehouseId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(materialId, warehouseId);
    }
}
