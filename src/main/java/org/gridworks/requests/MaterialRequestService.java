package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.gridworks.calendar.CalendarService;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.projects.ProjectService;
import org.gridworks.stock.Material;
import org.gridworks.stock.Warehouse;

/**
 * Material requests as people read them, and who may see and handle them: one request, a project's requests,
 * the delivery board, a request's delivery clock and the lines the caller may see. The changes are made by
 * RequestSourcing (the proposal), RequestLifecycle (reserve, pick, dispatch, cancel) and SiteDeliveries.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class MaterialRequestService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectService projects;

    @Inject
    CurrentCaller callers;

    @Inject
    CalendarService calendar;

    @Inject
    SystemInfo system;

    public MaterialRequest find(long id) {
        MaterialRequest request = em.find(MaterialRequest.class, id);
        if (request == null || !maySee(request, callers.require())) {
            throw BusinessException.notFound("request.notFound", id);
        }
        return request;
    }

    public List<MaterialRequest> requestsOf(long projectId) {
        projects.find(projectId);
        return em.createQuery("SELECT r FROM MaterialRequest r WHERE r.project.id = :p ORDER BY r.requestedAt DESC,"
                + " r.id DESC", MaterialRequest.class).setParameter("p", projectId).getResultList();
    }

    /**
     * The delivery board: open requests of the caller's unit and, for warehouse staff, those with a line from
     * their unit's warehouses (every open request for supervisors and administrators), soonest due first.
     */
    public List<MaterialRequest> board() {
        Caller caller = callers.require();
        boolean everyUnit = caller.seesEveryUnit();
        var query = em.createQuery("SELECT r FROM MaterialRequest r WHERE r.status IN :open"
                + (everyUnit ? "" : " AND (r.project.unit.code = :unit"
                + (caller.has(Roles.WAREHOUSE) ? " OR EXISTS (SELECT l FROM RequestLine l, Warehouse w"
                + " WHERE l.request = r AND w.id = l.warehouseId AND w.unit.code = :unit)" : "") + ")")
                + " ORDER BY r.dueOn, r.requestedAt, r.id", MaterialRequest.class)
                .setParameter("open", List.of(RequestStatus.RESERVED, RequestStatus.PICKED, RequestStatus.DISPATCHED));
        if (!everyUnit) {
            query.setParameter("unit", caller.unit());
        }
        return query.setMaxResults(1000).getResultList();
    }

    /** Whether a due date falls in a year whose calendar is not loaded, so it may move when the notice is out. */
    public boolean provisional(LocalDate due) {
        return calendar.calendar().isProvisional(due);
    }

    public DeliveryClock.Result state(MaterialRequest request) {
        return DeliveryClock.state(request.getRequestedAt().toLocalDate(), request.getDueOn(),
                request.getStatus().isDispatched(),
                request.getDeliveredAt() == null ? null : request.getDeliveredAt().toLocalDate(),
                request.getStatus() == RequestStatus.CANCELLED, system.today(), calendar.calendar());
    }

    public Material material(RequestLine line) {
        return em.find(Material.class, line.getMaterialId());
    }

    public Warehouse warehouse(RequestLine line) {
        return em.find(Warehouse.class, line.getWarehouseId());
    }

    /** The lines the caller may see: all of them in the project's unit, else those its own warehouses supply. */
    public List<RequestLine> visibleLines(MaterialRequest request) {
        Caller caller = callers.require();
        if (caller.mayActIn(request.getProject().getUnit().getCode())) {
            return request.getLines();
        }
        return request.getLines().stream().filter(l -> warehouse(l).unitCode().equals(caller.unit())).toList();
    }

    /** Picking and dispatch are the work of the staff of a warehouse the request is sourced from. */
    public Caller sourcingStaff(MaterialRequest request) {
        Caller caller = callers.require();
        if (!sources(request, caller.unit())) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    /** Deliveries and cancellations: the sourcing warehouses' staff, or a project manager of the project's unit. */
    public Caller handler(MaterialRequest request) {
        Caller caller = callers.require();
        boolean manager = caller.has(Roles.PROJECT_MANAGER)
                && request.getProject().getUnit().getCode().equals(caller.unit());
        boolean keeper = caller.has(Roles.WAREHOUSE) && sources(request, caller.unit());
        if (!manager && !keeper) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    /**
     * The project's own unit (and those who see every unit) see a request whole; another unit's warehouse staff
     * see it only when their warehouse supplies a line of it, and then only their lines (see visibleLines).
     * Other roles of a supplying unit have no business with it.
     */
    private boolean maySee(MaterialRequest request, Caller caller) {
        return caller.mayActIn(request.getProject().getUnit().getCode())
                || caller.has(Roles.WAREHOUSE) && sources(request, caller.unit());
    }

    private boolean sources(MaterialRequest request, String unit) {
        return request.getLines().stream().anyMatch(l -> warehouse(l).unitCode().equals(unit));
    }
}
