package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.stock.Balance;
import org.gridworks.stock.Material;
import org.gridworks.stock.MovementType;
import org.gridworks.stock.StockLedger;
import org.gridworks.stock.StockPosting;
import org.gridworks.stock.Warehouse;

/**
 * What every change of a request shares, whichever service makes it: one change at a time on the version the
 * user saw, an audit entry with the state before and after, times that are neither in the future nor before the
 * previous step, and the "materials on site" event once nothing is still on its way to the project.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RequestChanges {

    static final String RECORD = "MaterialRequest";

    @PersistenceContext
    EntityManager em;

    @Inject
    MaterialRequestService requests;

    @Inject
    StockLedger ledger;

    @Inject
    CurrentCaller callers;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MaterialsDelivered> delivered;

    /** The request, visible to the caller, locked until the transaction ends, and as the caller last saw it. */
    public MaterialRequest editable(long id, Integer version) {
        MaterialRequest request = requests.find(id);
        em.refresh(request, LockModeType.PESSIMISTIC_WRITE); // one status change at a time
        if (version != null && version != request.getVersion()) {
            throw BusinessException.stale();
        }
        return request;
    }

    /** Applies a change (an entity method, which refuses what is not allowed now) and audits it. */
    public MaterialRequest changed(MaterialRequest request, Runnable change) {
        Map<String, Object> before = request.auditState();
        change.run();
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a line's delivery changes the request too
        em.flush();
        audit.recordChange(
                AuditAction.UPDATE,
                RECORD,
                request.getId(),
                request.getProject().getNumber(),
                before,
                request.auditState());
        return request;
    }

    /** The milestone is reached when nothing is still on its way to the project's sites. */
    public void materialsOnSite(ConnectionProject project, LocalDate on) {
        long stillOpen = em.createQuery(
                        "SELECT COUNT(r) FROM MaterialRequest r WHERE r.project = :p" + " AND r.status IN :open",
                        Long.class)
                .setParameter("p", project)
                .setParameter("open", List.of(RequestStatus.RESERVED, RequestStatus.PICKED, RequestStatus.DISPATCHED))
                .getSingleResult();
        if (stillOpen == 0) {
            delivered.fire(new MaterialsDelivered(project.getId(), on));
        }
    }

    /** When a step happened: now when not given; never in the future, nor before the step before it. */
    static LocalDateTime when(LocalDateTime at, LocalDateTime notBefore, String field) {
        LocalDateTime when = at == null ? Time.now() : at;
        if (when.isAfter(Time.now().plusMinutes(5))) {
            throw BusinessException.invalid(field, "request.inFuture");
        }
        if (notBefore != null && when.isBefore(notBefore)) {
            throw BusinessException.invalid(
                    field, "request.beforePrevious", notBefore.toString().replace('T', ' '));
        }
        return when;
    }

    /** One stock posting on behalf of a request (its reference MR-id), with the ledger row it makes. */
    public void post(
            MaterialRequest request,
            MovementType type,
            Material material,
            Warehouse warehouse,
            int quantity,
            Balance.Delta delta,
            String reason) {
        StockPosting posting = new StockPosting(
                        null,
                        "request " + request.getId() + " " + type,
                        type,
                        Time.now(),
                        callers.require().login(),
                        reason,
                        request.getProject(),
                        "MR-" + request.getId(),
                        null)
                .forRequest(request.getId());
        ledger.post(posting, List.of(new StockLedger.Effect(material, warehouse, type, quantity, delta, null)));
    }
}
