package org.gridworks.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/** Materials and warehouses as every signed-in user may read them: stock is visible company-wide. */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class Catalogue {

    /** At most this many materials answer a search that is not paged (API, autocomplete). */
    static final int SEARCH_LIMIT = 50;

    @PersistenceContext
    EntityManager em;

    public List<Warehouse> warehouses() {
        // each warehouse's unit in the same query (every stock page reads it), not one query per warehouse
        return em.createQuery(
                        "SELECT w FROM Warehouse w JOIN FETCH w.unit WHERE w.active = TRUE"
                                + " ORDER BY w.central DESC, w.id",
                        Warehouse.class)
                .getResultList();
    }

    public Optional<Warehouse> warehouse(String code) {
        return em.createQuery("SELECT w FROM Warehouse w WHERE w.code = :code", Warehouse.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public Warehouse requireWarehouse(String field, String code) {
        if (code == null || code.isBlank()) {
            throw BusinessException.invalid(field, "stock.warehouseRequired");
        }
        return warehouse(code)
                .filter(Warehouse::isActive)
                .orElseThrow(() -> BusinessException.invalid(field, "stock.unknownWarehouse", code));
    }

    public Optional<Material> material(String code) {
        return em.createQuery("SELECT m FROM Material m WHERE m.code = :code", Material.class)
                .setParameter("code", code == null ? "" : code.trim())
                .getResultStream()
                .findFirst();
    }

    public Material requireMaterial(String field, String code) {
        if (code == null || code.isBlank()) {
            throw BusinessException.invalid(field, "stock.materialRequired");
        }
        return material(code)
                .filter(Material::isActive)
                .orElseThrow(() -> BusinessException.invalid(field, "stock.unknownMaterial", code));
    }

    /** Active materials whose code, name or specification contains the text, by code; at most 50. */
    public List<Material> search(String text) {
        return find(text, true, SEARCH_LIMIT);
    }

    /** Materials (only active ones, or all) whose code, name or specification contains the text, by code. */
    public List<Material> find(String text, boolean activeOnly, int limit) {
        return em.createQuery(
                        "SELECT m FROM Material m WHERE " + (activeOnly ? "m.active = TRUE AND " : "")
                                + StockSearch.MATCHES + " ORDER BY m.code",
                        Material.class)
                .setParameter("q", StockSearch.likePattern(text))
                .setMaxResults(limit)
                .getResultList();
    }

    /** The warehouses of a unit (where its warehouse staff post). */
    public List<Warehouse> warehousesOf(String unitCode) {
        return warehouses().stream().filter(w -> w.unitCode().equals(unitCode)).toList();
    }
}
