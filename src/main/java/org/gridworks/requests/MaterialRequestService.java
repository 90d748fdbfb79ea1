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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.calendar.CalendarService;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.Roles;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectService;
import org.gridworks.stock.Balance;
import org.gridworks.stock.Catalogue;
import org.gridworks.stock.Material;
import org.gridworks.stock.Quantities;
import org.gridworks.stock.MovementType;
import org.gridworks.stock.StockCell;
import org.gridworks.stock.StockLedger;
import org.gridworks.stock.StockPosting;
import org.gridworks.stock.StockQueries;
import org.gridworks.stock.Warehouse;

/**
 * Material requests: project managers request for their unit's projects; the stock is reserved at once in the
 * proposed warehouses (a race for the last items is lost by one request, which is told and changes nothing);
 * the sourcing warehouses' staff pick and dispatch; deliveries on site are signed, in parts if need be; the last
 * one completes the project's "materials on site" milestone.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class MaterialRequestService {

    static final String RECORD = "MaterialRequest";
    static final int MAX_LINES = 50;
    /** A warehouse with no transfer time to the unit's sites is treated as 30 working days away. */
    static final int NO_ROUTE_DAYS = 30;

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

    @Inject
    Catalogue catalogue;

    @Inject
    StockQueries stock;

    @Inject
    StockLedger ledger;

    @Inject
    DeliverySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MaterialsDelivered> delivered;

    /** The sourcing and due date a request would get now; nothing is reserved. */
    public Proposal propose(long projectId, RequestInput input) {
        ConnectionProject project = projects.find(projectId);
        LocalDateTime requestedAt = requestedAt(input, project);
        LocalDate day = requestedAt.toLocalDate();
        int dueDays = settings.duePeriod().workingDays();
        LocalDate due = DeliveryClock.due(day, dueDays, calendar.calendar());
        Map<Long, Integer> transferDays = transferDaysTo(project);
        List<Proposal.Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RequestInput.Line line : lines(input)) {
            Material material = catalogue.requireMaterial("material", line.material());
            if (!seen.add(material.getCode())) {
                throw BusinessException.invalid("material", "request.duplicateMaterial", material.getCode());
            }
            int quantity = quantity(line.quantity());
            List<Sourcing.Candidate> candidates = new ArrayList<>();
            Map<String, Warehouse> byCode = new HashMap<>();
            for (StockCell cell : stock.stockOf(material).cells()) {
                Warehouse w = cell.warehouse();
                byCode.put(w.getCode(), w);
                candidates.add(new Sourcing.Candidate(w.getCode(), w.unitCode(), cell.available(),
                        transferDays.getOrDefault(w.getId(), NO_ROUTE_DAYS), w.isCentral()));
            }
            int most = candidates.stream().mapToInt(Sourcing.Candidate::available).max().orElse(0);
            lines.add(Sourcing.choose(quantity, project.getUnit().getCode(), candidates, day, due, calendar.calendar())
                    .map(c -> new Proposal.Line(material, quantity, byCode.get(c.from().warehouse()), c.expectedOn(),
                            c.canMeetDue(), most, c.from().transferDays()))
                    .orElse(new Proposal.Line(material, quantity, null, null, false, most, 0)));
        }
        return new Proposal(day, due, provisional(due), dueDays, lines);
    }

    /** Makes the request as proposed and reserves its stock; refused whole if any line cannot be supplied. */
    @RolesAllowed(Roles.PROJECT_MANAGER)
    public MaterialRequest create(long projectId, RequestInput input) {
        ConnectionProject project = projects.find(projectId);
        Caller caller = callers.require();
        if (!project.getUnit().getCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        Proposal proposal = propose(projectId, input);
        for (Proposal.Line line : proposal.lines()) {
            if (!line.isSupplied()) {
                throw BusinessException.conflict("request.noStock", line.material().getCode(), line.quantity(),
                        line.available(), line.material().getUom());
            }
        }
        String site = site(input, project);
        MaterialRequest request = new MaterialRequest(project, site, requestedAt(input, project), proposal.dueDays(),
                proposal.due(), Time.now(), caller.login());
        for (Proposal.Line line : proposal.lines()) {
            request.addLine(line.material().getId(), line.warehouse().getId(), line.quantity(), line.transferDays(),
                    line.expectedOn(), line.canMeetDue());
        }
        em.persist(request);
        em.flush();
        ledger.lockAll(proposal.lines().stream().map(l -> new StockLedger.Effect(l.material(), l.warehouse(),
                MovementType.RESERVATION, l.quantity(), Balance.Delta.reservation(l.quantity()), null)).toList());
        for (Proposal.Line line : proposal.lines()) {
            // locked and checked by the ledger: if another request took the stock meanwhile, all of this rolls back
            post(request, MovementType.RESERVATION, line.material(), line.warehouse(), line.quantity(),
                    Balance.Delta.reservation(line.quantity()), null);
        }
        audit.recordChange(AuditAction.CREATE, RECORD, request.getId(), project.getNumber(), null,
                request.auditState());
        return request;
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
        return DeliveryClock.state(request.getRequestedAt().toLocalDate(), request.getDueOn(), request.getStatus().isDispatched(),
                request.getDeliveredAt() == null ? null : request.getDeliveredAt().toLocalDate(),
                request.getStatus() == RequestStatus.CANCELLED, system.today(), calendar.calendar());
    }

    @RolesAllowed(Roles.WAREHOUSE)
    public MaterialRequest pick(long id, LocalDateTime at, Integer version) {
        MaterialRequest request = editable(id, version);
        sourcingStaff(request);
        request.check(RequestTransition.PICK);
        LocalDateTime when = when(at, request.getRequestedAt(), "at");
        return changed(request, () -> request.pick(when));
    }

    /**
     * The caller's warehouse sends its lines: their reserved stock is issued to the project. The request is on
     * its way (dispatched) once every warehouse it is sourced from has sent its lines.
     */
    @RolesAllowed(Roles.WAREHOUSE)
    public MaterialRequest dispatch(long id, LocalDateTime at, Integer version) {
        MaterialRequest request = editable(id, version);
        Caller caller = sourcingStaff(request);
        List<RequestLine> mine = request.unsent(l -> warehouse(l).unitCode().equals(caller.unit()));
        LocalDateTime when = when(at, request.getPickedAt() != null ? request.getPickedAt() : request.getRequestedAt(),
                "at");
        ledger.lockAll(mine.stream().map(l -> new StockLedger.Effect(material(l), warehouse(l), MovementType.ISSUE,
                l.getQuantity(), Balance.Delta.issueReserved(l.getQuantity()), null)).toList());
        for (RequestLine line : mine) {
            post(request, MovementType.ISSUE, material(line), warehouse(line), line.getQuantity(),
                    Balance.Delta.issueReserved(line.getQuantity()), null);
        }
        return changed(request, () -> request.dispatch(mine, when));
    }

    /** What arrived on site, signed for; without quantities, everything outstanding. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER})
    public MaterialRequest deliver(long id, LocalDateTime at, String signedBy, Map<String, Integer> quantities,
                                   Integer version) {
        MaterialRequest request = editable(id, version);
        Caller caller = handler(request);
        request.check(RequestTransition.DELIVER);
        LocalDateTime when = when(at, request.getDispatchedAt(), "at");
        if (signedBy == null || signedBy.isBlank()) {
            throw BusinessException.invalid("signedBy", "request.signatureRequired");
        }
        if (signedBy.trim().length() > 100) {
            throw BusinessException.invalid("signedBy", "project.tooLong", 100);
        }
        Map<RequestLine, Integer> counts;
        Map<String, RequestLine> byCode = new HashMap<>();
        for (RequestLine line : request.getLines()) {
            byCode.put(material(line).getCode(), line);
        }
        if (quantities == null || quantities.isEmpty()) {
            counts = request.outstanding();
        } else {
            counts = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
                RequestLine line = byCode.get(entry.getKey());
                if (line == null) {
                    throw BusinessException.invalid("lines", "request.notInRequest", entry.getKey());
                }
                Integer count = entry.getValue();
                if (count == null || count < 0) {
                    throw BusinessException.invalid("lines", "stock.quantityPositive");
                }
                if (count > line.outstanding()) {
                    throw BusinessException.invalid("lines", "request.moreThanOutstanding", entry.getKey(),
                            line.outstanding());
                }
                if (count > 0) {
                    counts.put(line, count);
                }
            }
        }
        if (counts.isEmpty()) {
            throw BusinessException.invalid("lines", "request.nothingDelivered");
        }
        MaterialRequest result = changed(request,
                () -> request.deliver(counts, when, signedBy.trim(), caller.login()));
        if (request.getStatus() == RequestStatus.DELIVERED) {
            materialsOnSite(request.getProject(), when.toLocalDate());
        }
        return result;
    }

    /**
     * Cancels an open request: reserved stock is released; after dispatch (a reason is then required) what had
     * not arrived goes back on the shelves of the warehouse it came from.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER})
    public MaterialRequest cancel(long id, String reason, Integer version) {
        MaterialRequest request = editable(id, version);
        Caller caller = handler(request);
        boolean ownUnit = request.getProject().getUnit().getCode().equals(caller.unit());
        boolean manager = caller.has(Roles.PROJECT_MANAGER) && ownUnit;
        if (!manager && !(ownUnit && request.getLines().stream()
                .allMatch(l -> warehouse(l).unitCode().equals(caller.unit())))) {
            // the request belongs to the project's unit: its warehouse may cancel what it alone supplies; another
            // unit's warehouse that supplies a line never cancels the whole request (the project manager decides)
            throw BusinessException.forbidden();
        }
        request.check(RequestTransition.CANCEL);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > 500) {
            throw BusinessException.invalid("reason", "project.tooLong", 500);
        }
        request.checkCancel(why); // after dispatch, a reason
        ledger.lockAll(request.getLines().stream().map(l -> new StockLedger.Effect(material(l), warehouse(l),
                MovementType.RELEASE, l.getQuantity(), Balance.Delta.release(l.getQuantity()), null)).toList());
        for (RequestLine line : request.getLines()) {
            if (line.isSent()) {
                if (line.outstanding() > 0) {
                    // sent but not arrived: back on the shelves it came from
                    post(request, MovementType.RECEIPT, material(line), warehouse(line), line.outstanding(),
                            Balance.Delta.receipt(line.outstanding()), why);
                }
            } else {
                post(request, MovementType.RELEASE, material(line), warehouse(line), line.getQuantity(),
                        Balance.Delta.release(line.getQuantity()), why);
            }
        }
        MaterialRequest result = changed(request, () -> request.cancel(Time.now(), why));
        boolean anyDelivered = em.createQuery("SELECT COUNT(r) FROM MaterialRequest r WHERE r.project = :p"
                + " AND r.status = :delivered", Long.class).setParameter("p", request.getProject())
                .setParameter("delivered", RequestStatus.DELIVERED).getSingleResult() > 0;
        if (anyDelivered) {
            // the last open request is gone: what was delivered is all the site gets
            materialsOnSite(request.getProject(), system.today());
        }
        return result;
    }

    public Material material(RequestLine line) {
        return em.find(Material.class, line.getMaterialId());
    }

    public Warehouse warehouse(RequestLine line) {
        return em.find(Warehouse.class, line.getWarehouseId());
    }

    /** The milestone is reached when nothing is still on its way to the project's sites. */
    private void materialsOnSite(ConnectionProject project, LocalDate on) {
        long stillOpen = em.createQuery("SELECT COUNT(r) FROM MaterialRequest r WHERE r.project = :p"
                        + " AND r.status IN :open", Long.class).setParameter("p", project)
                .setParameter("open", List.of(RequestStatus.RESERVED, RequestStatus.PICKED, RequestStatus.DISPATCHED))
                .getSingleResult();
        if (stillOpen == 0) {
            delivered.fire(new MaterialsDelivered(project.getId(), on));
        }
    }

    private void post(MaterialRequest request, MovementType type, Material material, Warehouse warehouse,
                      int quantity, Balance.Delta delta, String reason) {
        StockPosting posting = new StockPosting(null, "request " + request.getId() + " " + type, type, Time.now(),
                callers.require().login(), reason, request.getProject(), "MR-" + request.getId(), null)
                .forRequest(request.getId());
        ledger.post(posting, List.of(new StockLedger.Effect(material, warehouse, type, quantity, delta, null)));
    }

    private Map<Long, Integer> transferDaysTo(ConnectionProject project) {
        Map<Long, Integer> days = new HashMap<>();
        em.createQuery("SELECT t FROM TransferTime t WHERE t.unitId = :u", TransferTime.class)
                .setParameter("u", project.getUnit().getId()).getResultList()
                .forEach(t -> days.put(t.getWarehouseId(), t.getWorkingDays()));
        return days;
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

    /** The lines the caller may see: all of them in the project's unit, else those its own warehouses supply. */
    public List<RequestLine> visibleLines(MaterialRequest request) {
        Caller caller = callers.require();
        if (caller.mayActIn(request.getProject().getUnit().getCode())) {
            return request.getLines();
        }
        return request.getLines().stream().filter(l -> warehouse(l).unitCode().equals(caller.unit())).toList();
    }

    private boolean sources(MaterialRequest request, String unit) {
        return request.getLines().stream().anyMatch(l -> warehouse(l).unitCode().equals(unit));
    }

    /** Picking and dispatch are the work of the staff of a warehouse the request is sourced from. */
    private Caller sourcingStaff(MaterialRequest request) {
        Caller caller = callers.require();
        if (!sources(request, caller.unit())) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    /** Deliveries and cancellations: the sourcing warehouses' staff, or a project manager of the project's unit. */
    private Caller handler(MaterialRequest request) {
        Caller caller = callers.require();
        boolean manager = caller.has(Roles.PROJECT_MANAGER)
                && request.getProject().getUnit().getCode().equals(caller.unit());
        boolean keeper = caller.has(Roles.WAREHOUSE) && sources(request, caller.unit());
        if (!manager && !keeper) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    private MaterialRequest editable(long id, Integer version) {
        MaterialRequest request = find(id);
        em.refresh(request, LockModeType.PESSIMISTIC_WRITE); // one status change at a time
        if (version != null && version != request.getVersion()) {
            throw BusinessException.stale();
        }
        return request;
    }

    private MaterialRequest changed(MaterialRequest request, Runnable change) {
        Map<String, Object> before = request.auditState();
        change.run();
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a line's delivery changes the request too
        em.flush();
        audit.recordChange(AuditAction.UPDATE, RECORD, request.getId(), request.getProject().getNumber(), before,
                request.auditState());
        return request;
    }

    private LocalDateTime requestedAt(RequestInput input, ConnectionProject project) {
        LocalDateTime at = input == null || input.requestedAt() == null ? Time.now() : input.requestedAt();
        if (at.isAfter(Time.now().plusMinutes(5))) {
            throw BusinessException.invalid("requestedAt", "request.inFuture");
        }
        if (at.toLocalDate().isBefore(project.getAcceptedOn())) {
            throw BusinessException.invalid("requestedAt", "request.beforeAcceptance", project.getAcceptedOn());
        }
        return at;
    }

    private LocalDateTime when(LocalDateTime at, LocalDateTime notBefore, String field) {
        LocalDateTime when = at == null ? Time.now() : at;
        if (when.isAfter(Time.now().plusMinutes(5))) {
            throw BusinessException.invalid(field, "request.inFuture");
        }
        if (notBefore != null && when.isBefore(notBefore)) {
            throw BusinessException.invalid(field, "request.beforePrevious", notBefore.toString().replace('T', ' '));
        }
        return when;
    }

    private static List<RequestInput.Line> lines(RequestInput input) {
        List<RequestInput.Line> lines = input == null || input.lines() == null ? List.of()
                : input.lines().stream().filter(l -> l != null && (l.material() != null && !l.material().isBlank()
                        || l.quantity() != null)).toList();
        if (lines.isEmpty()) {
            throw BusinessException.invalid("lines", "request.noLines");
        }
        if (lines.size() > MAX_LINES) {
            throw BusinessException.invalid("lines", "request.tooManyLines", MAX_LINES);
        }
        return lines;
    }

    private static int quantity(Integer quantity) {
        return Quantities.positive("quantity", quantity);
    }

    private static String site(RequestInput input, ConnectionProject project) {
        String site = input == null || input.site() == null || input.site().isBlank()
                ? project.getCustomerName() : input.site().trim();
        if (site.length() > 200) {
            throw BusinessException.invalid("site", "project.tooLong", 200);
        }
        return site;
    }
}
