package org.gridworks.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.identity.AppUser;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitService;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;

/**
 * Connection projects: project managers create and run them within their own unit; everyone reads the
 * projects of their own unit, supervisors and administrators those of every unit. Every change is audited and
 * recomputes the project's clocks.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class ProjectService {

    static final String RECORD = "Project";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller callers;

    @Inject
    UnitService units;

    @Inject
    ProjectClocks clocks;

    @Inject
    AuditTrail audit;

    @Inject
    SystemInfo system;

    @Inject
    jakarta.enterprise.event.Event<ProjectFactsChanged> factsChanged;

    /** A project the caller may see, or 404 (also for another unit's project: its existence is not revealed). */
    public ConnectionProject find(long id) {
        ConnectionProject project = em.find(ConnectionProject.class, id);
        if (project == null || !callers.require().mayActIn(project.getUnit().getCode())) {
            throw BusinessException.notFound("project.notFound", id);
        }
        return project;
    }

    public List<Clock> clocksOf(long id) {
        return clocks.compute(find(id));
    }

    public PolicyChoice policyOf(long id) {
        return clocks.policyFor(find(id));
    }

    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject create(ProjectForm form) {
        Caller caller = callers.require();
        ProjectRules.checkFacts(form, system.today());
        Unit unit = form.unit() == null || form.unit().isBlank()
                ? units.require(caller.unit(), "unit")
                : units.require(form.unit(), "unit");
        requireOwnUnit(caller, unit);
        ConnectionProject project = new ConnectionProject(unit, Time.now(), caller.login());
        apply(form, project, caller);
        project.arrangeSteps();
        project.openStep(StepCode.ACCEPTANCE, form.acceptedOn().atStartOfDay(), caller.login());
        em.persist(project);
        em.flush();
        project.assignNumber();
        clocks.refresh(project);
        audit.recordChange(
                AuditAction.CREATE, RECORD, project.getId(), project.getNumber(), null, project.auditState());
        factsChanged.fire(new ProjectFactsChanged(project.getId()));
        return project;
    }

    /**
     * Records the site facts (route and scheme) of a project of the caller's unit; the permit routes decide again.
     * Managers and clerks both know the site: either may record it.
     */
    @RolesAllowed({Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK})
    public ConnectionProject updateSiteFacts(long id, SiteFacts facts, Integer version) {
        Caller caller = callers.require();
        ConnectionProject project = managed(id, caller);
        requireVersion(project, version);
        if (facts == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        if (facts.newLineMetres() < 0 || facts.newLineMetres() > 100_000) {
            throw BusinessException.invalid("newLineMetres", "site.lineRange");
        }
        Map<String, Object> before = project.auditState();
        boolean changed = !facts.equals(project.siteFacts());
        project.setSiteFacts(facts);
        em.lock(project, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.recordChange(
                AuditAction.UPDATE, RECORD, project.getId(), project.getNumber(), before, project.auditState());
        if (changed) {
            factsChanged.fire(new ProjectFactsChanged(project.getId()));
        }
        return project;
    }

    /** The document types an application may ask for, the active ones in their order. */
    public List<ApplicationDocumentType> documentTypes() {
        return em.createQuery(
                        "SELECT t FROM ApplicationDocumentType t WHERE t.active = TRUE ORDER BY t.id",
                        ApplicationDocumentType.class)
                .getResultList();
    }

    /** Replaces the application's document list (codes of document types); the "四免" flag follows. */
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject setApplicationDocuments(long id, List<String> codes, Integer version) {
        Caller caller = callers.require();
        ConnectionProject project = managed(id, caller);
        requireVersion(project, version);
        List<ApplicationDocumentType> known = documentTypes();
        List<ApplicationDocumentType> chosen = new java.util.ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            ApplicationDocumentType type = known.stream()
                    .filter(t -> t.getCode().equalsIgnoreCase(code == null ? "" : code.trim()))
                    .findFirst()
                    .orElseThrow(() -> BusinessException.invalid("documents", "api.unknownCode", code));
            if (!chosen.contains(type)) {
                chosen.add(type);
            }
        }
        String before = project.getApplicationDocuments().stream()
                .map(ApplicationDocumentType::getCode)
                .toList()
                .toString();
        project.setApplicationDocuments(chosen);
        em.lock(project, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                "ApplicationDocuments",
                project.getId(),
                before + " → "
                        + chosen.stream().map(ApplicationDocumentType::getCode).toList()
                        + (project.isDocumentsFlagged() ? " flagged" : ""));
        return project;
    }

    /**
     * The supply plan given on site to an eligible application: the plan-reply step opens and closes on the same
     * day, with the reply recorded.
     */
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject replyOnSite(long id, String reply, LocalDateTime at, Integer version) {
        Caller caller = callers.require();
        ConnectionProject project = stepAction(id, StepCode.PLAN_REPLY, version, caller);
        ProjectRules.checkNotFuture(at, Time.now());
        if (reply == null || reply.isBlank()) {
            throw BusinessException.invalid("reply", "onsite.replyRequired");
        }
        if (reply.trim().length() > 500) {
            throw BusinessException.invalid("reply", "project.tooLong", 500);
        }
        String text = reply.trim();
        return changed(
                project,
                StepCode.PLAN_REPLY,
                "on-site reply " + at + ": " + text,
                () -> project.replyOnSite(text, at, caller.login()));
    }

    /** Saves the manager's edit; the category may change only while no step after acceptance has opened. */
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject update(long id, ProjectForm form) {
        Caller caller = callers.require();
        ConnectionProject project = managed(id, caller);
        if (project.getVersion() != form.version()) {
            throw BusinessException.stale();
        }
        ProjectRules.checkFacts(form, system.today());
        project.checkEdit(form.acceptedOn());
        Map<String, Object> before = project.auditState();
        Category previous = project.getCategory();
        boolean previousVariant = project.isThreeStepVariant();
        apply(form, project, caller);
        project.followEdit(previous, previousVariant);
        clocks.refresh(project);
        em.flush();
        audit.recordChange(
                AuditAction.UPDATE, RECORD, project.getId(), project.getNumber(), before, project.auditState());
        // the voltage and the acceptance day take part in the permit route: decided again (nothing moves if equal)
        factsChanged.fire(new ProjectFactsChanged(project.getId()));
        return project;
    }

    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject openStep(long id, StepCode code, LocalDateTime at, Integer version) {
        Caller caller = callers.require();
        ConnectionProject project = stepAction(id, code, version, caller);
        ProjectRules.checkNotFuture(at, Time.now());
        return changed(project, code, "open " + at, () -> project.openStep(code, at, caller.login()));
    }

    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject closeStep(long id, StepCode code, LocalDateTime at, Integer version) {
        Caller caller = callers.require();
        ConnectionProject project = stepAction(id, code, version, caller);
        ProjectRules.checkNotFuture(at, Time.now());
        return changed(project, code, "close " + at, () -> project.closeStep(code, at, caller.login()));
    }

    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject pauseStep(long id, StepCode code, LocalDateTime at, String reason, Integer version) {
        Caller caller = callers.require();
        ConnectionProject project = stepAction(id, code, version, caller);
        ProjectRules.checkNotFuture(at, Time.now());
        String why = ProjectRules.reason(reason);
        return changed(
                project, code, "pause " + at + ": " + why, () -> project.pauseStep(code, at, why, caller.login()));
    }

    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject resumeStep(long id, StepCode code, LocalDateTime at, Integer version) {
        Caller caller = callers.require();
        ConnectionProject project = stepAction(id, code, version, caller);
        ProjectRules.checkNotFuture(at, Time.now());
        return changed(project, code, "resume " + at, () -> project.resumeStep(code, at, caller.login()));
    }

    /** Reopens a closed step (a mistaken close); needs a reason and only the last closed step may reopen. */
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public ConnectionProject reopenStep(long id, StepCode code, String reason, Integer version) {
        Caller caller = callers.require();
        ConnectionProject project = stepAction(id, code, version, caller);
        String why = ProjectRules.reason(reason);
        return changed(project, code, "reopen: " + why, () -> project.reopenStep(code));
    }

    /** The project of a step action: the caller's to manage, at the version the page showed, with that step. */
    private ConnectionProject stepAction(long id, StepCode code, Integer version, Caller caller) {
        ConnectionProject project = managed(id, caller);
        requireVersion(project, version);
        project.requireStep(code);
        return project;
    }

    /** A step action from a page that shows an older state of the project is refused; the API may leave it out. */
    private static void requireVersion(ConnectionProject project, Integer version) {
        if (version != null && version != project.getVersion()) {
            throw BusinessException.stale();
        }
    }

    /** Applies a step action (the project refuses what its state does not allow), then recomputes and audits. */
    private ConnectionProject changed(ConnectionProject project, StepCode code, String what, Runnable action) {
        Map<String, Object> before = Map.of("status", project.getStatus(), "clock", project.getClockStatus());
        action.run();
        // a step is part of the project: its change moves the project's version, so stale pages are refused
        em.lock(project, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        clocks.refresh(project);
        em.flush();
        audit.recordChange(
                AuditAction.UPDATE,
                RECORD,
                project.getId(),
                code + " " + what,
                before,
                Map.of("status", project.getStatus(), "clock", project.getClockStatus()));
        audit.record(AuditAction.UPDATE, "ProjectStep", project.getId() + "/" + code, what);
        return project;
    }

    private void apply(ProjectForm form, ConnectionProject project, Caller caller) {
        project.setFacts(
                form.customerName().trim(),
                blankToNull(form.address()),
                form.areaType(),
                form.capacityKw(),
                form.voltageKv(),
                form.dualSupply(),
                form.smallMicro(),
                form.residential(),
                form.threeStepVariant(),
                form.needsSupportingWorks(),
                form.acceptedOn());
        project.setContactPhone(blankToNull(form.contactPhone()));
        Classification classification = CategoryRule.classify(project.facts());
        if (form.categoryOverride() != null && form.categoryOverride() != classification.category()) {
            project.setCategory(
                    form.categoryOverride(), true, form.overrideReason().trim());
        } else {
            project.setCategory(classification.category(), false, null);
        }
        String managerLogin = form.manager() != null && !form.manager().isBlank()
                ? form.manager()
                : project.getManager() != null ? project.getManager().getLogin() : caller.login();
        AppUser manager = em.createQuery("SELECT u FROM AppUser u WHERE u.login = :login", AppUser.class)
                .setParameter("login", managerLogin)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.invalid("manager", "user.notFound", managerLogin));
        if (!manager.getRoles().contains(Roles.PROJECT_MANAGER)
                || !manager.getUnit().getCode().equals(project.getUnit().getCode())) {
            throw BusinessException.invalid("manager", "project.managerOfUnit", managerLogin);
        }
        project.setManager(manager);
    }

    private ConnectionProject managed(long id, Caller caller) {
        ConnectionProject project = em.find(ConnectionProject.class, id);
        if (project == null || !caller.mayActIn(project.getUnit().getCode())) {
            throw BusinessException.notFound("project.notFound", id);
        }
        requireOwnUnit(caller, project.getUnit());
        return project;
    }

    /** Managers work in their own unit only, whatever other roles they also hold. */
    private static void requireOwnUnit(Caller caller, Unit unit) {
        if (!unit.getCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
