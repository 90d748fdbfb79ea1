package org.gridworks.delays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.calendar.CalendarService;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.milestones.Milestone;
import org.gridworks.permits.PermitTrack;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.projects.ClockStatus;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.requests.MaterialRequest;
import org.gridworks.requests.RequestStatus;

/**
 * The cause of a late item: what the system proposes from its facts (CauseProposal) and what the person responsible
 * confirmed: the project manager for a project's clocks and milestones, the project manager or warehouse staff for
 * a delivery, the approval clerk for a permit, each in the project's unit. Everyone who may see the project reads
 * it. A confirmation is audited and carries the version it was made on.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class DelayCauseService {

    static final String RECORD = "DelayCause";
    private static final Set<SubjectType> KINDS =
            Set.of(SubjectType.PROJECT, SubjectType.MILESTONE, SubjectType.DELIVERY, SubjectType.PERMIT);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller callers;

    @Inject
    CalendarService calendars;

    @Inject
    SystemInfo system;

    @Inject
    AuditTrail audit;

    /** A late (or not late) item with what it is known by, and its cause as proposed and as confirmed. */
    public record View(
            SubjectType subjectType,
            long subjectId,
            long projectId,
            String projectNumber,
            boolean late,
            DelayCause proposed,
            DelayCauseRecord confirmed) {}

    /** The facts of one item: its project, whether it is late, the proposal, who answers for its cause. */
    private record Subject(
            SubjectType type,
            long id,
            ConnectionProject project,
            boolean late,
            DelayCause proposed,
            Set<String> roles) {}

    public View view(SubjectType type, long id) {
        Subject subject = subject(type, id);
        return new View(
                type,
                id,
                subject.project().getId(),
                subject.project().getNumber(),
                subject.late(),
                subject.proposed(),
                record(type, id));
    }

    /** Confirms or changes the cause of a late item; version: the one read (null for a first confirmation). */
    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK})
    public View confirm(SubjectType type, long id, DelayCause cause, String note, Integer version) {
        Subject subject = subject(type, id);
        Caller caller = callers.require();
        if (subject.roles().stream().noneMatch(caller::has)
                || !subject.project().getUnit().getCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        if (!subject.late()) {
            throw BusinessException.conflict("delay.notLate");
        }
        if (cause == null) {
            throw BusinessException.invalid("cause", "delay.causeRequired");
        }
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > 500) {
            throw BusinessException.invalid("note", "delay.noteTooLong", 500);
        }
        if (cause == DelayCause.OTHER && text == null) {
            throw BusinessException.invalid("note", "delay.otherNeedsNote");
        }
        DelayCauseRecord record = record(type, id);
        int seen = record == null ? 0 : record.getVersion();
        if (version != null ? version != seen : record != null) {
            // a first confirmation needs no version; changing a confirmed cause must say which one it saw
            throw BusinessException.stale();
        }
        Map<String, Object> before = record == null ? null : record.auditState();
        if (record == null) {
            record = new DelayCauseRecord(
                    type,
                    id,
                    subject.project().getId(),
                    subject.project().getUnit().getCode());
            em.persist(record);
        }
        record.confirm(cause, subject.proposed(), text, caller.login(), Time.now());
        em.flush();
        audit.recordChange(
                before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                RECORD,
                type + "-" + id,
                subject.project().getNumber(),
                before,
                record.auditState());
        return new View(
                type, id, subject.project().getId(), subject.project().getNumber(), true, subject.proposed(), record);
    }

    private DelayCauseRecord record(SubjectType type, long id) {
        return em.createQuery(
                        "SELECT c FROM DelayCauseRecord c WHERE c.subjectType = :t AND c.subjectId = :id",
                        DelayCauseRecord.class)
                .setParameter("t", type)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Subject subject(SubjectType type, long id) {
        if (type == null || !KINDS.contains(type)) {
            throw BusinessException.invalid("subjectType", "delay.unknownKind");
        }
        LocalDate today = system.today();
        Subject subject = switch (type) {
            case PROJECT -> {
                ConnectionProject p = em.find(ConnectionProject.class, id);
                yield p == null ? null : project(p);
            }
            case MILESTONE -> {
                Milestone m = em.find(Milestone.class, id);
                yield m == null
                        ? null
                        : new Subject(
                                type,
                                id,
                                m.getPlan().getProject(),
                                m.getBaseline() != null
                                        && (m.getActual() != null
                                                ? m.getActual().isAfter(m.getBaseline())
                                                : today.isAfter(m.getBaseline())),
                                CauseProposal.propose(type, m.getCode(), false),
                                Set.of(Roles.PROJECT_MANAGER));
            }
            case DELIVERY -> {
                MaterialRequest r = em.find(MaterialRequest.class, id);
                yield r == null
                        ? null
                        : new Subject(
                                type,
                                id,
                                r.getProject(),
                                r.getStatus() != RequestStatus.CANCELLED
                                        && (r.getDeliveredAt() != null
                                                ? r.getDeliveredAt()
                                                        .toLocalDate()
                                                        .isAfter(r.getDueOn())
                                                : today.isAfter(r.getDueOn())),
                                CauseProposal.propose(type, null, false),
                                Set.of(Roles.PROJECT_MANAGER, Roles.WAREHOUSE));
            }
            default -> {
                PermitTrack t = em.find(PermitTrack.class, id);
                if (t == null) {
                    yield null;
                }
                ClockStatus clock = t.clock(calendars.calendar(), today).status();
                yield new Subject(
                        type,
                        id,
                        t.getProject(),
                        clock == ClockStatus.RED || clock == ClockStatus.MISSED,
                        CauseProposal.propose(type, null, false),
                        Set.of(Roles.PERMIT_CLERK));
            }
        };
        if (subject == null
                || !callers.require().mayActIn(subject.project().getUnit().getCode())) {
            throw BusinessException.notFound("delay.notFound", type + " " + id);
        }
        return subject;
    }

    /** A project is late when its clock is red or missed, or any of its stored clocks missed its limit. */
    private Subject project(ConnectionProject p) {
        boolean missed = p.getClockStatus() == ClockStatus.RED
                || p.getClockStatus() == ClockStatus.MISSED
                || em.createQuery(
                                        "SELECT COUNT(r) FROM ClockResult r WHERE r.projectId = :p AND r.met = FALSE",
                                        Long.class)
                                .setParameter("p", p.getId())
                                .getSingleResult()
                        > 0;
        boolean paused = p.getSteps().stream().anyMatch(s -> !s.getPauses().isEmpty());
        return new Subject(
                SubjectType.PROJECT,
                p.getId(),
                p,
                missed,
                CauseProposal.propose(SubjectType.PROJECT, null, paused),
                Set.of(Roles.PROJECT_MANAGER));
    }
}
