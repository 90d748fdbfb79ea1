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
import org.gridworks.platform.BusinessException;

/**
 * One process step of a project: opened and closed with date, time and person; paused and resumed. Its actions
 * follow StepTransition and its times run forward (no close before the opening, no resume before the pause).
 */
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

    protected ProjectStep() {}

    ProjectStep(ConnectionProject project, StepCode code, int position) {
        this.project = project;
        this.code = code;
        this.position = position;
    }

    /** Where the step stands, read from its times. */
    StepState state() {
        if (openedAt == null) {
            return StepState.WAITING;
        }
        if (closedAt != null) {
            return StepState.CLOSED;
        }
        return ongoingPause() != null ? StepState.PAUSED : StepState.RUNNING;
    }

    /** Refuses an action the step's state does not allow now (409, with the action's message for that state). */
    void check(StepTransition action) {
        StepState state = state();
        if (!action.allowedFrom(state)) {
            throw BusinessException.conflict(action.refusal(state));
        }
    }

    /** Opens the step; whether the step before has closed, and the earliest time, are the project's to check. */
    void open(LocalDateTime at, String by) {
        check(StepTransition.OPEN);
        this.openedAt = at;
        this.openedBy = by;
    }

    /**
     * The acceptance step opens on the acceptance date: when the manager corrects that date its opening moves
     * with it (the project allows that only while nothing after acceptance has started).
     */
    void moveOpening(LocalDateTime at) {
        this.openedAt = at;
    }

    /** Closes the step, neither before it opened nor before its clock last ran again. */
    void close(LocalDateTime at, String by) {
        check(StepTransition.CLOSE);
        if (at.isBefore(openedAt)) {
            throw BusinessException.invalid("at", "step.closeBeforeOpen", ProjectRules.shown(openedAt));
        }
        for (StepPause pause : pauses) {
            if (pause.getResumedAt() != null && at.isBefore(pause.getResumedAt())) {
                throw BusinessException.invalid("at", "step.beforePrevious", ProjectRules.shown(pause.getResumedAt()));
            }
        }
        this.closedAt = at;
        this.closedBy = by;
    }

    /** Undoes a close; whether the next step has started is the project's to check. */
    void reopen() {
        check(StepTransition.REOPEN);
        this.closedAt = null;
        this.closedBy = null;
    }

    /** Stops the step's clock with a reason, not before it opened nor before it last ran again. */
    void pause(LocalDateTime at, String reason, String by) {
        check(StepTransition.PAUSE);
        LocalDateTime earliest = openedAt;
        for (StepPause pause : pauses) {
            if (pause.getResumedAt() != null && pause.getResumedAt().isAfter(earliest)) {
                earliest = pause.getResumedAt();
            }
        }
        if (at.isBefore(earliest)) {
            throw BusinessException.invalid("at", "step.beforePrevious", ProjectRules.shown(earliest));
        }
        pauses.add(new StepPause(this, at, reason, by));
    }

    /** Runs the step's clock again, not before it stopped. */
    void resume(LocalDateTime at, String by) {
        check(StepTransition.RESUME);
        StepPause pause = ongoingPause();
        if (at.isBefore(pause.getPausedAt())) {
            throw BusinessException.invalid("at", "step.resumeBeforePause", ProjectRules.shown(pause.getPausedAt()));
        }
        pause.resume(at, by);
    }

    StepPause ongoingPause() {
        return pauses.stream().filter(StepPause::isOngoing).findFirst().orElse(null);
    }

    StepTimes times() {
        return new StepTimes(
                code, openedAt, closedAt, pauses.stream().map(StepPause::times).toList());
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
