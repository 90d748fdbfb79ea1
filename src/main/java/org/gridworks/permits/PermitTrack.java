package org.gridworks.permits;

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
import java.util.Map;
import org.gridworks.audit.Changes;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.watch.Colour;
import org.gridworks.projects.ConnectionProject;

/**
 * One permit a project needs, run in parallel with the others: prepared, submitted, supplement requested,
 * granted (number, validity) or refused, or withdrawn. The limit and pause rule are copied from the type when
 * the track is created, so a later change to the type does not move a running clock.
 */
@Entity
@Table(name = "permit_track")
public class PermitTrack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "project_id", nullable = false)
    private ConnectionProject project;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "type_id", nullable = false)
    private PermitType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PermitStatus status = PermitStatus.PREPARED;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    /** How the permit is obtained (null: normal review, as for every track before the routes). */
    @Enumerated(EnumType.STRING)
    @Column(name = "route_mode", length = 24)
    private PermitMode mode;

    @Column(name = "pause_on_supplement", nullable = false)
    private boolean pauseOnSupplement;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "permit_number", length = 64)
    private String permitNumber;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "works_until")
    private LocalDate worksUntil;

    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @OneToMany(mappedBy = "track", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PermitDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "track", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PermitSupplement> supplements = new ArrayList<>();

    @Version
    private int version;

    protected PermitTrack() {}

    PermitTrack(
            ConnectionProject project, PermitType type, PermitMode mode, LocalDateTime createdAt, String createdBy) {
        this.project = project;
        this.type = type;
        this.mode = mode == PermitMode.NORMAL_REVIEW ? null : mode;
        this.limitDays = type.getLimitDays();
        this.pauseOnSupplement = type.isPauseOnSupplement();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        for (String document : type.documentList()) {
            documents.add(new PermitDocument(this, document));
        }
    }

    /** Refuses a step the track's status does not allow now (409, with the step's own message). */
    void check(PermitTransition step) {
        if (!step.allowedFrom(status) || step == PermitTransition.SUPPLIED && outstandingSupplement() == null) {
            throw BusinessException.conflict(step.refusal());
        }
    }

    /**
     * Submits the track. A notice-and-commitment permit (告知承诺) is granted on filing, the same day, valid from it:
     * the applicant's commitment stands in for the review, and its documents are checked later (they keep their
     * state and their warnings).
     */
    void submit(LocalDate on) {
        check(PermitTransition.SUBMIT);
        this.submittedOn = on;
        this.status = PermitStatus.SUBMITTED;
        if (mode == PermitMode.NOTICE_AND_COMMITMENT) {
            this.status = PermitStatus.GRANTED;
            this.decidedOn = on;
            this.validFrom = on;
        }
    }

    /** Sets the mode of a track not yet submitted (a proposal confirmed after the clerk added it by hand). */
    void route(PermitMode mode) {
        check(PermitTransition.SUBMIT);
        this.mode = mode == PermitMode.NORMAL_REVIEW ? null : mode;
    }

    public PermitMode getMode() {
        return mode == null ? PermitMode.NORMAL_REVIEW : mode;
    }

    void requestSupplement(String document, LocalDate on, LocalDate dueOn) {
        check(PermitTransition.REQUEST_SUPPLEMENT);
        supplements.add(new PermitSupplement(this, document, on, dueOn));
        this.status = PermitStatus.SUPPLEMENT_REQUESTED;
    }

    PermitSupplement outstandingSupplement() {
        return supplements.stream()
                .filter(PermitSupplement::isOutstanding)
                .findFirst()
                .orElse(null);
    }

    void supplied(LocalDate on) {
        check(PermitTransition.SUPPLIED);
        outstandingSupplement().supplied(on);
        this.status = PermitStatus.SUBMITTED;
    }

    /**
     * Grants the track; an outstanding supplement request ends the same day. Refused while a required document is
     * neither received nor deferred (容缺受理 with a supplement-by date), naming the documents.
     */
    void grant(LocalDate on, String number, LocalDate from, LocalDate to, LocalDate worksUntil) {
        check(PermitTransition.GRANT);
        List<String> missing = missingDocuments();
        if (!missing.isEmpty()) {
            throw BusinessException.conflict("permit.documentsMissing", String.join("、", missing));
        }
        closeSupplement(on);
        this.status = PermitStatus.GRANTED;
        this.decidedOn = on;
        this.permitNumber = number;
        this.validFrom = from;
        this.validTo = to;
        this.worksUntil = worksUntil;
    }

    /** Refuses the track; an outstanding supplement request ends the same day. */
    void refuse(LocalDate on, String reason) {
        check(PermitTransition.REFUSE);
        closeSupplement(on);
        this.status = PermitStatus.REFUSED;
        this.decidedOn = on;
        this.note = reason;
    }

    /** Withdraws the track; an outstanding supplement request ends on {@code today}. */
    void withdraw(String reason, LocalDate today) {
        check(PermitTransition.WITHDRAW);
        closeSupplement(today);
        this.status = PermitStatus.WITHDRAWN;
        this.note = reason;
    }

    /** The required documents neither received nor deferred (nor found not to be needed), in their order. */
    public List<String> missingDocuments() {
        return documents.stream()
                .filter(d -> d.getState() == DocumentState.PENDING)
                .map(PermitDocument::getName)
                .toList();
    }

    /**
     * The colour its deferred documents give the track today: the worst of those past their supplement-by date
     * (DeferredDocuments), none while all are in time. A refused or withdrawn track needs none of them any more.
     */
    public Colour documentWarning(WorkingDayCalendar calendar, LocalDate today) {
        if (status == PermitStatus.REFUSED || status == PermitStatus.WITHDRAWN) {
            return null;
        }
        return DeferredDocuments.worst(documents.stream()
                .filter(d -> d.getState() == DocumentState.DEFERRED)
                .map(d -> DeferredDocuments.colour(d.getDeferredTo(), today, calendar))
                .toList());
    }

    private void closeSupplement(LocalDate on) {
        PermitSupplement outstanding = outstandingSupplement();
        if (outstanding != null) {
            outstanding.supplied(on);
        }
    }

    List<PermitClock.Pause> pauses() {
        return supplements.stream().map(PermitSupplement::pause).toList();
    }

    /** The track's clock on a day (withdrawn tracks are no longer timed). */
    public PermitClock.Result clock(WorkingDayCalendar calendar, LocalDate today) {
        if (status == PermitStatus.WITHDRAWN) {
            return new PermitClock.Result(0, limitDays, null, null, false);
        }
        return PermitClock.compute(submittedOn, decidedOn, limitDays, pauses(), pauseOnSupplement, calendar, today);
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("type", type.getCode());
        state.put("mode", getMode());
        state.put("status", status);
        state.put("submittedOn", submittedOn);
        state.put("decidedOn", decidedOn);
        state.put("permitNumber", permitNumber);
        state.put("validFrom", validFrom);
        state.put("validTo", validTo);
        state.put("worksUntil", worksUntil);
        state.put("note", note);
        return state;
    }

    public boolean isExpiringTooSoon() {
        return PermitsMilestone.expiresTooSoon(validTo, worksUntil);
    }

    public Long getId() {
        return id;
    }

    public ConnectionProject getProject() {
        return project;
    }

    public PermitType getType() {
        return type;
    }

    public PermitStatus getStatus() {
        return status;
    }

    public int getLimitDays() {
        return limitDays;
    }

    public boolean isPauseOnSupplement() {
        return pauseOnSupplement;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public LocalDate getWorksUntil() {
        return worksUntil;
    }

    public String getNote() {
        return note;
    }

    public List<PermitDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public List<PermitSupplement> getSupplements() {
        return List.copyOf(supplements);
    }

    public int getVersion() {
        return version;
    }
}
