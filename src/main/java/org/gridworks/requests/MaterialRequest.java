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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gridworks.audit.Changes;
import org.gridworks.platform.BusinessException;
import org.gridworks.projects.ConnectionProject;

/**
 * A project's request for reserve materials: where, when it was made, when it is due, and how far it has got.
 * It guards its own life (RequestTransition): each step is a method that refuses what the status does not allow.
 */
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

    protected MaterialRequest() {}

    MaterialRequest(
            ConnectionProject project,
            String site,
            LocalDateTime requestedAt,
            int dueDays,
            LocalDate dueOn,
            LocalDateTime createdAt,
            String createdBy) {
        this.project = project;
        this.site = site;
        this.requestedAt = requestedAt;
        this.dueDays = dueDays;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    RequestLine addLine(
            long materialId,
            long warehouseId,
            int quantity,
            int transferDays,
            LocalDate expectedOn,
            boolean canMeetDue) {
        RequestLine line = new RequestLine(
                this, lines.size() + 1, materialId, warehouseId, quantity, transferDays, expectedOn, canMeetDue);
        lines.add(line);
        return line;
    }

    /** Refuses a step the request's status does not allow now (409, with the step's own message). */
    void check(RequestTransition step) {
        if (!step.allowedFrom(status)) {
            throw BusinessException.conflict(step.refusal(status));
        }
    }

    void pick(LocalDateTime at) {
        check(RequestTransition.PICK);
        status = RequestStatus.PICKED;
        pickedAt = at;
    }

    /**
     * The lines not yet sent that {@code sentBy} covers (one warehouse's lines); refused when the request can no
     * longer be sent or nothing of it is left for that warehouse.
     */
    List<RequestLine> unsent(Predicate<RequestLine> sentBy) {
        check(RequestTransition.DISPATCH);
        List<RequestLine> unsent =
                lines.stream().filter(l -> !l.isSent() && sentBy.test(l)).toList();
        if (unsent.isEmpty()) {
            throw BusinessException.conflict("request.nothingToDispatch");
        }
        return unsent;
    }

    /** Sends these lines; the request is on its way (dispatched) once every line of it has been sent. */
    void dispatch(Collection<RequestLine> sent, LocalDateTime at) {
        check(RequestTransition.DISPATCH);
        List<RequestLine> distinct = sent.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw BusinessException.conflict("request.nothingToDispatch");
        }
        distinct.forEach(l -> l.checkSend(this)); // all or nothing: a refused line leaves every line as it was
        distinct.forEach(l -> l.dispatched(at));
        if (lines.stream().allMatch(RequestLine::isSent)) {
            status = RequestStatus.DISPATCHED;
            dispatchedAt = at;
        }
    }

    /** What is still outstanding on each line, in line order: a delivery of everything that has not arrived. */
    Map<RequestLine, Integer> outstanding() {
        Map<RequestLine, Integer> counts = new LinkedHashMap<>();
        lines.stream().filter(l -> l.outstanding() > 0).forEach(l -> counts.put(l, l.outstanding()));
        return counts;
    }

    /**
     * Signs for what arrived on site, line by line (each count at least one and at most what is outstanding);
     * the request is delivered when every line has all its quantity on site.
     */
    void deliver(Map<RequestLine, Integer> counts, LocalDateTime at, String signedBy, String recordedBy) {
        deliver(counts, at, signedBy, recordedBy, null);
    }

    /**
     * As above, with the signature drawn on site. The request is delivered, and its delivery clock stops, on the
     * day its last line is complete: a line counts as delivered only when its full quantity has arrived, so the
     * 3-working-day check reads the last delivery's date, never the first part's.
     */
    void deliver(
            Map<RequestLine, Integer> counts, LocalDateTime at, String signedBy, String recordedBy, Long signatureId) {
        check(RequestTransition.DELIVER);
        if (counts.isEmpty()) {
            throw BusinessException.invalid("lines", "request.nothingDelivered");
        }
        counts.forEach((line, count) -> line.checkDelivery(this, count)); // all or nothing, as for dispatch
        counts.forEach((line, count) -> line.deliver(count, at, signedBy, recordedBy, signatureId));
        if (lines.stream().allMatch(RequestLine::isComplete)) {
            status = RequestStatus.DELIVERED;
            deliveredAt = at;
        }
    }

    /** Refuses a cancellation now: a closed request, or one with lines already sent and no reason given. */
    void checkCancel(String reason) {
        check(RequestTransition.CANCEL);
        if ((reason == null || reason.isBlank()) && lines.stream().anyMatch(RequestLine::isSent)) {
            throw BusinessException.invalid("reason", "request.cancelNeedsReason");
        }
    }

    void cancel(LocalDateTime at, String reason) {
        checkCancel(reason);
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
        state.put(
                "lines",
                lines.stream()
                        .map(l -> l.getMaterialId() + "×" + l.getQuantity() + "@" + l.getWarehouseId()
                                + (l.getDelivered() > 0 ? " delivered " + l.getDelivered() : ""))
                        .toList());
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
