package org.gridworks.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A signed receipt on site of (part of) a line: how many, when, signed by whom, recorded by whom, and the drawn
 * signature of that signing (one signing covers every line that arrived at that moment).
 */
@Entity
@Table(name = "material_delivery")
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id", updatable = false)
    private RequestLine line;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "delivered_at", nullable = false, updatable = false)
    private LocalDateTime deliveredAt;

    @Column(name = "signed_by", nullable = false, length = 100, updatable = false)
    private String signedBy;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    /** The signature drawn on site for this signing (SiteSignature), null when only a name was given. */
    @Column(name = "signature_id", updatable = false)
    private Long signatureId;

    protected Delivery() {}

    Delivery(
            RequestLine line,
            int quantity,
            LocalDateTime deliveredAt,
            String signedBy,
            String recordedBy,
            Long signatureId) {
        this.line = line;
        this.quantity = quantity;
        this.deliveredAt = deliveredAt;
        this.signedBy = signedBy;
        this.recordedBy = recordedBy;
        this.signatureId = signatureId;
    }

    public Long getId() {
        return id;
    }

    public RequestLine getLine() {
        return line;
    }

    public Long getSignatureId() {
        return signatureId;
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
