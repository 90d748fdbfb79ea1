package org.gridworks.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.Roles;

/**
 * The replenishment and allocation board. Warehouse staff see their own shortages and the shortages elsewhere
 * their warehouse could fill (they send those transfers themselves); supervisors see every shortage.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.SUPERVISOR, Roles.ADMIN})
public class ReplenishmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    CurrentCaller callers;

    /** The proposals that concern the caller, most urgent first. */
    public List<Replenishment.Proposal> proposals() {
        Caller caller = callers.require();
        boolean everyUnit = caller.seesEveryUnit();
        List<Replenishment.Proposal> all = Replenishment.propose(positionsOfShortMaterials());
        if (everyUnit) {
            return all;
        }
        return all.stream()
                .filter(p -> p.shortage().warehouse().unitCode().equals(caller.unit())
                        || p.donors().stream()
                                .anyMatch(d -> d.warehouse().unitCode().equals(caller.unit())))
                .toList();
    }

    /** Every warehouse's position in each material that is short somewhere (two queries, whatever the size). */
    private List<Replenishment.Position> positionsOfShortMaterials() {
        List<Long> shortMaterials = em.createQuery(
                        "SELECT DISTINCT b.materialId FROM StockBalance b, ReserveLevel r"
                                + " WHERE r.materialId = b.materialId AND r.warehouseId = b.warehouseId"
                                + " AND b.onHand - b.reserved + b.inTransit < r.minimum",
                        Long.class)
                .getResultList();
        if (shortMaterials.isEmpty()) {
            return List.of();
        }
        List<Replenishment.Position> positions = new ArrayList<>();
        Map<Long, Warehouse> warehouses = new HashMap<>();
        catalogue.warehouses().forEach(w -> warehouses.put(w.getId(), w));
        Map<PairKey, ReserveLevel> levels = new HashMap<>();
        for (List<Long> chunk : chunks(shortMaterials)) {
            em.createQuery("SELECT r FROM ReserveLevel r WHERE r.materialId IN :ids", ReserveLevel.class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(r -> levels.put(new PairKey(r.getMaterialId(), r.getWarehouseId()), r));
            for (StockBalance b : em.createQuery(
                            "SELECT b FROM StockBalance b WHERE b.materialId IN :ids", StockBalance.class)
                    .setParameter("ids", chunk)
                    .getResultList()) {
                Warehouse warehouse = warehouses.get(b.getWarehouseId());
                if (warehouse == null) {
                    continue; // an inactive warehouse neither needs nor gives
                }
                ReserveLevel level = levels.get(new PairKey(b.getMaterialId(), b.getWarehouseId()));
                positions.add(new Replenishment.Position(
                        b.getMaterialId(),
                        warehouse,
                        b.balance(),
                        level == null ? null : level.getMinimum(),
                        level == null ? null : level.getCeiling()));
            }
        }
        return positions;
    }

    /** The material of a proposal (proposals carry ids to stay small). */
    public Material material(long id) {
        return em.find(Material.class, id);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }
}
