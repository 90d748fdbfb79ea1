package org.gridworks.permits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * Permit types, kept by administrators: name, issuing authority, time limit, whether a supplement request
 * stops the clock, required documents. Changes apply to tracks created afterwards; running tracks keep theirs.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PermitTypeService {

    static final String RECORD = "PermitType";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** A permit type as the administrator edits it; documents one per line. */
    public record TypeForm(
            Long id,
            String code,
            String nameZh,
            String nameEn,
            String authority,
            String authorityEn,
            Integer limitDays,
            boolean pauseOnSupplement,
            String documents,
            boolean active,
            int version)
            implements java.io.Serializable {}

    public List<PermitType> list() {
        return em.createQuery("SELECT t FROM PermitType t ORDER BY t.id", PermitType.class)
                .getResultList();
    }

    public PermitType save(TypeForm form) {
        List<String> documents = check(form);
        PermitType type;
        Map<String, Object> before = null;
        if (form.id() == null) {
            String code = form.code().trim().toUpperCase(java.util.Locale.ROOT);
            if (!em.createQuery("SELECT t.id FROM PermitType t WHERE t.code = :c", Long.class)
                    .setParameter("c", code)
                    .getResultList()
                    .isEmpty()) {
                throw BusinessException.invalid("code", "permitType.codeTaken", code);
            }
            type = new PermitType(code);
            em.persist(type);
        } else {
            type = em.find(PermitType.class, form.id());
            if (type == null) {
                throw BusinessException.notFound("permit.unknownType", form.id());
            }
            if (type.getVersion() != form.version()) {
                throw BusinessException.stale();
            }
            before = type.auditState();
        }
        type.set(
                form.nameZh().trim(),
                form.nameEn().trim(),
                form.authority().trim(),
                form.authorityEn() == null || form.authorityEn().isBlank()
                        ? null
                        : form.authorityEn().trim(),
                form.limitDays(),
                form.pauseOnSupplement(),
                documents,
                form.active());
        em.flush();
        audit.recordChange(
                form.id() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                RECORD,
                type.getCode(),
                type.getNameZh(),
                before,
                type.auditState());
        return type;
    }

    static List<String> check(TypeForm form) {
        if (form.id() == null && (form.code() == null || !form.code().trim().matches("[A-Za-z0-9_]{2,32}"))) {
            throw BusinessException.invalid("code", "permitType.codeFormat");
        }
        for (String[] field :
                new String[][] {{"nameZh", form.nameZh()}, {"nameEn", form.nameEn()}, {"authority", form.authority()}
                }) {
            if (field[1] == null || field[1].isBlank()) {
                throw BusinessException.invalid(field[0], "permitType.required");
            }
        }
        if (form.authorityEn() != null && form.authorityEn().trim().length() > 200) {
            throw BusinessException.invalid("authorityEn", "permitType.tooLong", 200);
        }
        if (form.limitDays() == null || form.limitDays() < 1 || form.limitDays() > 120) {
            throw BusinessException.invalid("limitDays", "permitType.limitRange");
        }
        List<String> documents = form.documents() == null
                ? List.of()
                : Arrays.stream(form.documents().split("\n"))
                        .map(String::trim)
                        .filter(d -> !d.isEmpty())
                        .toList();
        if (documents.isEmpty()
                || String.join("\n", documents).length() > 2000
                || documents.stream().anyMatch(d -> d.length() > 200)) {
            throw BusinessException.invalid("documents", "permitType.documents");
        }
        return documents;
    }
}
