package org.gridworks.milestones;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * The milestone template new plans are made from: administrators change names, durations, predecessors and
 * lags (a dependency loop is refused). Existing plans keep what they were made with.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TemplateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** A template milestone as the administrator edits it; predecessors as comma-separated codes. */
    public record TemplateForm(
            String code,
            String nameZh,
            String nameEn,
            Integer durationDays,
            String predecessors,
            Integer lagDays,
            int version)
            implements java.io.Serializable {}

    public List<MilestoneTemplate> list() {
        return em.createQuery("SELECT t FROM MilestoneTemplate t ORDER BY t.position", MilestoneTemplate.class)
                .getResultList();
    }

    public MilestoneTemplate save(TemplateForm form) {
        List<MilestoneTemplate> all = list();
        MilestoneTemplate template = all.stream()
                .filter(t -> t.getCode().equals(form.code()))
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("plan.noMilestone", form.code()));
        if (template.getVersion() != form.version()) {
            throw BusinessException.stale();
        }
        if (form.nameZh() == null
                || form.nameZh().isBlank()
                || form.nameEn() == null
                || form.nameEn().isBlank()) {
            throw BusinessException.invalid("nameZh", "permitType.required");
        }
        if (form.durationDays() == null || form.durationDays() < 0 || form.durationDays() > 250) {
            throw BusinessException.invalid("durationDays", "template.durationRange");
        }
        if (form.lagDays() == null || form.lagDays() < 0 || form.lagDays() > 250) {
            throw BusinessException.invalid("lagDays", "template.durationRange");
        }
        List<String> predecessors = MilestoneTemplate.codes(form.predecessors());
        List<PlanItem> items = new ArrayList<>();
        for (MilestoneTemplate t : all) {
            items.add(
                    t == template
                            ? new PlanItem(
                                    t.getCode(),
                                    form.durationDays(),
                                    predecessors,
                                    form.lagDays(),
                                    null,
                                    null,
                                    false,
                                    null)
                            : t.item());
        }
        MilestoneScheduler.ordered(items); // refuses unknown predecessors and loops
        Map<String, Object> before = template.auditState();
        template.set(form.nameZh().trim(), form.nameEn().trim(), form.durationDays(), predecessors, form.lagDays());
        em.flush();
        audit.recordChange(
                AuditAction.UPDATE,
                "MilestoneTemplate",
                template.getCode(),
                template.getNameZh(),
                before,
                template.auditState());
        return template;
    }
}
