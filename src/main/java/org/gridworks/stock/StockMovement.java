package org.gridworks.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A ledger row: how one posting changed the balance of one material in one warehouse, and the balance after it.
 * The sum of a pair's deltas is its balance; rows are never changed or deleted.
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "posting_id", updatable = false)
    private StockPosting posting;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "material_id", updatable = false)
    private Material material;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "warehouse_id", updatable = false)
    private Warehouse warehouse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MovementType type;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "d_on_hand", nullable = false, updatable = false)
    private int deltaOnHand;

    @Column(name = "d_reserved", nullable = false, updatable = false)
    private int deltaReserved;

    @Column(name = "d_in_transit", nullable = false, updatable = false)
    private int deltaInTransit;

    @Column(name = "on_hand_after", nullable = false, updatable = false)
    private int onHandAfter;

    @Column(name = "reserved_after", nullable = false, updatable = false)
    private int reservedAfter;

    @Column(name = "in_transit_after", nullable = false, updatable = false)
    private int inTransitAfter;

    /** The other warehouse of a transfer. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "counterpart_id", updatable = false)
    private Warehouse counterpart;

    protected StockMovement() {}

    StockMovement(
            StockPosting posting,
            Material material,
            Warehouse warehouse,
            MovementType type,
            int quantity,
            Balance.Delta delta,
            Balance after,
            Warehouse counterpart) {
        this.posting = posting;
        this.material = material;
        this.warehouse = warehouse;
        this.type = type;
        this.quantity = quantity;
        this.deltaOnHand = delta.onHand();
        this.deltaReserved = delta.reserved();
        this.deltaInTransit = delta.inTransit();
        this.onHandAfter = after.onHand();
        this.reservedAfter = after.reserved();
        this.inTransitAfter = after.inTransit();
        this.counterpart = counterpart;
    }

    public Balance after() {
        return new Balance(onHandAfter, reservedAfter, inTransitAfter);
    }

    public Balance.Delta delta() {
        return new Balance.Delta(deltaOnHand, deltaReserved, deltaInTransit);
    }

    public Long getId() {
        return id;
    }

    public StockPosting getPosting() {
        return posting;
    }

    public Material getMaterial() {
        return material;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public MovementType getType() {
        return type;
    }

    public int getQuantity() {
        return quantity;
    }

    public Warehouse getCounterpart() {
        return counterpart;
    }
}
