package org.gridworks.requests;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.Changes;
import org.gridworks.projects.ConnectionProject;

/** A project's request for reserve materials: where, when it was made, when it is due, and how far it has got. */
@Entity
@Table(name = "material_request")
public class MaterialRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", updatable = false)
    private ConnectionProject project;

    @Column(nullable = false, length = 200)
    private String site;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    @Column(name = "due_days", nullable = false, updatable = false)
    private int dueDays;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status = RequestStatus.RESERVED;

    @Column(name = "picked_at")
    private LocalDateTime pickedAt;

    @Column(name = "dispatched_at")
    private LocalDateTime dispatchedAt;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Version
    private int version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<RequestLine> lines = new ArrayList<>();

    protected MaterialRequest() {
    }

    MaterialRequest(ConnectionProject project, String site, LocalDateTime requestedAt, int dueDays, LocalDate dueOn,
                    LocalDateTime createdAt, String createdBy) {
        this.project = project;
        this.site = site;
        this.requestedAt = requestedAt;
        this.dueDays = dueDays;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    RequestLine addLine(long materialId, long warehouseId, int quantity, int transferDays, LocalDate expectedOn,
                        boolean canMeetDue) {
        RequestLine line = new RequestLine(this, lines.size() + 1, materialId, warehouseId, quantity, transferDays,
                expectedOn, canMeetDue);
        lines.add(line);
        return line;
    }

    void picked(LocalDateTime at) {
        status = RequestStatus.PICKED;
        pickedAt = at;
    }

    void dispatched(LocalDateTime at) {
        status = RequestStatus.DISPATCHED;
        dispatchedAt = at;
    }

    /** After a delivery: delivered when every line has all its quantity on site. */
    void afterDelivery(LocalDateTime at) {
        if (lines.stream().allMatch(RequestLine::isComplete)) {
            status = RequestStatus.DELIVERED;
            deliveredAt = at;
        }
    }

    void cancel(LocalDateTime at, String reason) {
        status = RequestStatus.CANCELLED;
        cancelledAt = at;
        cancelReason = reason;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("site", site);
        state.put("requestedAt", requestedAt);
        state.put("dueOn", dueOn);
        state.put("status", status);
        state.put("dispatchedAt", dispatchedAt);
        state.put("deliveredAt", deliveredAt);
        state.put("cancelReason", cancelReason);
        state.put("lines", lines.stream().map(l -> l.getMaterialId() + "×" + l.getQuantity() + "@" + l.getWarehouseId()
                + (l.getDelivered() > 0 ? " delivered " + l.getDelivered() : "")).toList());
        return state;
    }

    public Long getId() {
        return id;
    }

    public ConnectionProject getProject() {
        return project;
    }

    public String getSite() {
        return site;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public int getDueDays() {
        return dueDays;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public LocalDateTime getPickedAt() {
        return pickedAt;
    }

    public LocalDateTime getDispatchedAt() {
        return dispatchedAt;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getVersion() {
        return version;
    }

    public List<RequestLine> getLines() {
        return lines;
    }
}
