package org.gridworks.projects;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridworks.audit.Changes;
import org.gridworks.identity.AppUser;
import org.gridworks.identity.Unit;
import org.gridworks.platform.BusinessException;

/**
 * One customer application and its connection project. The category follows from the facts unless a manager
 * overrode it with a reason. The clock summary (status, used, limit, due of the main clock) is stored so that
 * lists can filter and sort by colour in the database; ProjectClocks keeps it current. Its status and its steps
 * change only through the actions below, which follow ProjectTransition and StepTransition.
 */
@Entity
@Table(name = "connection_project")
public class ConnectionProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_number", length = 32)
    private String number;

    @Column(name = "customer_name", nullable = false, length = 200)
    private String customerName;

    @Column(length = 300)
    private String address;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type", nullable = false, length = 8)
    private AreaType areaType;

    @Column(name = "capacity_kw", nullable = false, precision = 10, scale = 1)
    private BigDecimal capacityKw;

    @Column(name = "voltage_kv", nullable = false, precision = 4, scale = 1)
    private BigDecimal voltageKv;

    @Column(name = "dual_supply", nullable = false)
    private boolean dualSupply;

    @Column(name = "small_micro", nullable = false)
    private boolean smallMicro;

    @Column(nullable = false)
    private boolean residential;

    @Column(name = "three_step_variant", nullable = false)
    private boolean threeStepVariant;

    @Column(name = "needs_supporting_works", nullable = false)
    private boolean needsSupportingWorks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Category category;

    @Column(name = "category_overridden", nullable = false)
    private boolean categoryOverridden;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "accepted_on", nullable = false)
    private LocalDate acceptedOn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "manager_id")
    private AppUser manager;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectStatus status = ProjectStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_status", nullable = false, length = 16)
    private ClockStatus clockStatus = ClockStatus.ON_TRACK;

    @Column(name = "clock_used", nullable = false)
    private int clockUsed;

    @Column(name = "clock_limit", nullable = false)
    private int clockLimit;

    @Column(name = "clock_due")
    private LocalDate clockDue;

    /** The day the last step closed (the application is complete); the reports count it in that period. */
    @Column(name = "connected_on")
    private LocalDate connectedOn;

    @Column(name = "new_line_metres", nullable = false)
    private int newLineMetres;

    @Column(name = "crosses_road", nullable = false)
    private boolean crossesRoad;

    @Column(name = "occupies_green_space", nullable = false)
    private boolean occupiesGreenSpace;

    @Column(name = "in_protected_zone", nullable = false)
    private boolean inProtectedZone;

    @Column(name = "simple_scheme", nullable = false)
    private boolean simpleScheme;

    @Column(name = "onsite_reply", length = 500)
    private String onsiteReply;

    @Column(name = "documents_flagged", nullable = false)
    private boolean documentsFlagged;

    @jakarta.persistence.ManyToMany
    @jakarta.persistence.JoinTable(
            name = "project_application_document",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "type_id"))
    @OrderBy("id")
    private List<ApplicationDocumentType> applicationDocuments = new ArrayList<>();

    @Column(name = "clocks_computed_at")
    private LocalDateTime clocksComputedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProjectStep> steps = new ArrayList<>();

    @Version
    private int version;

    protected ConnectionProject() {}

    ConnectionProject(Unit unit, LocalDateTime createdAt, String createdBy) {
        this.unit = unit;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    ProjectFacts facts() {
        return new ProjectFacts(residential, voltageKv, dualSupply, smallMicro, capacityKw, areaType, acceptedOn);
    }

    /** Replaces the steps to fit the category; only allowed while no step beyond acceptance has opened. */
    void arrangeSteps() {
        List<StepCode> wanted = category.steps(threeStepVariant);
        List<StepCode> current = steps.stream().map(ProjectStep::getCode).toList();
        if (current.equals(wanted)) {
            return;
        }
        ProjectStep acceptance = step(StepCode.ACCEPTANCE).orElse(null);
        steps.removeIf(step -> step.getCode() != StepCode.ACCEPTANCE);
        if (acceptance == null) {
            steps.add(new ProjectStep(this, StepCode.ACCEPTANCE, 1));
        }
        for (int i = 1; i < wanted.size(); i++) {
            steps.add(new ProjectStep(this, wanted.get(i), i + 1));
        }
    }

    Optional<ProjectStep> step(StepCode code) {
        return steps.stream().filter(step -> step.getCode() == code).findFirst();
    }

    List<StepTimes> stepTimes() {
        return steps.stream().map(ProjectStep::times).toList();
    }

    /** Stores the clock summary the lists filter and sort on. */
    void summarise(List<Clock> clocks, ClockStatus overall, LocalDateTime at) {
        Clock main = clocks.get(0);
        this.clockStatus = overall;
        this.clockUsed = main.usedWorkingDays();
        this.clockLimit = main.limitWorkingDays();
        this.clockDue = main.due();
        this.clocksComputedAt = at;
        if (status == ProjectStatus.CONNECTED && connectedOn == null && !steps.isEmpty()) {
            // projects connected before the column existed (V10) get their date from the start-up backfill here
            connectedOn = steps.get(steps.size() - 1).getClosedAt().toLocalDate();
        }
    }

    /** Refuses a change the project's status does not allow now (409, with the change's message for it). */
    void check(ProjectTransition change) {
        if (!change.allowedFrom(status)) {
            throw BusinessException.conflict(change.refusal(status));
        }
    }

    /**
     * Refuses an edit the project does not take now: none on a cancelled project, and no new acceptance date
     * once a step has closed or a step after acceptance has opened (the clocks count from that date).
     */
    void checkEdit(LocalDate newAcceptedOn) {
        check(ProjectTransition.EDIT);
        if (!newAcceptedOn.equals(acceptedOn)
                && steps.stream()
                        .anyMatch(
                                step -> step.isClosed() || step.getCode() != StepCode.ACCEPTANCE && step.isOpened())) {
            throw BusinessException.invalid("acceptedOn", "project.acceptedLocked");
        }
    }

    /**
     * After an edit of the facts: the steps follow a changed category or variant, which is refused once a step
     * after acceptance has opened; the acceptance step, while it runs, opens on the (perhaps corrected) date.
     */
    void followEdit(Category previousCategory, boolean previousVariant) {
        if (category != previousCategory || threeStepVariant != previousVariant) {
            if (steps.stream().anyMatch(step -> step.getCode() != StepCode.ACCEPTANCE && step.isOpened())) {
                throw BusinessException.conflict("project.categoryLocked");
            }
            arrangeSteps();
        }
        step(StepCode.ACCEPTANCE)
                .filter(step -> !step.isClosed())
                .ifPresent(step -> step.moveOpening(acceptedOn.atStartOfDay()));
    }

    /** The step of a code, or a refusal naming the code when the project's category has no such step. */
    ProjectStep requireStep(StepCode code) {
        return step(code).orElseThrow(() -> BusinessException.invalid("code", "step.notInCategory", code.name()));
    }

    /** Opens a step once the one before has closed, and not before it closed (the first: the acceptance date). */
    void openStep(StepCode code, LocalDateTime at, String by) {
        check(ProjectTransition.STEP);
        ProjectStep step = requireStep(code);
        step.check(StepTransition.OPEN);
        ProjectStep previous = neighbour(step, -1);
        if (previous != null && !previous.isClosed()) {
            throw BusinessException.conflict("step.previousOpen");
        }
        LocalDateTime earliest = previous != null ? previous.getClosedAt() : acceptedOn.atStartOfDay();
        if (at.isBefore(earliest)) {
            throw BusinessException.invalid("at", "step.beforePrevious", ProjectRules.shown(earliest));
        }
        step.open(at, by);
    }

    /** Closes a step; closing the last one connects the project that day. */
    void closeStep(StepCode code, LocalDateTime at, String by) {
        check(ProjectTransition.STEP);
        ProjectStep step = requireStep(code);
        step.check(StepTransition.CLOSE);
        boolean last = neighbour(step, 1) == null;
        if (last) {
            check(ProjectTransition.CONNECT);
        }
        step.close(at, by);
        if (last) {
            status = ProjectStatus.CONNECTED;
            connectedOn = at.toLocalDate();
        }
    }

    void pauseStep(StepCode code, LocalDateTime at, String reason, String by) {
        check(ProjectTransition.STEP);
        requireStep(code).pause(at, reason, by);
    }

    void resumeStep(StepCode code, LocalDateTime at, String by) {
        check(ProjectTransition.STEP);
        requireStep(code).resume(at, by);
    }

    /** Reopens a closed step while the next has not started; reopening the last one makes the project open again. */
    void reopenStep(StepCode code) {
        check(ProjectTransition.STEP);
        ProjectStep step = requireStep(code);
        step.check(StepTransition.REOPEN);
        ProjectStep next = neighbour(step, 1);
        if (next != null && next.isOpened()) {
            throw BusinessException.conflict("step.nextAlreadyOpen");
        }
        if (next == null) {
            check(ProjectTransition.REOPEN);
        }
        step.reopen();
        if (next == null) {
            status = ProjectStatus.OPEN;
            connectedOn = null;
        }
    }

    private ProjectStep neighbour(ProjectStep step, int offset) {
        return steps.stream()
                .filter(s -> s.getPosition() == step.getPosition() + offset)
                .findFirst()
                .orElse(null);
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("customerName", customerName);
        state.put("address", address);
        state.put("contactPhone", contactPhone);
        state.put("newLineMetres", newLineMetres);
        state.put("crossesRoad", crossesRoad);
        state.put("occupiesGreenSpace", occupiesGreenSpace);
        state.put("inProtectedZone", inProtectedZone);
        state.put("simpleScheme", simpleScheme);
        state.put("unit", unit.getCode());
        state.put("areaType", areaType);
        state.put(
                "capacityKw",
                capacityKw == null ? null : capacityKw.stripTrailingZeros().toPlainString());
        state.put(
                "voltageKv",
                voltageKv == null ? null : voltageKv.stripTrailingZeros().toPlainString());
        state.put("dualSupply", dualSupply);
        state.put("smallMicro", smallMicro);
        state.put("residential", residential);
        state.put("threeStepVariant", threeStepVariant);
        state.put("needsSupportingWorks", needsSupportingWorks);
        state.put("category", category);
        state.put("overrideReason", overrideReason);
        state.put("acceptedOn", acceptedOn);
        state.put("manager", manager == null ? null : manager.getLogin());
        return state;
    }

    void assignNumber() {
        this.number = unit.getCode() + "-" + acceptedOn.getYear() + "-" + String.format("%06d", id);
    }

    void setFacts(
            String customerName,
            String address,
            AreaType areaType,
            BigDecimal capacityKw,
            BigDecimal voltageKv,
            boolean dualSupply,
            boolean smallMicro,
            boolean residential,
            boolean threeStepVariant,
            boolean needsSupportingWorks,
            LocalDate acceptedOn) {
        this.customerName = customerName;
        this.address = address;
        this.areaType = areaType;
        this.capacityKw = capacityKw;
        this.voltageKv = voltageKv;
        this.dualSupply = dualSupply;
        this.smallMicro = smallMicro;
        this.residential = residential;
        this.threeStepVariant = threeStepVariant;
        this.needsSupportingWorks = needsSupportingWorks;
        this.acceptedOn = acceptedOn;
    }

    void setCategory(Category category, boolean overridden, String overrideReason) {
        this.category = category;
        this.categoryOverridden = overridden;
        this.overrideReason = overrideReason;
    }

    /** The route facts and the scheme's simplicity, as the manager or clerk records them. */
    void setSiteFacts(SiteFacts facts) {
        this.newLineMetres = facts.newLineMetres();
        this.crossesRoad = facts.crossesRoad();
        this.occupiesGreenSpace = facts.occupiesGreenSpace();
        this.inProtectedZone = facts.inProtectedZone();
        this.simpleScheme = facts.simpleScheme();
    }

    public SiteFacts siteFacts() {
        return new SiteFacts(newLineMetres, crossesRoad, occupiesGreenSpace, inProtectedZone, simpleScheme);
    }

    /** Replaces the application's document list; the "四免" flag follows it (ApplicationDocuments). */
    void setApplicationDocuments(List<ApplicationDocumentType> types) {
        applicationDocuments.clear();
        applicationDocuments.addAll(types);
        documentsFlagged = ApplicationDocuments.flagged(
                residential, types.size(), types.stream().anyMatch(ApplicationDocumentType::isFourFree));
    }

    /** Records the supply plan given on site: the plan-reply step opens (if not yet) and closes at that moment. */
    void replyOnSite(String reply, LocalDateTime at, String by) {
        if (!OnsiteReply.eligible(voltageKv, capacityKw, simpleScheme)) {
            throw BusinessException.conflict("onsite.notEligible");
        }
        ProjectStep step = requireStep(StepCode.PLAN_REPLY);
        if (!step.isOpened()) {
            openStep(StepCode.PLAN_REPLY, at, by);
        }
        if (!step.getOpenedAt().toLocalDate().equals(at.toLocalDate())) {
            throw BusinessException.conflict("onsite.notSameDay");
        }
        closeStep(StepCode.PLAN_REPLY, at, by);
        this.onsiteReply = reply;
    }

    public boolean isOnsiteEligible() {
        return OnsiteReply.eligible(voltageKv, capacityKw, simpleScheme);
    }

    public String getOnsiteReply() {
        return onsiteReply;
    }

    public boolean isDocumentsFlagged() {
        return documentsFlagged;
    }

    public List<ApplicationDocumentType> getApplicationDocuments() {
        return List.copyOf(applicationDocuments);
    }

    void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    void setManager(AppUser manager) {
        this.manager = manager;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Unit getUnit() {
        return unit;
    }

    public AreaType getAreaType() {
        return areaType;
    }

    public BigDecimal getCapacityKw() {
        return capacityKw;
    }

    public BigDecimal getVoltageKv() {
        return voltageKv;
    }

    public boolean isDualSupply() {
        return dualSupply;
    }

    public boolean isSmallMicro() {
        return smallMicro;
    }

    public boolean isResidential() {
        return residential;
    }

    public boolean isThreeStepVariant() {
        return threeStepVariant;
    }

    public boolean isNeedsSupportingWorks() {
        return needsSupportingWorks;
    }

    public Category getCategory() {
        return category;
    }

    public boolean isCategoryOverridden() {
        return categoryOverridden;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public AppUser getManager() {
        return manager;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public ClockStatus getClockStatus() {
        return clockStatus;
    }

    public int getClockUsed() {
        return clockUsed;
    }

    public int getClockLimit() {
        return clockLimit;
    }

    public LocalDate getConnectedOn() {
        return connectedOn;
    }

    public LocalDate getClockDue() {
        return clockDue;
    }

    public List<ProjectStep> getSteps() {
        return List.copyOf(steps);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
