package org.gridworks.delays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Map;
import org.gridworks.audit.Changes;
import org.gridworks.platform.watch.SubjectType;

/**
 * The confirmed cause of one late item, keyed by its kind and id (one table for every kind: the items live in four
 * areas, and none of them needs to know). Kept with the cause proposed when it was confirmed, so a changed proposal
 * shows in the audit; the project and unit are copied for the counts per unit.
 */
@Entity
@Table(name = "delay_cause")
public class DelayCauseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DelayCause cause;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private DelayCause proposed;

    @Column(length = 500)
    private String note;

    @Column(name = "confirmed_by", nullable = false, length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    private LocalDateTime confirmedAt;

    @Version
    private int version;

    protected DelayCauseRecord() {}

    DelayCauseRecord(SubjectType subjectType, long subjectId, long projectId, String unitCode) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.projectId = projectId;
        this.unitCode = unitCode;
    }

    void confirm(DelayCause cause, DelayCause proposed, String note, String by, LocalDateTime at) {
        this.cause = cause;
        this.proposed = proposed;
        this.note = note;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("subject", subjectType + " " + subjectId);
        state.put("cause", cause);
        state.put("proposed", proposed);
        state.put("note", note);
        return state;
    }

    public Long getId() {
        return id;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public DelayCause getCause() {
        return cause;
    }

    public DelayCause getProposed() {
        return proposed;
    }

    public String getNote() {
        return note;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public int getVersion() {
        return version;
    }
}
