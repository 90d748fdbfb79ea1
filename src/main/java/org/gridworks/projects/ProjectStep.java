package org.gridworks.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One process step of a project: opened and closed with date, time and person; paused and resumed. */
@Entity
@Table(name = "project_step")
public class ProjectStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private ConnectionProject project;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_code", nullable = false, length = 32)
    private StepCode code;

    @Column(nullable = false)
    private int position;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "opened_by", length = 64)
    private String openedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("pausedAt")
    private List<StepPause> pauses = new ArrayList<>();

    protected ProjectStep() {
    }

    ProjectStep(ConnectionProject project, StepCode code, int position) {
        this.project = project;
        this.code = code;
        this.position = position;
    }

    void open(LocalDateTime at, String by) {
        this.openedAt = at;
        this.openedBy = by;
    }

    void close(LocalDateTime at, String by) {
        this.closedAt = at;
        this.closedBy = by;
    }

    void reopen() {
        this.closedAt = null;
        this.closedBy = null;
    }

    void pause(LocalDateTime at, String reason, String by) {
        pauses.add(new StepPause(this, at, reason, by));
    }

    StepPause ongoingPause() {
        return pauses.stream().filter(StepPause::isOngoing).findFirst().orElse(null);
    }

    StepTimes times() {
        return new StepTimes(code, openedAt, closedAt, pauses.stream().map(StepPause::times).toList());
    }

    public StepCode getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<StepPause> getPauses() {
        return List.copyOf(pauses);
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public boolean isPaused() {
        return ongoingPause() != null;
    }
}
