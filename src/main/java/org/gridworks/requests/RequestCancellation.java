package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gridworks.identity.Caller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.stock.Balance;
import org.gridworks.stock.Material;
import org.gridworks.stock.MovementType;
import org.gridworks.stock.StockLedger;
import org.gridworks.stock.Warehouse;

/**
 * Cancelling a request: who may (the project's manager; the project unit's warehouse for what it alone supplies),
 * the stock it gives back (reservations released, what was sent and has not arrived received back where it came
 * from), and the "materials on site" milestone when the cancelled request was the last one still open.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RequestCancellation {

    @PersistenceContext
    EntityManager em;

    @Inject
    MaterialRequestService requests;

    @Inject
    RequestChanges changes;

    @Inject
    SystemInfo system;

    @Inject
    StockLedger ledger;

    /**
     * Cancels an open request: reserved stock is released; after dispatch (a reason is then required) what had
     * not arrived goes back on the shelves of the warehouse it came from.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER})
    public MaterialRequest cancel(long id, String reason, Integer version) {
        MaterialRequest request = changes.editable(id, version);
        Caller caller = requests.handler(request);
        boolean ownUnit = request.getProject().getUnit().getCode().equals(caller.unit());
        boolean manager = caller.has(Roles.PROJECT_MANAGER) && ownUnit;
        if (!manager
                && !(ownUnit
                        && request.getLines().stream()
                                .allMatch(l -> requests.warehouse(l).unitCode().equals(caller.unit())))) {
            // the request belongs to the project's unit: its warehouse may cancel what it alone supplies; another
            // unit's warehouse that supplies a line never cancels the whole request (the project manager decides)
            throw BusinessException.forbidden();
        }
        request.check(RequestTransition.CANCEL);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > 500) {
            throw BusinessException.invalid("reason", "project.tooLong", 500);
        }
        request.checkCancel(why); // after dispatch, a reason; refused before any stock moves
        ledger.lockAll(request.getLines().stream()
                .map(l -> new StockLedger.Effect(
                        requests.material(l),
                        requests.warehouse(l),
                        MovementType.RELEASE,
                        l.getQuantity(),
                        Balance.Delta.release(l.getQuantity()),
                        null))
                .toList());
        for (RequestLine line : request.getLines()) {
            Material material = requests.material(line);
            Warehouse warehouse = requests.warehouse(line);
            if (line.isSent()) {
                if (line.outstanding() > 0) {
                    // sent but not arrived: back on the shelves it came from
                    changes.post(
                            request,
                            MovementType.RECEIPT,
                            material,
                            warehouse,
                            line.outstanding(),
                            Balance.Delta.receipt(line.outstanding()),
                            why);
                }
            } else {
                changes.post(
                        request,
                        MovementType.RELEASE,
                        material,
                        warehouse,
                        line.getQuantity(),
                        Balance.Delta.release(line.getQuantity()),
                        why);
            }
        }
        MaterialRequest result = changes.changed(request, () -> request.cancel(Time.now(), why));
        boolean anyDelivered = em.createQuery(
                                "SELECT COUNT(r) FROM MaterialRequest r WHERE r.project = :p"
                                        + " AND r.status = :delivered",
                                Long.class)
                        .setParameter("p", request.getProject())
                        .setParameter("delivered", RequestStatus.DELIVERED)
                        .getSingleResult()
                > 0;
        if (anyDelivered) {
            // the last open request is gone: what was delivered is all the site gets
            changes.materialsOnSite(request.getProject(), system.today());
        }
        return result;
    }
}
