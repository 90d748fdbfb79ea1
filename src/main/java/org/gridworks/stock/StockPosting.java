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
import java.time.LocalDateTime;
import org.gridworks.projects.ConnectionProject;

/**
 * One posting: what a person or system asked for, once. Its idempotency key is unique in the database, so a
 * retried request finds the posting it already made instead of making a second one. Never changed afterwards.
 */
@Entity
@Table(name = "stock_posting")
public class StockPosting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", length = 64, updatable = false)
    private String idempotencyKey;

    /** The request in words, to tell a true retry from a different request that reuses a key. */
    @Column(nullable = false, length = 400, updatable = false)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MovementType type;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private LocalDateTime postedAt;

    @Column(name = "posted_by", nullable = false, length = 64, updatable = false)
    private String postedBy;

    @Column(length = 500, updatable = false)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", updatable = false)
    private ConnectionProject project;

    @Column(length = 100, updatable = false)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transfer_id", updatable = false)
    private StockTransfer transfer;

    /** The material request a reservation, release or issue belongs to (see the requests package). */
    @Column(name = "request_id", updatable = false)
    private Long requestId;

    protected StockPosting() {}

    public StockPosting(
            String idempotencyKey,
            String fingerprint,
            MovementType type,
            LocalDateTime postedAt,
            String postedBy,
            String reason,
            ConnectionProject project,
            String reference,
            StockTransfer transfer) {
        this.idempotencyKey = idempotencyKey;
        this.fingerprint = fingerprint.length() > 400 ? fingerprint.substring(0, 400) : fingerprint;
        this.type = type;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
        this.reason = reason;
        this.project = project;
        this.reference = reference;
        this.transfer = transfer;
    }

    /** Marks the posting as made for a material request; answers itself. */
    public StockPosting forRequest(long request) {
        this.requestId = request;
        return this;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public MovementType getType() {
        return type;
    }

    public LocalDateTime getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public String getReason() {
        return reason;
    }

    public ConnectionProject getProject() {
        return project;
    }

    public String getReference() {
        return reference;
    }

    public StockTransfer getTransfer() {
        return transfer;
    }
}
