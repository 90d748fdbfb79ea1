package org.gridworks.permits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.projects.ClockStatus;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;

/**
 * Permit tracks: approval clerks log them for the projects of their own unit; everyone who may see a project
 * reads its permits. Every change is audited; dates never run backwards and never lie in the future.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class PermitService {

    static final String RECORD = "PermitTrack";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectService projects;

    @Inject
    CurrentCaller callers;

    @Inject
    CalendarService calendar;

    @Inject
    AuditTrail audit;

    @Inject
    SystemInfo system;

    @Inject
    jakarta.enterprise.event.Event<PermitsGranted> granted;

    public List<PermitTrack> tracksOf(long projectId) {
        projects.find(projectId);
        // the clocks read each track's pauses and the pages its documents: each in one more query, not one per track
        return em.createQuery(
                        "SELECT t FROM PermitTrack t WHERE t.project.id = :p ORDER BY t.type.id", PermitTrack.class)
                .setParameter("p", projectId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.supplements")
                .setHint("eclipselink.batch", "t.documents")
                .getResultList();
    }

    public Optional<LocalDate> allGrantedOn(long projectId) {
        return PermitsMilestone.allGrantedOn(tracksOf(projectId).stream()
                .map(t -> new PermitsMilestone.TrackState(t.getStatus(), t.getDecidedOn()))
                .toList());
    }

    public PermitTrack track(long trackId) {
        PermitTrack track = em.find(PermitTrack.class, trackId);
        if (track == null
                || !callers.require().mayActIn(track.getProject().getUnit().getCode())) {
            throw BusinessException.notFound("permit.notFound", trackId);
        }
        return track;
    }

    public PermitClock.Result clock(PermitTrack track) {
        return track.clock(calendar.calendar(), system.today());
    }

    /** Tracks as rows, their clocks computed here in one call rather than one service call per row. */
    public List<PermitRow> rows(List<PermitTrack> tracks, Locale locale) {
        WorkingDayCalendar workingDays = calendar.calendar();
        LocalDate today = system.today();
        return tracks.stream()
                .map(t -> PermitRow.of(t, t.clock(workingDays, today), t.documentWarning(workingDays, today), locale))
                .toList();
    }

    /** The colour the deferred documents of a track give it today (null: none is past its date). */
    public org.gridworks.platform.watch.Colour documentWarning(PermitTrack track) {
        return track.documentWarning(calendar.calendar(), system.today());
    }

    /** YELLOW or RED for a deferred document past its supplement-by date, empty otherwise (for the page). */
    public String lateness(PermitDocument document) {
        if (document.getState() != DocumentState.DEFERRED) {
            return "";
        }
        org.gridworks.platform.watch.Colour colour =
                DeferredDocuments.colour(document.getDeferredTo(), system.today(), calendar.calendar());
        return colour == null ? "" : colour.name();
    }

    /** The clocks of these tracks today, by track id, in one call. */
    public Map<Long, PermitClock.Result> clocks(List<PermitTrack> tracks) {
        WorkingDayCalendar workingDays = calendar.calendar();
        LocalDate today = system.today();
        Map<Long, PermitClock.Result> clocks = new java.util.HashMap<>();
        tracks.forEach(t -> clocks.put(t.getId(), t.clock(workingDays, today)));
        return clocks;
    }

    /** The clerk's board as its page shows it. */
    public List<PermitRow> boardRows(Locale locale) {
        return rows(openTracks(), locale);
    }

    /** How many of the board's tracks have each clock colour (the dashboard's tiles); unsubmitted ones have none. */
    public Map<ClockStatus, Long> boardColours() {
        WorkingDayCalendar workingDays = calendar.calendar();
        LocalDate today = system.today();
        return openTracks().stream()
                .map(t -> t.clock(workingDays, today).status())
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(
                        status -> status, () -> new EnumMap<>(ClockStatus.class), Collectors.counting()));
    }

    /** The clerk's board: every track still waiting for a decision in the caller's unit (all units for supervisors). */
    public List<PermitTrack> openTracks() {
        Caller caller = callers.require();
        boolean everyUnit = caller.seesEveryUnit();
        var query = em.createQuery(
                        "SELECT t FROM PermitTrack t JOIN FETCH t.type JOIN FETCH t.project"
                                + " WHERE t.status IN :open"
                                + (everyUnit ? "" : " AND t.project.unit.code = :unit"),
                        PermitTrack.class)
                .setParameter(
                        "open",
                        List.of(PermitStatus.PREPARED, PermitStatus.SUBMITTED, PermitStatus.SUPPLEMENT_REQUESTED));
        if (!everyUnit) {
            query.setParameter("unit", caller.unit());
        }
        // the clocks read each track's supplement pauses: all of them in one more query, not one per track
        List<PermitTrack> open = query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.supplements")
                .getResultList();
        WorkingDayCalendar workingDays = calendar.calendar();
        LocalDate today = system.today();
        return open.stream()
                .sorted(Comparator.comparing((PermitTrack t) -> {
                    PermitClock.Result clock = t.clock(workingDays, today);
                    return clock.due() == null ? LocalDate.MAX : clock.due();
                }))
                .toList();
    }

    /** Tracks whose permit number contains the text, in the caller's unit (all units for supervisors). */
    public List<PermitTrack> withNumber(String text, int limit) {
        Caller caller = callers.require();
        boolean everyUnit = caller.seesEveryUnit();
        var query = em.createQuery(
                        "SELECT t FROM PermitTrack t JOIN FETCH t.type JOIN FETCH t.project"
                                // '!' escapes: a backslash means different things in MySQL's and H2's literals
                                + " WHERE LOWER(t.permitNumber) LIKE :q ESCAPE '!'"
                                + (everyUnit ? "" : " AND t.project.unit.code = :unit")
                                + " ORDER BY t.decidedOn DESC, t.id DESC",
                        PermitTrack.class)
                .setParameter(
                        "q",
                        "%"
                                + text.toLowerCase(Locale.ROOT)
                                        .replace("!", "!!")
                                        .replace("%", "!%")
                                        .replace("_", "!_")
                                + "%");
        if (!everyUnit) {
            query.setParameter("unit", caller.unit());
        }
        return query.setMaxResults(limit).getResultList();
    }

    public List<PermitType> types() {
        return em.createQuery("SELECT t FROM PermitType t WHERE t.active = TRUE ORDER BY t.id", PermitType.class)
                .getResultList();
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitTrack addTrack(long projectId, String typeCode) {
        return addTrack(projectId, typeCode, PermitMode.NORMAL_REVIEW);
    }

    /** Adds a track obtained in the given mode (a route proposal confirmed or overridden). */
    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitTrack addTrack(long projectId, String typeCode, PermitMode mode) {
        ConnectionProject project = projects.find(projectId);
        Caller caller = ownUnit(project);
        PermitType type = em.createQuery(
                        "SELECT t FROM PermitType t WHERE t.code = :code AND t.active = TRUE", PermitType.class)
                .setParameter("code", typeCode == null ? "" : typeCode.trim())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.invalid("type", "permit.unknownType", typeCode));
        boolean exists =
                tracksOf(projectId).stream().anyMatch(t -> t.getType().getId().equals(type.getId()));
        if (exists) {
            throw BusinessException.conflict("permit.alreadyTracked");
        }
        PermitTrack track = new PermitTrack(project, type, mode, Time.now(), caller.login());
        em.persist(track);
        em.flush();
        audit.recordChange(AuditAction.CREATE, RECORD, track.getId(), project.getNumber(), null, track.auditState());
        return track;
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitTrack submit(long trackId, LocalDate on, Integer version) {
        PermitTrack track = editable(trackId, version);
        notFuture(on, "on");
        track.check(PermitTransition.SUBMIT);
        if (on.isBefore(track.getProject().getAcceptedOn())) {
            throw BusinessException.invalid(
                    "on", "permit.beforeAcceptance", track.getProject().getAcceptedOn());
        }
        PermitTrack result = changed(track, () -> track.submit(on));
        if (result.getStatus() == PermitStatus.GRANTED) {
            // notice and commitment: granted on filing, so the permits milestone may be reached today
            long projectId = track.getProject().getId();
            allGrantedOn(projectId).ifPresent(day -> granted.fire(new PermitsGranted(projectId, day)));
        }
        return result;
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitTrack requestSupplement(
            long trackId, String document, LocalDate on, LocalDate dueOn, Integer version) {
        PermitTrack track = editable(trackId, version);
        notFuture(on, "on");
        track.check(PermitTransition.REQUEST_SUPPLEMENT);
        if (document == null || document.isBlank() || document.length() > 200) {
            throw BusinessException.invalid("document", "permit.documentRequired");
        }
        notBefore(on, track.getSubmittedOn(), "on");
        if (dueOn != null && dueOn.isBefore(on)) {
            throw BusinessException.invalid("dueOn", "permit.dateBefore", on);
        }
        return changed(track, () -> track.requestSupplement(document.trim(), on, dueOn));
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitTrack supplied(long trackId, LocalDate on, Integer version) {
        PermitTrack track = editable(trackId, version);
        notFuture(on, "on");
        track.check(PermitTransition.SUPPLIED);
        notBefore(on, track.outstandingSupplement().getRequestedOn(), "on");
        return changed(track, () -> track.supplied(on));
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitTrack grant(
            long trackId,
            LocalDate on,
            String number,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate worksUntil,
            Integer version) {
        PermitTrack track = editable(trackId, version);
        notFuture(on, "on");
        track.check(PermitTransition.GRANT);
        notBefore(on, track.getSubmittedOn(), "on");
        if (track.outstandingSupplement() != null) {
            notBefore(on, track.outstandingSupplement().getRequestedOn(), "on");
        }
        if (number == null || number.isBlank()) {
            throw BusinessException.invalid("number", "permit.numberRequired");
        }
        if (number.trim().length() > 64) {
            throw BusinessException.invalid("number", "project.tooLong", 64);
        }
        if (validFrom == null || validTo == null) {
            throw BusinessException.invalid(validFrom == null ? "validFrom" : "validTo", "permit.validityRequired");
        }
        if (validTo.isBefore(validFrom)) {
            throw BusinessException.invalid("validTo", "permit.validityReversed");
        }
        PermitTrack result = changed(track, () -> track.grant(on, number.trim(), validFrom, validTo, worksUntil));
        long projectId = track.getProject().getId();
        allGrantedOn(projectId).ifPresent(day -> granted.fire(new PermitsGranted(projectId, day)));
        return result;
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitTrack refuse(long trackId, LocalDate on, String reason, Integer version) {
        PermitTrack track = editable(trackId, version);
        notFuture(on, "on");
        track.check(PermitTransition.REFUSE);
        notBefore(on, track.getSubmittedOn(), "on");
        PermitSupplement outstanding = track.outstandingSupplement();
        if (outstanding != null) {
            notBefore(on, outstanding.getRequestedOn(), "on");
        }
        String why = reason(reason);
        return changed(track, () -> track.refuse(on, why));
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitTrack withdraw(long trackId, String reason, Integer version) {
        PermitTrack track = editable(trackId, version);
        track.check(PermitTransition.WITHDRAW);
        String why = reason(reason);
        return changed(track, () -> track.withdraw(why, system.today()));
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitDocument markDocument(long documentId, DocumentState state, LocalDate deferredTo, Integer version) {
        PermitDocument document = document(documentId);
        ownUnit(document.getTrack().getProject());
        if (version != null && version != document.getVersion()) {
            throw BusinessException.stale();
        }
        if (state == null) {
            throw BusinessException.invalid("state", "permit.documentState");
        }
        if (state == DocumentState.DEFERRED) {
            DeferredDocuments.checkDate(deferredTo, system.today(), calendar.calendar());
        }
        String before = document.getState() + " " + document.getDeferredTo();
        document.mark(state, deferredTo);
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                "PermitDocument",
                document.getId(),
                document.getName() + ": " + before + " → " + state + (deferredTo == null ? "" : " " + deferredTo));
        return document;
    }

    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitDocument upload(long documentId, String fileName, byte[] content) {
        PermitDocument document = document(documentId);
        Caller caller = ownUnit(document.getTrack().getProject());
        String name = UploadCheck.safeName(fileName);
        String type = UploadCheck.contentType(name, content);
        document.attach(name, type, content, Time.now(), caller.login());
        audit.record(
                AuditAction.UPDATE,
                "PermitDocument",
                document.getId(),
                document.getName() + ": " + name + " (" + content.length + " bytes)");
        return document;
    }

    /** The file of a document, for anyone who may see its project. */
    public StoredFile download(long documentId) {
        PermitDocument document = document(documentId);
        byte[] content = document.content();
        if (content == null) {
            throw BusinessException.notFound("permit.noFile");
        }
        return new StoredFile(document.getFileName(), document.getContentType(), content);
    }

    /** A stored file as it goes out: name, type, bytes. */
    public record StoredFile(String name, String contentType, byte[] content) {}

    private PermitDocument document(long documentId) {
        PermitDocument document = em.find(PermitDocument.class, documentId);
        if (document == null
                || !callers.require()
                        .mayActIn(document.getTrack().getProject().getUnit().getCode())) {
            throw BusinessException.notFound("permit.notFound", documentId);
        }
        return document;
    }

    private PermitTrack editable(long trackId, Integer version) {
        PermitTrack track = track(trackId);
        ownUnit(track.getProject());
        if (version != null && version != track.getVersion()) {
            throw BusinessException.stale();
        }
        return track;
    }

    private PermitTrack changed(PermitTrack track, Runnable change) {
        Map<String, Object> before = track.auditState();
        change.run();
        em.flush();
        audit.recordChange(
                AuditAction.UPDATE, RECORD, track.getId(), track.getProject().getNumber(), before, track.auditState());
        return track;
    }

    /** Clerks log permits for their own unit only. */
    private Caller ownUnit(ConnectionProject project) {
        Caller caller = callers.require();
        if (!project.getUnit().getCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    private void notFuture(LocalDate on, String field) {
        if (on == null) {
            throw BusinessException.invalid(field, "permit.dateRequired");
        }
        if (on.isAfter(system.today())) {
            throw BusinessException.invalid(field, "permit.dateInFuture");
        }
    }

    private static void notBefore(LocalDate on, LocalDate earliest, String field) {
        if (earliest != null && on.isBefore(earliest)) {
            throw BusinessException.invalid(field, "permit.dateBefore", earliest);
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", "step.reasonRequired");
        }
        if (reason.trim().length() > 500) {
            throw BusinessException.invalid("reason", "project.tooLong", 500);
        }
        return reason.trim();
    }
}
