package org.gridworks.permits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectFactsChanged;
import org.gridworks.projects.ProjectService;
import org.gridworks.projects.SiteFacts;

/**
 * The permit tracks the routes propose for a project, decided again in the same transaction whenever the project
 * is created or its site facts change, and what the clerk makes of them: confirm (the track is created in the
 * proposed mode) or override with a reason (another mode, or none). Every proposal and decision is audited.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RouteProposals {

    static final String RECORD = "PermitProposal";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectService projects;

    @Inject
    PermitService permits;

    @Inject
    RouteRuleService routeRules;

    @Inject
    CurrentCaller callers;

    @Inject
    AuditTrail audit;

    public void factsChanged(@Observes ProjectFactsChanged event) {
        propose(event.projectId());
    }

    private void propose(long projectId) {
        ConnectionProject project = em.find(ConnectionProject.class, projectId);
        if (project == null) {
            return;
        }
        List<PermitRoutes.Decision> decisions =
                PermitRoutes.decide(routeRules.rules(), facts(project), project.getAcceptedOn());
        Map<String, PermitProposal> existing = new HashMap<>();
        proposalsOf(projectId).forEach(p -> existing.put(p.getPermitType(), p));
        for (PermitRoutes.Decision d : decisions) {
            PermitProposal proposal = existing.remove(d.permitType());
            if (proposal == null) {
                proposal = new PermitProposal(projectId, d.permitType(), d.mode(), d.because());
                em.persist(proposal);
                em.flush();
                audit.record(
                        AuditAction.CREATE,
                        RECORD,
                        proposal.getId(),
                        project.getNumber() + " " + d.permitType() + " " + d.mode() + " because " + d.because());
            } else if (proposal.follow(d.mode(), d.because())) {
                audit.record(
                        AuditAction.UPDATE,
                        RECORD,
                        proposal.getId(),
                        project.getNumber() + " " + d.permitType() + " " + d.mode() + " because " + d.because());
            }
        }
        // an open proposal the facts no longer support goes; what the clerk decided stays, with its track
        for (PermitProposal gone : existing.values()) {
            if (gone.getState() == PermitProposal.State.PROPOSED) {
                audit.record(
                        AuditAction.DELETE,
                        RECORD,
                        gone.getId(),
                        project.getNumber() + " " + gone.getPermitType() + " no longer needed");
                em.remove(gone);
            }
        }
        em.flush();
    }

    /** The proposals of a project the caller may see, by permit type. */
    public List<PermitProposal> proposals(long projectId) {
        projects.find(projectId);
        return proposalsOf(projectId);
    }

    /** For every active permit type, why the project needs it (and how) or does not, by the rules in force. */
    public List<PermitRoutes.Why> why(long projectId) {
        ConnectionProject project = projects.find(projectId);
        List<String> types = permits.types().stream().map(PermitType::getCode).toList();
        return PermitRoutes.explain(routeRules.rules(), facts(project), project.getAcceptedOn(), types);
    }

    /** Confirms a proposal: the track is created in the proposed mode (none for an exempt permit). */
    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitProposal confirm(long proposalId, Integer version) {
        PermitProposal proposal = open(proposalId, version);
        Caller caller = callers.require();
        track(proposal, proposal.getMode());
        proposal.decide(PermitProposal.State.CONFIRMED, proposal.getMode(), null, caller.login(), Time.now());
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                proposal.getId(),
                proposal.getPermitType() + " confirmed " + proposal.getMode());
        return proposal;
    }

    /** Overrides a proposal with a reason: the track in another mode, or none (mode EXEMPT or empty). */
    @RolesAllowed(Roles.PERMIT_CLERK)
    public PermitProposal override(long proposalId, PermitMode mode, String reason, Integer version) {
        PermitProposal proposal = open(proposalId, version);
        Caller caller = callers.require();
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", "step.reasonRequired");
        }
        if (reason.trim().length() > 500) {
            throw BusinessException.invalid("reason", "project.tooLong", 500);
        }
        PermitMode chosen = mode == null ? PermitMode.EXEMPT : mode;
        track(proposal, chosen);
        proposal.decide(PermitProposal.State.OVERRIDDEN, chosen, reason.trim(), caller.login(), Time.now());
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                RECORD,
                proposal.getId(),
                proposal.getPermitType() + " overridden " + proposal.getMode() + " → " + chosen + ": " + reason.trim());
        return proposal;
    }

    /** The track a decision asks for: created in its mode, or a prepared one given it; exempt needs none. */
    private void track(PermitProposal proposal, PermitMode mode) {
        if (mode == PermitMode.EXEMPT) {
            return;
        }
        PermitTrack existing = permits.tracksOf(proposal.getProjectId()).stream()
                .filter(t -> t.getType().getCode().equals(proposal.getPermitType()))
                .findFirst()
                .orElse(null);
        if (existing == null) {
            permits.addTrack(proposal.getProjectId(), proposal.getPermitType(), mode);
        } else if (existing.getStatus() == PermitStatus.PREPARED && existing.getMode() != mode) {
            existing.route(mode);
        }
    }

    /** A proposal of the caller's own unit, at the version the caller saw. */
    private PermitProposal open(long proposalId, Integer version) {
        PermitProposal proposal = em.find(PermitProposal.class, proposalId);
        if (proposal == null) {
            throw BusinessException.notFound("route.proposalNotFound", proposalId);
        }
        ConnectionProject project = projects.find(proposal.getProjectId());
        if (!project.getUnit().getCode().equals(callers.require().unit())) {
            throw BusinessException.forbidden();
        }
        if (version != null && version != proposal.getVersion()) {
            throw BusinessException.stale();
        }
        if (proposal.getState() != PermitProposal.State.PROPOSED) {
            throw BusinessException.conflict("route.alreadyDecided");
        }
        return proposal;
    }

    private List<PermitProposal> proposalsOf(long projectId) {
        return em.createQuery(
                        "SELECT p FROM PermitProposal p WHERE p.projectId = :p ORDER BY p.id", PermitProposal.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    static RouteFacts facts(ConnectionProject project) {
        SiteFacts site = project.siteFacts();
        return new RouteFacts(
                project.getVoltageKv(),
                site.newLineMetres(),
                site.crossesRoad(),
                site.occupiesGreenSpace(),
                site.inProtectedZone());
    }
}
