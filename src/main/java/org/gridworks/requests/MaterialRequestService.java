package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
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

    /** The delivery board as its page shows it, built in one call (see RequestView). */
    public List<RequestRow> boardRows(Locale locale) {
        List<MaterialRequest> board = board();
        RequestView view = view(board);
        return board.stream().map(r -> RequestRow.of(r, view, locale)).toList();
    }

    /** How many requests of the caller's delivery board are in each state (the dashboard's tiles), in one call. */
    public Map<DeliveryState, Long> boardStates() {
        LocalDate today = system.today();
        WorkingDayCalendar workingDays = calendar.calendar();
        return board().stream()
                .collect(Collectors.groupingBy(
                        r -> state(r, today, workingDays).state(),
                        () -> new java.util.EnumMap<>(DeliveryState.class),
                        Collectors.counting()));
    }

    /** The delivery board as the API gives it. */
    public List<RequestJson.RequestOut> boardJson() {
        List<MaterialRequest> board = board();
        RequestView view = view(board);
        return board.stream().map(r -> RequestJson.RequestOut.of(r, view)).toList();
    }

    /** The delivery board as an Excel workbook: one row per line the caller may see. */
    public byte[] boardWorkbook(Locale locale) {
        List<MaterialRequest> board = board();
        return DeliveryBoardWorkbook.write(view(board), board, locale);
    }

    /** A project's requests as its page shows them. */
    public List<RequestRow> rowsOf(long projectId, Locale locale) {
        List<MaterialRequest> requests = requestsOf(projectId);
        RequestView view = view(requests);
        return requests.stream().map(r -> RequestRow.of(r, view, locale)).toList();
    }

    /** A project's requests as the API gives them. */
    public List<RequestJson.RequestOut> jsonOf(long projectId) {
        List<MaterialRequest> requests = requestsOf(projectId);
        RequestView view = view(requests);
        return requests.stream().map(r -> RequestJson.RequestOut.of(r, view)).toList();
    }

    /** One request as the API gives it (after a change, too: the request is read again here). */
    public RequestJson.RequestOut json(long id) {
        MaterialRequest request = find(id);
        return RequestJson.RequestOut.of(request, view(List.of(request)));
    }

    /** The materials of these requests' lines (one query) and the warehouses (a short list), with the caller. */
    private RequestView view(List<MaterialRequest> requests) {
        Set<Long> ids = requests.stream()
                .flatMap(r -> r.getLines().stream())
                .map(RequestLine::getMaterialId)
                .collect(Collectors.toSet());
        Map<Long, Material> materials = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT m FROM Material m WHERE m.id IN :ids", Material.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(m -> materials.put(m.getId(), m));
        }
        Map<Long, Warehouse> warehouses = new HashMap<>();
        em.createQuery("SELECT w FROM Warehouse w JOIN FETCH w.unit", Warehouse.class)
                .getResultList()
                .forEach(w -> warehouses.put(w.getId(), w));
        return new RequestView(materials, warehouses, callers.require(), calendar.calendar(), system.today());
    }

    public MaterialRequest find(long id) {
        MaterialRequest request = em.find(MaterialRequest.class, id);
        if (request == null || !maySee(request, callers.require())) {
            throw BusinessException.notFound("request.notFound", id);
        }
        return request;
    }

    public List<MaterialRequest> requestsOf(long projectId) {
        projects.find(projectId);
        return batched(em.createQuery(
                                "SELECT r FROM MaterialRequest r WHERE r.project.id = :p"
                                        + " ORDER BY r.requestedAt DESC, r.id DESC",
                                MaterialRequest.class)
                        .setParameter("p", projectId))
                .getResultList();
    }

    /**
     * The delivery board: open requests of the caller's unit and, for warehouse staff, those with a line from
     * their unit's warehouses (every open request for supervisors and administrators), soonest due first.
     */
    public List<MaterialRequest> board() {
        Caller caller = callers.require();
        boolean everyUnit = caller.seesEveryUnit();
        var query = em.createQuery(
                        "SELECT r FROM MaterialRequest r WHERE r.status IN :open"
                                + (everyUnit
                                        ? ""
                                        : " AND (r.project.unit.code = :unit"
                                                + (caller.has(Roles.WAREHOUSE)
                                                        ? " OR EXISTS (SELECT l FROM RequestLine l, Warehouse w"
                                                                + " WHERE l.request = r AND w.id = l.warehouseId AND w.unit.code = :unit)"
                                                        : "")
                                                + ")")
                                + " ORDER BY r.dueOn, r.requestedAt, r.id",
                        MaterialRequest.class)
                .setParameter("open", List.of(RequestStatus.RESERVED, RequestStatus.PICKED, RequestStatus.DISPATCHED));
        if (!everyUnit) {
            query.setParameter("unit", caller.unit());
        }
        return batched(query).setMaxResults(1000).getResultList();
    }

    /** A list's lines and projects read in one query each, not one per request as they are first touched. */
    private static TypedQuery<MaterialRequest> batched(TypedQuery<MaterialRequest> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.lines")
                .setHint("eclipselink.batch", "r.project");
    }

    /** Whether a due date falls in a year whose calendar is not loaded, so it may move when the notice is out. */
    public boolean provisional(LocalDate due) {
        return calendar.calendar().isProvisional(due);
    }

    public DeliveryClock.Result state(MaterialRequest request) {
        return state(request, system.today(), calendar.calendar());
    }

    static DeliveryClock.Result state(MaterialRequest request, LocalDate today, WorkingDayCalendar calendar) {
        return DeliveryClock.state(
                request.getRequestedAt().toLocalDate(),
                request.getDueOn(),
                request.getStatus().isDispatched(),
                request.getDeliveredAt() == null
                        ? null
                        : request.getDeliveredAt().toLocalDate(),
                request.getStatus() == RequestStatus.CANCELLED,
                today,
                calendar);
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
        return request.getLines().stream()
                .filter(l -> warehouse(l).unitCode().equals(caller.unit()))
                .toList();
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
