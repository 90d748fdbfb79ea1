package org.gridworks.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.qr.QrResponses;

/**
 * Shelf labels for a warehouse: its reserve list (every material with a reserve level there) or the materials
 * chosen. Warehouse staff print for their own unit's warehouses, administrators for any.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
public class StockLabels {

    /** At most this many labels on one sheet request (24 to a page: about 20 pages). */
    public static final int MAX_LABELS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    CurrentCaller callers;

    /** One label: what is printed on it; warehouse is the code the QR carries, warehouseName what people read. */
    public record Label(String code, String name, String spec, String warehouse, String warehouseName) {

        /** The query of this label's QR picture ({@code /stock/qr?...}), encoded. */
        public String qrQuery() {
            return "material=" + QrResponses.encode(code) + "&warehouse=" + QrResponses.encode(warehouse);
        }
    }

    /** The warehouses the caller may print labels for. */
    public List<Warehouse> warehouses() {
        Caller caller = callers.require();
        return caller.has(Roles.ADMIN) ? catalogue.warehouses() : catalogue.warehousesOf(caller.unit());
    }

    /**
     * The labels of the materials (codes in the order given; empty: the warehouse's reserve list in code order).
     *
     * @throws BusinessException invalid for an unknown warehouse or material, forbidden for another unit's warehouse
     */
    public List<Label> labels(String warehouseCode, List<String> materialCodes, Locale locale) {
        Caller caller = callers.require();
        Warehouse warehouse = catalogue.requireWarehouse("warehouse", warehouseCode);
        if (!caller.has(Roles.ADMIN) && !warehouse.unitCode().equals(caller.unit())) {
            throw BusinessException.forbidden();
        }
        List<Material> materials;
        if (materialCodes == null || materialCodes.isEmpty()) {
            materials = em.createQuery(
                            "SELECT m FROM Material m, ReserveLevel l WHERE l.materialId = m.id"
                                    + " AND l.warehouseId = :w AND m.active = TRUE ORDER BY m.code",
                            Material.class)
                    .setParameter("w", warehouse.getId())
                    .setMaxResults(MAX_LABELS)
                    .getResultList();
        } else {
            Set<String> codes = new LinkedHashSet<>(materialCodes);
            if (codes.size() > MAX_LABELS) {
                throw BusinessException.invalid("materials", "labels.tooMany", MAX_LABELS);
            }
            materials = new ArrayList<>();
            for (String code : codes) {
                materials.add(catalogue.requireMaterial("materials", code));
            }
        }
        String warehouseName = warehouse.name(locale);
        return materials.stream()
                .map(m -> new Label(m.getCode(), m.getName(), m.getSpec(), warehouse.getCode(), warehouseName))
                .toList();
    }
}
