package org.gridworks.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * Reading stock: the stock check (filtered and paged in the database), the stock of one material, the ledger of
 * a material in a warehouse, transfers on their way. Every signed-in user may read stock in every warehouse:
 * a project manager needs to know where the materials are.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class StockQueries {

    /** Available below the reserve level, in JPQL over a balance b and a level r of the same pair. */
    /** The most ledger rows one read returns: a page of the ledger page, or the whole of an Excel download. */
    static final int LEDGER_PAGE_MAX = 10_000;

    static final String BELOW_RESERVE = "b.onHand - b.reserved < r.minimum";

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    CurrentCaller callers;

    public long count(StockFilter filter) {
        return query(filter, "SELECT COUNT(m)", "", Long.class).getSingleResult();
    }

    /** A page of the stock check, by material code. */
    public List<MaterialStock> page(StockFilter filter, int first, int size) {
        List<Material> materials = query(filter, "SELECT m", " ORDER BY m.code", Material.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultList();
        return withCells(materials);
    }

    /** One material's stock in every warehouse. */
    public MaterialStock stockOf(Material material) {
        return withCells(List.of(material)).get(0);
    }

    private <T> TypedQuery<T> query(StockFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Material m WHERE m.active = TRUE");
        boolean text = filter.text() != null && !filter.text().isBlank();
        if (text) {
            jpql.append(" AND ").append(StockSearch.MATCHES);
        }
        if (filter.category() != null) {
            jpql.append(" AND m.category = :category");
        }
        if (filter.belowReserveOnly()) {
            jpql.append(" AND EXISTS (SELECT 1 FROM StockBalance b, ReserveLevel r WHERE b.materialId = m.id")
                    .append(" AND r.materialId = b.materialId AND r.warehouseId = b.warehouseId AND ")
                    .append(BELOW_RESERVE)
                    .append(
                            filter.belowInUnit() == null
                                    ? ""
                                    : " AND b.warehouseId IN (SELECT w.id FROM Warehouse w"
                                            + " WHERE w.unit.code = :belowUnit)")
                    .append(")");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (text) {
            query.setParameter("q", StockSearch.likePattern(filter.text()));
        }
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (filter.belowReserveOnly() && filter.belowInUnit() != null) {
            query.setParameter("belowUnit", filter.belowInUnit());
        }
        return query;
    }

    private List<MaterialStock> withCells(List<Material> materials) {
        if (materials.isEmpty()) {
            return List.of();
        }
        List<Long> ids = materials.stream().map(Material::getId).toList();
        Map<PairKey, StockBalance> balances = new HashMap<>();
        em.createQuery("SELECT b FROM StockBalance b WHERE b.materialId IN :ids", StockBalance.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(b -> balances.put(new PairKey(b.getMaterialId(), b.getWarehouseId()), b));
        Map<PairKey, ReserveLevel> levels = new HashMap<>();
        em.createQuery("SELECT r FROM ReserveLevel r WHERE r.materialId IN :ids", ReserveLevel.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> levels.put(new PairKey(r.getMaterialId(), r.getWarehouseId()), r));
        List<Warehouse> warehouses = catalogue.warehouses();
        List<MaterialStock> rows = new ArrayList<>();
        for (Material material : materials) {
            List<StockCell> cells = new ArrayList<>();
            for (Warehouse warehouse : warehouses) {
                PairKey key = new PairKey(material.getId(), warehouse.getId());
                StockBalance balance = balances.get(key);
                ReserveLevel level = levels.get(key);
                cells.add(new StockCell(
                        warehouse,
                        balance == null ? Balance.ZERO : balance.balance(),
                        level == null ? null : level.getMinimum(),
                        level == null ? null : level.getCeiling()));
            }
            rows.add(new MaterialStock(material, cells));
        }
        return rows;
    }

    /** The version of a reserve level (null when the pair is not on the reserve list), for editing it. */
    public Integer levelVersion(Material material, Warehouse warehouse) {
        ReserveLevel level = em.find(ReserveLevel.class, new PairKey(material.getId(), warehouse.getId()));
        return level == null ? null : level.getVersion();
    }

    /** The ledger of a material in a warehouse, oldest first, after the given row (for paging through it). */
    public List<StockMovement> ledger(Material material, Warehouse warehouse, long afterId, int limit) {
        return em.createQuery(
                        "SELECT m FROM StockMovement m WHERE m.material = :m AND m.warehouse = :w"
                                + " AND m.id > :after ORDER BY m.id",
                        StockMovement.class)
                .setParameter("m", material)
                .setParameter("w", warehouse)
                .setParameter("after", afterId)
                .setMaxResults(Math.max(1, Math.min(limit, 5000)))
                .getResultList();
    }

    /**
     * The ledger a page at a time (the ledger page and its Excel download): newest first or oldest first, of one
     * movement type or of all ({@code type} null).
     */
    public List<StockMovement> ledgerPage(
            Material material, Warehouse warehouse, MovementType type, boolean newestFirst, int first, int size) {
        TypedQuery<StockMovement> query = em.createQuery(
                        "SELECT m FROM StockMovement m WHERE m.material = :m AND m.warehouse = :w"
                                + (type == null ? "" : " AND m.type = :type")
                                + (newestFirst ? " ORDER BY m.id DESC" : " ORDER BY m.id"),
                        StockMovement.class)
                .setParameter("m", material)
                .setParameter("w", warehouse);
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, LEDGER_PAGE_MAX)))
                .getResultList();
    }

    /**
     * The stock level after each of the latest postings of a material in a warehouse, oldest first: one query over
     * the ledger rows (newest first by the ledger's index, then turned round).
     */
    public List<StockLevel> levels(Material material, Warehouse warehouse, int latest) {
        List<StockLevel> levels = new ArrayList<>(em.createQuery(
                        "SELECT NEW org.gridworks.stock.StockLevel(p.postedAt, m.onHandAfter,"
                                + " m.onHandAfter - m.reservedAfter) FROM StockMovement m JOIN m.posting p"
                                + " WHERE m.material = :m AND m.warehouse = :w ORDER BY m.id DESC",
                        StockLevel.class)
                .setParameter("m", material)
                .setParameter("w", warehouse)
                .setMaxResults(Math.max(1, Math.min(latest, 500)))
                .getResultList());
        java.util.Collections.reverse(levels);
        return levels;
    }

    public long ledgerSize(Material material, Warehouse warehouse, MovementType type) {
        TypedQuery<Long> query = em.createQuery(
                        "SELECT COUNT(m) FROM StockMovement m WHERE m.material = :m AND m.warehouse = :w"
                                + (type == null ? "" : " AND m.type = :type"),
                        Long.class)
                .setParameter("m", material)
                .setParameter("w", warehouse);
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getSingleResult();
    }

    /** Transfers still on their way that concern the caller's unit (all of them for supervisors), oldest first. */
    public List<StockTransfer> transfersInTransit() {
        Caller caller = callers.require();
        boolean everyUnit = caller.seesEveryUnit();
        TypedQuery<StockTransfer> query = em.createQuery(
                        "SELECT t FROM StockTransfer t WHERE t.status = :s"
                                + (everyUnit ? "" : " AND (t.to.unit.code = :unit OR t.from.unit.code = :unit)")
                                + " ORDER BY t.sentAt, t.id",
                        StockTransfer.class)
                .setParameter("s", TransferStatus.IN_TRANSIT);
        if (!everyUnit) {
            query.setParameter("unit", caller.unit());
        }
        return query.getResultList();
    }

    /** One transfer that concerns the caller's unit (any for those who see every unit); 404 otherwise. */
    public StockTransfer transfer(long id) {
        Caller caller = callers.require();
        StockTransfer transfer = em.find(StockTransfer.class, id);
        if (transfer == null
                || !caller.seesEveryUnit()
                        && !caller.mayActIn(transfer.getTo().unitCode())
                        && !caller.mayActIn(transfer.getFrom().unitCode())) {
            throw BusinessException.notFound("stock.transferNotFound", id);
        }
        return transfer;
    }
}
