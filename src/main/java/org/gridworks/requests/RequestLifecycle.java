package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;
import org.gridworks.platform.i18n.CallerLocale;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;
import org.gridworks.stock.Balance;
import org.gridworks.stock.MovementType;
import org.gridworks.stock.StockLedger;

/**
 * A request's life up to the road: project managers make it for their unit's projects and its stock is reserved
 * at once in the proposed warehouses (a race for the last items is lost by one request, which is told and changes
 * nothing); the sourcing warehouses' staff pick and dispatch, issuing the reserved stock (a cancellation is
 * RequestCancellation's). Who may act is checked here; what the request's status allows is MaterialRequest's own rule.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RequestLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    MaterialRequestService requests;

    @Inject
    RequestSourcing sourcing;

    @Inject
    RequestChanges changes;

    @Inject
    ProjectService projects;

    @Inject
    CurrentCaller callers;

    @Inject
    StockLedger ledger;

    @Inject
    AuditTrail audit;

    /** Makes the request as proposed and reserves its stock; refused whole if any line cannot be supplied. */
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public MaterialRequest create(long projectId, RequestInput input) {
        ConnectionProject project = projects.find(projectId);
        Caller caller = callers.require();
        if (!project.getUnit().getCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        Proposal proposal = sourcing.propose(projectId, input);
        for (Proposal.Line line : proposal.lines()) {
            if (!line.isSupplied()) {
                throw BusinessException.conflict(
                        "request.noStock",
                        line.material().getCode(),
                        line.quantity(),
                        line.available(),
                        line.material().uom(CallerLocale.current()));
            }
        }
        String site = site(input, project);
        MaterialRequest request = new MaterialRequest(
                project,
                site,
                RequestSourcing.requestedAt(input, project),
                proposal.dueDays(),
                proposal.due(),
                Time.now(),
                caller.login());
        for (Proposal.Line line : proposal.lines()) {
            request.addLine(
                    line.material().getId(),
                    line.warehouse().getId(),
                    line.quantity(),
                    line.transferDays(),
                    line.expectedOn(),
                    line.canMeetDue());
        }
        em.persist(request);
        em.flush();
        ledger.lockAll(proposal.lines().stream()
                .map(l -> new StockLedger.Effect(
                        l.material(),
                        l.warehouse(),
                        MovementType.RESERVATION,
                        l.quantity(),
                        Balance.Delta.reservation(l.quantity()),
                        null))
                .toList());
        for (Proposal.Line line : proposal.lines()) {
            // locked and checked by the ledger: if another request took the stock meanwhile, all of this rolls back
            changes.post(
                    request,
                    MovementType.RESERVATION,
                    line.material(),
                    line.warehouse(),
                    line.quantity(),
                    Balance.Delta.reservation(line.quantity()),
                    null);
        }
        audit.recordChange(
                AuditAction.CREATE,
                RequestChanges.RECORD,
                request.getId(),
                project.getNumber(),
                null,
                request.auditState());
        return request;
    }

    @RolesAllowed(Roles.WAREHOUSE)
    public MaterialRequest pick(long id, LocalDateTime at, Integer version) {
        MaterialRequest request = changes.editable(id, version);
        requests.sourcingStaff(request);
        request.check(RequestTransition.PICK);
        LocalDateTime when = RequestChanges.when(at, request.getRequestedAt(), "at");
        return changes.changed(request, () -> request.pick(when));
    }

    /**
     * The caller's warehouse sends its lines: their reserved stock is issued to the project. The request is on
     * its way (dispatched) once every warehouse it is sourced from has sent its lines.
     */
    @RolesAllowed(Roles.WAREHOUSE)
    public MaterialRequest dispatch(long id, LocalDateTime at, Integer version) {
        MaterialRequest request = changes.editable(id, version);
        Caller caller = requests.sourcingStaff(request);
        List<RequestLine> mine =
                request.unsent(l -> requests.warehouse(l).unitCode().equals(caller.unit()));
        LocalDateTime when = RequestChanges.when(
                at, request.getPickedAt() != null ? request.getPickedAt() : request.getRequestedAt(), "at");
        ledger.lockAll(mine.stream()
                .map(l -> new StockLedger.Effect(
                        requests.material(l),
                        requests.warehouse(l),
                        MovementType.ISSUE,
                        l.getQuantity(),
                        Balance.Delta.issueReserved(l.getQuantity()),
                        null))
                .toList());
        for (RequestLine line : mine) {
            changes.post(
                    request,
                    MovementType.ISSUE,
                    requests.material(line),
                    requests.warehouse(line),
                    line.getQuantity(),
                    Balance.Delta.issueReserved(line.getQuantity()),
                    null);
        }
        return changes.changed(request, () -> request.dispatch(mine, when));
    }

    private static String site(RequestInput input, ConnectionProject project) {
        String site = input == null || input.site() == null || input.site().isBlank()
                ? project.getCustomerName()
                : input.site().trim();
        if (site.length() > 200) {
            throw BusinessException.invalid("site", "project.tooLong", 200);
        }
        return site;
    }
}
