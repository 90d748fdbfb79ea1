package org.gridworks.milestones;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.calendar.CalendarService;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.permits.PermitService;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.projects.Clock;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;
import org.gridworks.projects.ProjectStatus;

/**
 * Milestone plans: project managers make, approve and keep the plans of their own unit's projects; everyone who
 * may see a project reads its plan. Every save checks the plan's version and moves it, so of two managers
 * saving the same plan the second is refused; every change is audited.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class PlanService {

    static final String RECORD = "MilestonePlan";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectService projects;

    @Inject
    PermitService permits;

    @Inject
    CurrentCaller callers;

    @Inject
    CalendarService calendar;

    @Inject
    AuditTrail audit;

    @Inject
    SystemInfo system;

    public Optional<MilestonePlan> planOf(long projectId) {
        projects.find(projectId);
        return em.createQuery("SELECT p FROM MilestonePlan p WHERE p.project.id = :id", MilestonePlan.class)
                .setParameter("id", projectId)
                .getResultStream()
                .findFirst();
    }

    public int slip(Milestone milestone) {
        return MilestoneScheduler.slip(milestone.item(), calendar.calendar());
    }

    public boolean provisional(Milestone milestone) {
        return MilestoneScheduler.provisional(milestone.item(), calendar.calendar());
    }

    /** Whether a date falls in a year whose calendar is not loaded (a plan's deadline, a single date). */
    public boolean provisional(LocalDate date) {
        return calendar.calendar().isProvisional(date);
    }

    public int floatDays(MilestonePlan plan) {
        return plan.milestone(MilestonePlan.ENERGISED)
                .map(m -> MilestoneScheduler.floatDays(m.item().effective(), plan.getDeadline(), calendar.calendar()))
                .orElse(0);
    }

    /** The application's legal deadline the works must fit: its main clock's due date, or its limit from acceptance. */
    LocalDate deadlineOf(ConnectionProject project) {
        List<Clock> clocks = projects.clocksOf(project.getId());
        LocalDate due = clocks.get(0).due();
        return due != null
                ? due
                : calendar.addWorkingDays(project.getAcceptedOn(), clocks.get(0).limitWorkingDays())
                        .due();
    }

    @RolesAllowed(Roles.PROJECT_MANAGER)
    public MilestonePlan create(long projectId) {
        ConnectionProject project = projects.find(projectId);
        Caller caller = ownUnit(project);
        if (!project.isNeedsSupportingWorks()) {
            throw BusinessException.conflict("plan.noSupportingWorks");
        }
        if (planOf(projectId).isPresent()) {
            throw BusinessException.conflict("plan.exists");
        }
        List<MilestoneTemplate> templates = em.createQuery(
                        "SELECT t FROM MilestoneTemplate t ORDER BY t.position", MilestoneTemplate.class)
                .getResultList();
        LocalDate deadline = deadlineOf(project);
        MilestonePlan plan = new MilestonePlan(project, deadline, templates, Time.now(), caller.login());
        LocalDate start = project.getAcceptedOn().isAfter(system.today()) ? project.getAcceptedOn() : system.today();
        plan.propose(start, calendar.calendar());
        plan.getMilestones().forEach(m -> m.details(caller.login(), null));
        em.persist(plan);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, projectId, "deadline " + deadline);
        return plan;
    }

    @RolesAllowed(Roles.PROJECT_MANAGER)
    public MilestonePlan approve(long projectId, int version) {
        MilestonePlan plan = editable(projectId, version);
        plan.approve(Time.now(), callers.require().login());
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, projectId, "approved");
        return plan;
    }

    /**
     * Records a milestone's forecast, actual date, person responsible and note, then moves the forecasts that
     * follow. While the plan is a draft the baseline follows the forecast.
     */
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public MilestonePlan update(
            long projectId,
            String code,
            LocalDate forecast,
            LocalDate actual,
            String responsible,
            String note,
            int version) {
        MilestonePlan plan = editable(projectId, version);
        Milestone milestone =
                plan.milestone(code).orElseThrow(() -> BusinessException.notFound("plan.noMilestone", code));
        Map<String, Object> before = state(milestone);
        plan.record(
                milestone,
                forecast,
                actual,
                responsible,
                note,
                system.today(),
                () -> permitsGranted(plan),
                calendar.calendar());
        em.flush();
        audit.recordChange(AuditAction.UPDATE, "Milestone", projectId + "/" + code, null, before, state(milestone));
        return plan;
    }

    /** Makes the current forecasts the new baseline; needs a reason and keeps the old baseline in history. */
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public MilestonePlan rebaseline(long projectId, String reason, int version) {
        MilestonePlan plan = editable(projectId, version);
        BaselineChange change =
                plan.rebaseline(reason, Time.now(), callers.require().login());
        em.persist(change);
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, projectId, "re-baselined: " + change.getReason());
        return plan;
    }

    public List<BaselineChange> history(long projectId) {
        MilestonePlan plan = planOf(projectId).orElseThrow(() -> BusinessException.notFound("plan.none"));
        return em.createQuery("SELECT b FROM BaselineChange b WHERE b.plan = :plan ORDER BY b.id", BaselineChange.class)
                .setParameter("plan", plan)
                .getResultList();
    }

    /**
     * Milestones not reached that are due within {@code workingDays} working days or already late, across the open
     * projects the caller may see, soonest first; optionally for one unit or one person.
     */
    public List<Milestone> portfolio(int workingDays, String unit, String person) {
        return portfolioQuery("SELECT m", " ORDER BY m.forecast, m.id", Milestone.class, workingDays, unit, person)
                .setMaxResults(500)
                .getResultList();
    }

    /** How many milestones the portfolio would list, counted in the database (the dashboard's tile). */
    public long portfolioCount(int workingDays, String unit, String person) {
        return portfolioQuery("SELECT COUNT(m)", "", Long.class, workingDays, unit, person)
                .getSingleResult();
    }

    private <T> TypedQuery<T> portfolioQuery(
            String select, String order, Class<T> type, int workingDays, String unit, String person) {
        Caller caller = callers.require();
        LocalDate horizon = calendar.addWorkingDays(system.today(), Math.max(0, Math.min(workingDays, 250)))
                .due();
        boolean everyUnit = caller.seesEveryUnit();
        String unitFilter = everyUnit ? (unit == null || unit.isBlank() ? null : unit.trim()) : caller.unit();
        // open projects only, as the warnings watch them: a connected project's unrecorded milestone is not due
        TypedQuery<T> query = em.createQuery(
                        select + " FROM Milestone m WHERE m.actual IS NULL AND m.forecast <= :horizon"
                                + " AND m.plan.project.status = :open"
                                + (unitFilter == null ? "" : " AND m.plan.project.unit.code = :unit")
                                + (person == null || person.isBlank() ? "" : " AND m.responsible = :person") + order,
                        type)
                .setParameter("horizon", horizon)
                .setParameter("open", ProjectStatus.OPEN);
        if (unitFilter != null) {
            query.setParameter("unit", unitFilter);
        }
        if (person != null && !person.isBlank()) {
            query.setParameter("person", person.trim());
        }
        return query;
    }

    /**
     * The permits milestone is reached on the day the last required permit is granted: recorded in the same
     * transaction as the grant, for a plan that has not recorded it yet, and the forecasts that follow move.
     */
    public void permitsGranted(@jakarta.enterprise.event.Observes org.gridworks.permits.PermitsGranted event) {
        reached(
                event.projectId(),
                MilestonePlan.PERMITS_GRANTED,
                event.on(),
                "reached with the last permit granted on " + event.on());
    }

    /** "Materials on site" is reached the day the last outstanding material arrives (same transaction). */
    public void materialsDelivered(@jakarta.enterprise.event.Observes org.gridworks.requests.MaterialsDelivered event) {
        reached(
                event.projectId(),
                MilestonePlan.MATERIALS_ON_SITE,
                event.on(),
                "reached with the last delivery on " + event.on());
    }

    /** Records a milestone the plan has not recorded yet as reached that day; the forecasts that follow move. */
    private void reached(long projectId, String code, LocalDate on, String summary) {
        em.createQuery("SELECT p FROM MilestonePlan p WHERE p.project.id = :id", MilestonePlan.class)
                .setParameter("id", projectId)
                .getResultStream()
                .findFirst()
                .filter(plan -> plan.reach(code, on, calendar.calendar()))
                .ifPresent(plan -> {
                    em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    audit.record(AuditAction.UPDATE, "Milestone", projectId + "/" + code, summary);
                });
    }

    /**
     * Whether the permits "construction started" waits for are granted: every permit track of the project, or
     * when it keeps none, the plan's own permits milestone.
     */
    private boolean permitsGranted(MilestonePlan plan) {
        long projectId = plan.getProject().getId();
        return permits.tracksOf(projectId).isEmpty()
                ? plan.reached(MilestonePlan.PERMITS_GRANTED)
                : permits.allGrantedOn(projectId).isPresent();
    }

    private MilestonePlan editable(long projectId, int version) {
        MilestonePlan plan = planOf(projectId).orElseThrow(() -> BusinessException.notFound("plan.none"));
        ownUnit(plan.getProject());
        if (plan.getVersion() != version) {
            throw BusinessException.stale();
        }
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return plan;
    }

    private Caller ownUnit(ConnectionProject project) {
        Caller caller = callers.require();
        if (!project.getUnit().getCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    private static Map<String, Object> state(Milestone m) {
        Map<String, Object> state = org.gridworks.audit.Changes.snapshot();
        state.put("baseline", m.getBaseline());
        state.put("forecast", m.getForecast());
        state.put("actual", m.getActual());
        state.put("responsible", m.getResponsible());
        state.put("note", m.getNote());
        return state;
    }
}
