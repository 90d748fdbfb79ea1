package org.gridworks.requests;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One signing on site: the person who signed, when, and the signature they drew on the phone (a PNG checked by
 * SignaturePng). Each delivery row signed at that moment points to it; the delivery note shows it. Never changed.
 */
@Entity
@Table(name = "site_signature")
public class SiteSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "signed_by", nullable = false, length = 100, updatable = false)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private LocalDateTime signedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] png;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    protected SiteSignature() {}

    SiteSignature(
            long requestId, String signedBy, LocalDateTime signedAt, SignaturePng.Checked image, String recordedBy) {
        this.requestId = requestId;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.png = image.png();
        this.width = image.width();
        this.height = image.height();
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public byte[] getPng() {
        return png;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
