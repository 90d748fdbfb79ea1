package org.gridworks.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/** The company's units: everyone signed in reads them, administrators keep them. */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class UnitService {

    static final String RECORD = "Unit";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<Unit> list() {
        return em.createQuery("SELECT u FROM Unit u ORDER BY u.id", Unit.class).getResultList();
    }

    public Optional<Unit> find(String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The unit with that code, or a refusal naming the field at fault. */
    @PermitAll
    public Unit require(String code, String field) {
        if (code == null || code.isBlank()) {
            throw BusinessException.invalid(field, "unit.required");
        }
        return find(code.trim()).orElseThrow(() -> BusinessException.invalid(field, "unit.unknown", code));
    }

    @RolesAllowed(Roles.ADMIN)
    public Unit create(@NotNull @Valid UnitForm form) {
        if (find(form.code()).isPresent()) {
            throw BusinessException.invalid("code", "unit.codeTaken", form.code());
        }
        Unit unit = new Unit(
                form.code(),
                form.nameZh().trim(),
                form.nameEn().trim(),
                form.kind() == null ? UnitKind.COUNTY : form.kind(),
                parentOf(form));
        unit.setActive(form.active());
        em.persist(unit);
        em.flush();
        audit.recordChange(AuditAction.CREATE, RECORD, unit.getCode(), unit.getNameZh(), null, unit.auditState());
        return unit;
    }

    /** Saves an administrator's edit; refused when someone else saved the unit since the form was loaded. */
    @RolesAllowed(Roles.ADMIN)
    public Unit update(@NotNull @Valid UnitForm form) {
        Unit unit = require(form.code(), "code");
        if (unit.getVersion() != form.version()) {
            throw BusinessException.stale();
        }
        Map<String, Object> before = unit.auditState();
        unit.setNameZh(form.nameZh().trim());
        unit.setNameEn(form.nameEn().trim());
        unit.setActive(form.active());
        em.flush();
        audit.recordChange(AuditAction.UPDATE, RECORD, unit.getCode(), unit.getNameZh(), before, unit.auditState());
        return unit;
    }

    private Unit parentOf(UnitForm form) {
        return form.parentCode() == null || form.parentCode().isBlank() ? null : require(form.parentCode(), "parent");
    }
}
