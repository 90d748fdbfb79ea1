package org.gridworks.requests;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.platform.BusinessException;

/**
 * A line of a request: a material, its quantity, the warehouse it comes from and when it can be on site. A line
 * has a small life of its own, guarded here: waiting, sent from its warehouse, then signed for on site in one or
 * more parts until nothing is outstanding.
 */
@Entity
@Table(name = "material_request_line")
public class RequestLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private MaterialRequest request;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "material_id", nullable = false, updatable = false)
    private Long materialId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(nullable = false)
    private int delivered;

    @Column(name = "transfer_days", nullable = false, updatable = false)
    private int transferDays;

    @Column(name = "expected_on", nullable = false, updatable = false)
    private LocalDate expectedOn;

    @Column(name = "can_meet_due", nullable = false, updatable = false)
    private boolean canMeetDue;

    @Column(name = "dispatched_at")
    private LocalDateTime dispatchedAt;

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Delivery> deliveries = new ArrayList<>();

    protected RequestLine() {}

    RequestLine(
            MaterialRequest request,
            int lineNo,
            long materialId,
            long warehouseId,
            int quantity,
            int transferDays,
            LocalDate expectedOn,
            boolean canMeetDue) {
        this.request = request;
        this.lineNo = lineNo;
        this.materialId = materialId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
        this.transferDays = transferDays;
        this.expectedOn = expectedOn;
        this.canMeetDue = canMeetDue;
    }

    /** Refuses to send a line that is not this request's or has already been sent. */
    void checkSend(MaterialRequest of) {
        if (request != of) {
            throw new IllegalArgumentException("line " + id + " is not a line of request " + of.getId());
        }
        if (isSent()) {
            throw BusinessException.conflict("request.notDispatchable");
        }
    }

    void dispatched(LocalDateTime at) {
        checkSend(request);
        this.dispatchedAt = at;
    }

    /**
     * Refuses a receipt on site of a line not yet sent, or of a count that is not between one and what is still
     * outstanding (services check the count first, naming the material; this guards any other caller).
     */
    void checkDelivery(MaterialRequest of, int count) {
        if (request != of) {
            throw new IllegalArgumentException("line " + id + " is not a line of request " + of.getId());
        }
        if (!isSent()) {
            throw BusinessException.conflict("request.notDispatched");
        }
        if (count < 1 || count > outstanding()) {
            throw BusinessException.invalid("lines", "request.moreThanOutstanding", "#" + lineNo, outstanding());
        }
    }

    Delivery deliver(int count, LocalDateTime at, String signedBy, String recordedBy) {
        return deliver(count, at, signedBy, recordedBy, null);
    }

    Delivery deliver(int count, LocalDateTime at, String signedBy, String recordedBy, Long signatureId) {
        checkDelivery(request, count);
        delivered += count;
        Delivery delivery = new Delivery(this, count, at, signedBy, recordedBy, signatureId);
        deliveries.add(delivery);
        return delivery;
    }

    /** Sent from its warehouse (its reserved stock issued to the project). */
    public boolean isSent() {
        return dispatchedAt != null;
    }

    public LocalDateTime getDispatchedAt() {
        return dispatchedAt;
    }

    public int outstanding() {
        return quantity - delivered;
    }

    public boolean isComplete() {
        return delivered >= quantity;
    }

    public Long getId() {
        return id;
    }

    public MaterialRequest getRequest() {
        return request;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getMaterialId() {
        return materialId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getDelivered() {
        return delivered;
    }

    public int getTransferDays() {
        return transferDays;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public boolean isCanMeetDue() {
        return canMeetDue;
    }

    public List<Delivery> getDeliveries() {
        return deliveries;
    }
}
