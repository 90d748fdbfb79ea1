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
import org.gridworks.platform.BusinessException;

/**
 * Stock on its way from one warehouse to another: out when it leaves, in when the target records its arrival. An
 * arrival may be short: what arrived goes onto the target's shelves and the shortfall stays in transit until a later
 * arrival or a write-off with a reason accounts for it; the transfer is received once every unit is accounted for.
 * The arithmetic is guarded here, whoever calls it.
 */
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

    @Column(name = "received_quantity", nullable = false)
    private int receivedQuantity;

    @Column(name = "written_off", nullable = false)
    private int writtenOff;

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

    /** What has neither arrived nor been written off: still in transit. */
    public int outstanding() {
        return quantity - receivedQuantity - writtenOff;
    }

    /**
     * Records an arrival of {@code count} (null: everything outstanding); answers the count. Refused when nothing
     * is outstanding (409) or the count is not between one and what is outstanding (400).
     */
    int arrive(Integer count, LocalDateTime at, String by) {
        int arrived = accountable(count);
        receivedQuantity += arrived;
        this.receivedAt = at;
        this.receivedBy = by;
        closeWhenAccounted();
        return arrived;
    }

    /** Writes off {@code count} of the shortfall (lost or damaged on the way); answers the count. */
    int writeOff(Integer count) {
        int lost = accountable(count);
        writtenOff += lost;
        closeWhenAccounted();
        return lost;
    }

    private int accountable(Integer count) {
        if (outstanding() == 0) {
            throw BusinessException.conflict("stock.transferAlreadyReceived", id);
        }
        if (count == null) {
            return outstanding();
        }
        if (count < 1) {
            throw BusinessException.invalid("quantity", "stock.quantityPositive");
        }
        if (count > outstanding()) {
            throw BusinessException.invalid("quantity", "stock.moreThanInTransit", outstanding());
        }
        return count;
    }

    private void closeWhenAccounted() {
        if (outstanding() == 0) {
            status = TransferStatus.RECEIVED;
        }
    }

    public int getReceivedQuantity() {
        return receivedQuantity;
    }

    public int getWrittenOff() {
        return writtenOff;
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
