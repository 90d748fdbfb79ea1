package org.gridworks.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A pause of a step's clock, with its reason (customer asked to wait, documents to be supplemented). */
@Entity
@Table(name = "step_pause")
public class StepPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "step_id", nullable = false)
    private ProjectStep step;

    @Column(name = "paused_at", nullable = false)
    private LocalDateTime pausedAt;

    @Column(name = "resumed_at")
    private LocalDateTime resumedAt;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "paused_by", nullable = false, length = 64)
    private String pausedBy;

    @Column(name = "resumed_by", length = 64)
    private String resumedBy;

    protected StepPause() {}

    StepPause(ProjectStep step, LocalDateTime pausedAt, String reason, String pausedBy) {
        this.step = step;
        this.pausedAt = pausedAt;
        this.reason = reason;
        this.pausedBy = pausedBy;
    }

    void resume(LocalDateTime at, String by) {
        this.resumedAt = at;
        this.resumedBy = by;
    }

    StepTimes.Pause times() {
        return new StepTimes.Pause(pausedAt, resumedAt);
    }

    public LocalDateTime getPausedAt() {
        return pausedAt;
    }

    public LocalDateTime getResumedAt() {
        return resumedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getPausedBy() {
        return pausedBy;
    }

    public boolean isOngoing() {
        return resumedAt == null;
    }
}
