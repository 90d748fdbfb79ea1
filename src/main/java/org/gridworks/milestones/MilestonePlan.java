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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.BusinessException;
import org.gridworks.projects.ConnectionProject;

/**
 * The milestone plan of one project: a draft until approved, when its baseline freezes. Its changes follow
 * PlanTransition; the gate on "construction started" is its own.
 */
@Entity
@Table(name = "milestone_plan")
public class MilestonePlan {

    /** Draft: the baseline follows the forecast. Approved: the baseline is frozen. */
    public enum Status {
        DRAFT,
        APPROVED
    }

    static final String PERMITS_GRANTED = "PERMITS_GRANTED";
    static final String MATERIALS_ON_SITE = "MATERIALS_ON_SITE";
    static final String CONSTRUCTION_STARTED = "CONSTRUCTION_STARTED";
    static final String ENERGISED = "ENERGISED";

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

    protected MilestonePlan() {}

    MilestonePlan(
            ConnectionProject project,
            LocalDate deadline,
            List<MilestoneTemplate> templates,
            LocalDateTime at,
            String by) {
        this.project = project;
        this.deadline = deadline;
        this.createdAt = at;
        this.createdBy = by;
        templates.forEach(template -> milestones.add(new Milestone(this, template)));
    }

    /** Refuses a change the plan's status does not allow now (409, with the change's message). */
    void check(PlanTransition change) {
        if (!change.allowedFrom(status)) {
            throw BusinessException.conflict(change.refusal());
        }
    }

    /**
     * Sets every milestone's baseline and forecast from the template's schedule: energisation on the deadline
     * when the works fit between {@code start} and it, else as early as they can from {@code start}.
     */
    void propose(LocalDate start, WorkingDayCalendar calendar) {
        check(PlanTransition.PROPOSE);
        for (PlanItem item : MilestoneScheduler.propose(items(), start, deadline, calendar)) {
            milestone(item.code()).orElseThrow().dates(item.baseline(), item.forecast());
        }
    }

    /** Freezes the baseline. */
    void approve(LocalDateTime at, String by) {
        check(PlanTransition.APPROVE);
        this.status = Status.APPROVED;
        this.approvedAt = at;
        this.approvedBy = by;
    }

    /**
     * Records a milestone's forecast, actual date, person responsible and note, then moves the forecasts that
     * follow; while the plan is a draft the baseline follows the forecast. Refuses an actual date after
     * {@code today}, "construction started" before the permits are granted ({@code permitsGranted} asks the
     * permit tracks, only when it matters) and the materials are on site, and a forecast before its
     * predecessors' date.
     */
    void record(
            Milestone milestone,
            LocalDate forecast,
            LocalDate actual,
            String responsible,
            String note,
            LocalDate today,
            BooleanSupplier permitsGranted,
            WorkingDayCalendar calendar) {
        check(PlanTransition.RECORD);
        Map<String, LocalDate> effective = new HashMap<>();
        milestones.forEach(m -> effective.put(m.getCode(), m.item().effective()));
        LocalDate predecessorsDone = MilestoneScheduler.predecessorsDone(milestone.item(), effective);
        if (actual != null) {
            if (actual.isAfter(today)) {
                throw BusinessException.invalid("actual", "plan.actualInFuture");
            }
            if (milestone.getCode().equals(CONSTRUCTION_STARTED)) {
                checkConstructionMayStart(permitsGranted);
            }
        }
        if (forecast != null && predecessorsDone != null && forecast.isBefore(predecessorsDone)) {
            throw BusinessException.invalid("forecast", "plan.forecastBeforePredecessor", predecessorsDone);
        }
        if (note != null && note.length() > 500) {
            throw BusinessException.invalid("note", "project.tooLong", 500);
        }
        if (forecast != null && !forecast.equals(milestone.getForecast())) {
            milestone.forecast(forecast, true);
        }
        milestone.actual(actual);
        milestone.details(
                responsible == null || responsible.isBlank() ? null : responsible.trim(),
                note == null || note.isBlank() ? null : note.trim());
        for (PlanItem item : moveForecasts(calendar)) {
            if (status == Status.DRAFT) {
                milestone(item.code()).orElseThrow().dates(item.forecast(), item.forecast());
            }
        }
    }

    /**
     * Records a milestone the plan has not reached yet as reached that day, and moves the forecasts that follow
     * (the baseline stays, even in a draft). Whether it was recorded: not when already reached or not planned.
     */
    boolean reach(String code, LocalDate on, WorkingDayCalendar calendar) {
        check(PlanTransition.REACH);
        Optional<Milestone> open = milestone(code).filter(m -> m.getActual() == null);
        open.ifPresent(m -> {
            m.actual(on);
            moveForecasts(calendar);
        });
        return open.isPresent();
    }

    /**
     * Makes the current dates (actual, else forecast) the new baseline; needs a reason (at most 500 characters).
     * Returns the change that keeps the old baseline, for the history.
     */
    BaselineChange rebaseline(String reason, LocalDateTime at, String by) {
        check(PlanTransition.REBASELINE);
        if (reason == null || reason.isBlank() || reason.trim().length() > 500) {
            throw BusinessException.invalid("reason", "plan.reasonRequired");
        }
        String old = milestones.stream()
                .map(m -> m.getCode() + "=" + m.getBaseline())
                .collect(Collectors.joining(";"));
        milestones.forEach(m -> m.dates(m.item().effective(), m.getForecast()));
        return new BaselineChange(this, at, by, reason.trim(), old);
    }

    /** "Construction started" needs every required permit granted and the materials on site. */
    private void checkConstructionMayStart(BooleanSupplier permitsGranted) {
        if (!permitsGranted.getAsBoolean()) {
            throw BusinessException.conflict("plan.gatePermits");
        }
        if (!reached(MATERIALS_ON_SITE)) {
            throw BusinessException.conflict("plan.gateMaterials");
        }
    }

    /** Whether a milestone is reached; a plan whose template has no such milestone does not wait for it. */
    boolean reached(String code) {
        return milestone(code).map(m -> m.getActual() != null).orElse(true);
    }

    /** Moves the forecasts not reached and not fixed by a person after their predecessors; returns the items. */
    private List<PlanItem> moveForecasts(WorkingDayCalendar calendar) {
        List<PlanItem> moved = MilestoneScheduler.propagate(items(), project.getAcceptedOn(), calendar);
        for (PlanItem item : moved) {
            Milestone m = milestone(item.code()).orElseThrow();
            m.forecast(item.forecast(), m.isForecastFixed());
        }
        return moved;
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
