package org.gridworks.milestones;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A re-baselining: when, by whom, why, and the baseline it replaced ("CODE=date;..."). */
@Entity
@Table(name = "baseline_change")
public class BaselineChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private MilestonePlan plan;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "old_baseline", nullable = false, length = 2000)
    private String oldBaseline;

    protected BaselineChange() {}

    BaselineChange(MilestonePlan plan, LocalDateTime at, String by, String reason, String oldBaseline) {
        this.plan = plan;
        this.changedAt = at;
        this.changedBy = by;
        this.reason = reason;
        this.oldBaseline = oldBaseline;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getOldBaseline() {
        return oldBaseline;
    }
}
