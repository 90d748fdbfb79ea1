package org.gridworks.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.stock.Catalogue;
import org.gridworks.stock.Material;
import org.gridworks.stock.Warehouse;

/**
 * The picking list of one warehouse for one day: every request line that warehouse supplies and still has to pick
 * (reserved or picked, asked for by the end of the day), and the lines it sent out that day. A line split over two
 * warehouses appears on each warehouse's list with that warehouse's part only. The stock model has no storage
 * location yet, so the list runs in material code order (a walk along shelves labelled by code), then by request.
 * Warehouse staff see their own unit's warehouses; supervisors and administrators any.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.SUPERVISOR, Roles.ADMIN})
public class PickingLists {

    /** A long list is printed on several pages; beyond this the day needs looking into, not printing. */
    static final int MAX_LINES = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    CurrentCaller callers;

    /** One line to pick: sent tells whether it already left (dispatched that day). */
    public record Pick(
            long request,
            int lineNo,
            String project,
            String customer,
            String site,
            String material,
            String name,
            String spec,
            int quantity,
            String uom,
            RequestStatus status,
            boolean sent) {}

    /** The warehouses the caller may print a picking list for. */
    public List<Warehouse> warehouses() {
        Caller caller = callers.require();
        return caller.seesEveryUnit() ? catalogue.warehouses() : catalogue.warehousesOf(caller.unit());
    }

    public List<Pick> picks(String warehouseCode, LocalDate day, Locale locale) {
        Caller caller = callers.require();
        if (day == null) {
            throw BusinessException.invalid("day", "picking.dayRequired");
        }
        Warehouse warehouse = catalogue.requireWarehouse("warehouse", warehouseCode);
        if (!caller.seesEveryUnit() && !warehouse.unitCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        List<RequestLine> lines = em.createQuery(
                        "SELECT l FROM RequestLine l JOIN FETCH l.request r JOIN FETCH r.project"
                                + " WHERE l.warehouseId = :w AND r.status <> :cancelled"
                                + " AND ((l.dispatchedAt >= :from AND l.dispatchedAt < :to)"
                                + " OR (l.dispatchedAt IS NULL AND r.status IN :open AND r.requestedAt < :to))"
                                + " ORDER BY r.id, l.lineNo",
                        RequestLine.class)
                .setParameter("w", warehouse.getId())
                .setParameter("cancelled", RequestStatus.CANCELLED)
                .setParameter("open", List.of(RequestStatus.RESERVED, RequestStatus.PICKED))
                .setParameter("from", day.atStartOfDay())
                .setParameter("to", day.plusDays(1).atStartOfDay())
                .setMaxResults(MAX_LINES)
                .getResultList();
        if (lines.isEmpty()) {
            return List.of();
        }
        // the materials in one query, not one per line
        Map<Long, Material> materials = em.createQuery("SELECT m FROM Material m WHERE m.id IN :ids", Material.class)
                .setParameter(
                        "ids",
                        lines.stream()
                                .map(RequestLine::getMaterialId)
                                .distinct()
                                .toList())
                .getResultStream()
                .collect(Collectors.toMap(Material::getId, Function.identity()));
        return lines.stream()
                .map(l -> {
                    MaterialRequest r = l.getRequest();
                    Material m = materials.get(l.getMaterialId());
                    return new Pick(
                            r.getId(),
                            l.getLineNo(),
                            r.getProject().getNumber(),
                            r.getProject().getCustomerName(),
                            r.getSite(),
                            m.getCode(),
                            m.getName(),
                            m.getSpec(),
                            l.getQuantity(),
                            m.uom(locale),
                            r.getStatus(),
                            l.isSent());
                })
                .sorted(Comparator.comparing(Pick::material)
                        .thenComparing(Pick::request)
                        .thenComparing(Pick::lineNo))
                .toList();
    }
}
