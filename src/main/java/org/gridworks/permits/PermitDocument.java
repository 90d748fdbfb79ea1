package org.gridworks.permits;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A document a permit needs, its state, and the file received for it (kept in the database, not the web root). */
@Entity
@Table(name = "permit_document")
public class PermitDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "track_id", nullable = false)
    private PermitTrack track;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentState state = DocumentState.PENDING;

    @Column(name = "deferred_to")
    private LocalDate deferredTo;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 64)
    private String contentType;

    @Column(name = "file_size")
    private Integer fileSize;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", length = 64)
    private String uploadedBy;

    @Version
    private int version;

    protected PermitDocument() {}

    PermitDocument(PermitTrack track, String name) {
        this.track = track;
        this.name = name;
    }

    void mark(DocumentState state, LocalDate deferredTo) {
        this.state = state;
        this.deferredTo = state == DocumentState.DEFERRED ? deferredTo : null;
    }

    void attach(String fileName, String contentType, byte[] content, LocalDateTime at, String by) {
        // content first: it is loaded lazily, and EclipseLink fetches the missing part of the entity on the first
        // write to it, which would overwrite anything set before
        this.content = content.clone();
        this.fileName = fileName;
        this.contentType = contentType;
        this.fileSize = content.length;
        this.uploadedAt = at;
        this.uploadedBy = by;
        this.state = DocumentState.RECEIVED;
        this.deferredTo = null;
    }

    byte[] content() {
        return content == null ? null : content.clone();
    }

    public Long getId() {
        return id;
    }

    public PermitTrack getTrack() {
        return track;
    }

    public String getName() {
        return name;
    }

    public DocumentState getState() {
        return state;
    }

    public LocalDate getDeferredTo() {
        return deferredTo;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Integer getFileSize() {
        return fileSize;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public int getVersion() {
        return version;
    }
}
