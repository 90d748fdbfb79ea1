package org.gridworks.permits;

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

/**
 * What the permit routes propose for one permit type of a project (the mode and the condition that decided it) and
 * what the clerk made of it: confirmed (the track was created in that mode) or overridden (another mode, or none,
 * with a reason). A proposal still open follows the project's facts; a decided one changes only when the facts
 * give another mode, and then waits for the clerk again.
 */
@Entity
@Table(name = "permit_proposal")
public class PermitProposal {

    /** Where a proposal stands. */
    public enum State {
        PROPOSED,
        CONFIRMED,
        OVERRIDDEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "permit_type", nullable = false, length = 32, updatable = false)
    private String permitType;

    @Enumerated(EnumType.STRING)
    @Column(name = "route_mode", nullable = false, length = 24)
    private PermitMode mode;

    @Column(nullable = false, length = 300)
    private String because;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state = State.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_mode", length = 24)
    private PermitMode chosenMode;

    @Column(length = 500)
    private String reason;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private int version;

    protected PermitProposal() {}

    PermitProposal(long projectId, String permitType, PermitMode mode, String because) {
        this.projectId = projectId;
        this.permitType = permitType;
        this.mode = mode;
        this.because = because;
    }

    /** Follows a new decision of the routes; a decided proposal whose mode changes waits for the clerk again. */
    boolean follow(PermitMode newMode, String newBecause) {
        boolean modeChanged = newMode != mode;
        this.because = newBecause;
        this.mode = newMode;
        if (modeChanged && state != State.PROPOSED) {
            state = State.PROPOSED;
            chosenMode = null;
            reason = null;
            decidedBy = null;
            decidedAt = null;
        }
        return modeChanged;
    }

    void decide(State state, PermitMode chosen, String reason, String by, LocalDateTime at) {
        this.state = state;
        this.chosenMode = chosen;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getPermitType() {
        return permitType;
    }

    public PermitMode getMode() {
        return mode;
    }

    public String getBecause() {
        return because;
    }

    public State getState() {
        return state;
    }

    public PermitMode getChosenMode() {
        return chosenMode;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public int getVersion() {
        return version;
    }
}
