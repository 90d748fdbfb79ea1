package org.gridworks.milestones;

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
import java.util.List;
import java.util.Optional;
import org.gridworks.projects.ConnectionProject;

/** The milestone plan of one project: a draft until approved, when its baseline freezes. */
@Entity
@Table(name = "milestone_plan")
public class MilestonePlan {

    /** Draft: the baseline follows the forecast. Approved: the baseline is frozen. */
    public enum Status { DRAFT, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    private ConnectionProject project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.DRAFT;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    @Version
    private int version;

    protected MilestonePlan() {
    }

    MilestonePlan(ConnectionProject project, LocalDate deadline, List<MilestoneTemplate> templates,
                  LocalDateTime at, String by) {
        this.project = project;
        this.deadline = deadline;
        this.createdAt = at;
        this.createdBy = by;
        templates.forEach(template -> milestones.add(new Milestone(this, template)));
    }

    void approve(LocalDateTime at, String by) {
        this.status = Status.APPROVED;
        this.approvedAt = at;
        this.approvedBy = by;
    }

    Optional<Milestone> milestone(String code) {
        return milestones.stream().filter(m -> m.getCode().equals(code)).findFirst();
    }

    List<PlanItem> items() {
        return milestones.stream().map(Milestone::item).toList();
    }

    public Long getId() {
        return id;
    }

    public ConnectionProject getProject() {
        return project;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }

    public int getVersion() {
        return version;
    }
}
