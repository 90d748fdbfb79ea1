package org.gridworks.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The balance row of one material in one warehouse. It has no version: it is only changed by the ledger while
 * holding the row lock (SELECT ... FOR UPDATE), and the table's CHECKs refuse anything negative.
 */
@Entity
@IdClass(PairKey.class)
@Table(name = "stock_balance")
public class StockBalance {

    @Id
    @Column(name = "material_id")
    private Long materialId;

    @Id
    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    @Column(name = "in_transit", nullable = false)
    private int inTransit;

    protected StockBalance() {}

    StockBalance(long materialId, long warehouseId) {
        this.materialId = materialId;
        this.warehouseId = warehouseId;
    }

    public Balance balance() {
        return new Balance(onHand, reserved, inTransit);
    }

    void set(Balance balance) {
        this.onHand = balance.onHand();
        this.reserved = balance.reserved();
        this.inTransit = balance.inTransit();
    }

    public Long getMaterialId() {
        return materialId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }
}
