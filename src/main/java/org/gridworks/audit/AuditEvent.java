package org.gridworks.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;

/** One line of the audit trail. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private AuditAction action;

    @Column(name = "record_type", updatable = false, length = 64)
    private String recordType;

    @Column(name = "record_id", updatable = false, length = 64)
    private String recordId;

    @Column(updatable = false, length = 500)
    private String summary;

    @Lob
    @Column(updatable = false)
    private String changes;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    protected AuditEvent() {}

    AuditEvent(
            LocalDateTime occurredAt,
            String actor,
            AuditAction action,
            String recordType,
            String recordId,
            String summary,
            List<FieldChange> changes,
            String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.summary = summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
        this.changes = Changes.toJson(changes);
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getSummary() {
        return summary;
    }

    public List<FieldChange> getChanges() {
        return Changes.fromJson(changes);
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
