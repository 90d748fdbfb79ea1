package org.gridworks.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * The kinds of document a connection application may ask for, kept by administrators: their names and whether
 * the "四免" principle exempts them. A type is retired (inactive), never deleted, since projects keep their lists.
 * A change counts for application lists saved from then on; flags already set stay as they were decided.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class DocumentTypeService {

    static final String RECORD = "ApplicationDocumentType";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Every type, retired ones too, in the order they were added. */
    public List<ApplicationDocumentType> list() {
        return em.createQuery("SELECT t FROM ApplicationDocumentType t ORDER BY t.id", ApplicationDocumentType.class)
                .getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public ApplicationDocumentType create(DocumentTypeForm form) {
        String code = form.code() == null ? "" : form.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw BusinessException.invalid("code", "docType.badCode");
        }
        if (find(code).isPresent()) {
            throw BusinessException.invalid("code", "docType.codeTaken", code);
        }
        ApplicationDocumentType type = new ApplicationDocumentType(
                code, name("nameZh", form.nameZh()), name("nameEn", form.nameEn()), form.fourFree(), form.active());
        em.persist(type);
        em.flush();
        audit.recordChange(AuditAction.CREATE, RECORD, code, type.getNameZh(), null, type.auditState());
        return type;
    }

    /** Saves an edit; refused when someone else saved the type since the form was loaded. */
    @RolesAllowed(Roles.ADMIN)
    public ApplicationDocumentType update(DocumentTypeForm form) {
        ApplicationDocumentType type = find(form.code() == null
                        ? ""
                        : form.code().trim())
                .orElseThrow(() -> BusinessException.notFound("docType.notFound", form.code()));
        if (type.getVersion() != form.version()) {
            throw BusinessException.stale();
        }
        String nameZh = name("nameZh", form.nameZh());
        String nameEn = name("nameEn", form.nameEn());
        Map<String, Object> before = type.auditState();
        type.edit(nameZh, nameEn, form.fourFree(), form.active());
        em.flush();
        audit.recordChange(AuditAction.UPDATE, RECORD, type.getCode(), type.getNameZh(), before, type.auditState());
        return type;
    }

    private Optional<ApplicationDocumentType> find(String code) {
        return em.createQuery(
                        "SELECT t FROM ApplicationDocumentType t WHERE t.code = :c", ApplicationDocumentType.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    private static String name(String field, String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid(field, "docType.nameRequired");
        }
        if (text.trim().length() > 100) {
            throw BusinessException.invalid(field, "project.tooLong", 100);
        }
        return text.trim();
    }
}
