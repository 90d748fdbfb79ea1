package org.gridworks.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/** Working days it takes to bring materials from a warehouse to the sites of a unit (administrators keep it). */
@Entity
@IdClass(TransferTime.Key.class)
@Table(name = "transfer_time")
public class TransferTime {

    @Id
    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Version
    private int version;

    protected TransferTime() {}

    TransferTime(long warehouseId, long unitId, int workingDays) {
        this.warehouseId = warehouseId;
        this.unitId = unitId;
        this.workingDays = workingDays;
    }

    void set(int workingDays) {
        this.workingDays = workingDays;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public int getVersion() {
        return version;
    }

    /** The key: warehouse and unit. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long warehouseId;
        private Long unitId;

        public Key() {}

        public Key(long warehouseId, long unitId) {
            this.warehouseId = warehouseId;
            this.unitId = unitId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(warehouseId, key.warehouseId)
                    && Objects.equals(unitId, key.unitId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(warehouseId, unitId);
        }
    }
}
