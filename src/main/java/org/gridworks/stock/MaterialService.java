package org.gridworks.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * The materials catalogue, kept by administrators for the whole company. A new material gets an empty balance
 * row in every warehouse, so postings only ever lock existing rows.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MaterialService {

    static final String RECORD = "Material";
    static final int LIST_LIMIT = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    /** Materials, active or not, whose code, name or specification contains the text; by code, at most 100. */
    public List<Material> find(String text) {
        return catalogue.find(text, false, LIST_LIMIT);
    }

    public Material create(MaterialForm form) {
        String code = required(form.code(), 32, "code");
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw BusinessException.invalid("code", "material.badCode");
        }
        if (catalogue.material(code).isPresent()) {
            throw BusinessException.conflict("material.codeTaken", code);
        }
        Material material = new Material(
                code,
                required(form.name(), 100, "name"),
                required(form.spec(), 200, "spec"),
                required(form.uom(), 16, "uom"),
                category(form.category()));
        em.persist(material);
        em.flush();
        for (Warehouse warehouse : catalogue.warehouses()) {
            em.persist(new StockBalance(material.getId(), warehouse.getId()));
        }
        audit.recordChange(AuditAction.CREATE, RECORD, material.getId(), code, null, material.auditState());
        return material;
    }

    public Material update(long id, MaterialForm form) {
        Material material = em.find(Material.class, id);
        if (material == null) {
            throw BusinessException.notFound("material.notFound", id);
        }
        if (form.version() == null || form.version() != material.getVersion()) {
            throw BusinessException.stale();
        }
        Map<String, Object> before = material.auditState();
        material.set(
                required(form.name(), 100, "name"),
                required(form.spec(), 200, "spec"),
                required(form.uom(), 16, "uom"),
                category(form.category()),
                !Boolean.FALSE.equals(form.active()));
        em.flush();
        audit.recordChange(
                AuditAction.UPDATE, RECORD, material.getId(), material.getCode(), before, material.auditState());
        return material;
    }

    private static MaterialCategory category(MaterialCategory category) {
        if (category == null) {
            throw BusinessException.invalid("category", "material.categoryRequired");
        }
        return category;
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "material.required");
        }
        if (value.trim().length() > max) {
            throw BusinessException.invalid(field, "project.tooLong", max);
        }
        return value.trim();
    }
}
