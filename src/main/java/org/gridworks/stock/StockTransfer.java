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
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** Stock on its way from one warehouse to another: out when it leaves, in when the target records its arrival. */
@Entity
@Table(name = "stock_transfer")
public class StockTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "from_warehouse_id")
    private Warehouse from;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "to_warehouse_id")
    private Warehouse to;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TransferStatus status = TransferStatus.IN_TRANSIT;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "sent_by", nullable = false, length = 64)
    private String sentBy;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @Column(length = 500)
    private String note;

    @Version
    private int version;

    protected StockTransfer() {}

    StockTransfer(
            Material material,
            Warehouse from,
            Warehouse to,
            int quantity,
            LocalDateTime sentAt,
            String sentBy,
            String note) {
        this.material = material;
        this.from = from;
        this.to = to;
        this.quantity = quantity;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.note = note;
    }

    void received(LocalDateTime at, String by) {
        this.status = TransferStatus.RECEIVED;
        this.receivedAt = at;
        this.receivedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Material getMaterial() {
        return material;
    }

    public Warehouse getFrom() {
        return from;
    }

    public Warehouse getTo() {
        return to;
    }

    public int getQuantity() {
        return quantity;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public String getNote() {
        return note;
    }

    public int getVersion() {
        return version;
    }
}
