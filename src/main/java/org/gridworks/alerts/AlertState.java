package org.gridworks.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;

/** The colour a watched record had at the last scan and when it was last warned about. */
@Entity
@IdClass(AlertState.Key.class)
@Table(name = "alert_state")
public class AlertState {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", length = 16)
    private SubjectType subjectType;

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Colour colour;

    @Column(nullable = false)
    private LocalDateTime since;

    @Column(name = "last_alerted", nullable = false)
    private LocalDateTime lastAlerted;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    protected AlertState() {}

    AlertState(SubjectType type, long id, long unitId, Colour colour, LocalDateTime now) {
        this.subjectType = type;
        this.subjectId = id;
        this.unitId = unitId;
        this.colour = colour;
        this.since = now;
        this.lastAlerted = now;
    }

    void changed(Colour colour, LocalDateTime now) {
        this.colour = colour;
        this.since = now;
        this.lastAlerted = now;
    }

    void reminded(LocalDateTime now) {
        this.lastAlerted = now;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Colour getColour() {
        return colour;
    }

    public LocalDateTime getSince() {
        return since;
    }

    public LocalDateTime getLastAlerted() {
        return lastAlerted;
    }

    public Long getUnitId() {
        return unitId;
    }

    /** The key: kind of record and its id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private SubjectType subjectType;
        private Long subjectId;

        public Key() {}

        public Key(SubjectType subjectType, long subjectId) {
            this.subjectType = subjectType;
            this.subjectId = subjectId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && subjectType == key.subjectType
                    && Objects.equals(subjectId, key.subjectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectType, subjectId);
        }
    }
}
