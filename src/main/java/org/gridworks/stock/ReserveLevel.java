package org.gridworks.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A line of the reserve list (实物储备清单): the reserve level (minimum) and ceiling of a material in a warehouse. */
@Entity
@IdClass(PairKey.class)
@Table(name = "reserve_level")
public class ReserveLevel {

    @Id
    @Column(name = "material_id")
    private Long materialId;

    @Id
    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Column(nullable = false)
    private int minimum;

    @Column(nullable = false)
    private int ceiling;

    @Version
    private int version;

    protected ReserveLevel() {}

    ReserveLevel(long materialId, long warehouseId, int minimum, int ceiling) {
        this.materialId = materialId;
        this.warehouseId = warehouseId;
        set(minimum, ceiling);
    }

    void set(int minimum, int ceiling) {
        this.minimum = minimum;
        this.ceiling = ceiling;
    }

    public Long getMaterialId() {
        return materialId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public int getMinimum() {
        return minimum;
    }

    public int getCeiling() {
        return ceiling;
    }

    public int getVersion() {
        return version;
    }
}
