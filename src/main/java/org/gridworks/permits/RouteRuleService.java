package org.gridworks.permits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * The permit route rules, kept by administrators with effective dates as the time-limit policies are: a rule
 * applies to projects accepted from its first day until the day before its end (none: open). A change applies the
 * next time a project's route is decided (when it is created or its facts change); tracks already created stay.
 * A rule ends rather than disappears (an end date), so what decided an older project can still be read.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RouteRuleService {

    static final String RECORD = "PermitRouteRule";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** A rule as the administrator edits it; mode and permit type as codes. */
    public record RuleForm(
            Long id,
            String permitType,
            String condition,
            PermitMode mode,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            int version)
            implements java.io.Serializable {}

    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PERMIT_CLERK, Roles.PROJECT_MANAGER})
    public List<PermitRouteRule> list() {
        return em.createQuery(
                        "SELECT r FROM PermitRouteRule r ORDER BY r.permitType, r.effectiveFrom, r.id",
                        PermitRouteRule.class)
                .getResultList();
    }

    /** Every stored rule as the engine reads it (PermitRoutes picks those in force on a project's day). */
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PERMIT_CLERK, Roles.PROJECT_MANAGER, Roles.WAREHOUSE})
    public List<RouteRule> rules() {
        return list().stream().map(PermitRouteRule::rule).toList();
    }

    public PermitRouteRule save(RuleForm form) {
        String type = checkType(form);
        String condition = checkCondition(form.condition());
        if (form.mode() == null) {
            throw BusinessException.invalid("mode", "route.modeRequired");
        }
        if (form.effectiveFrom() == null) {
            throw BusinessException.invalid("effectiveFrom", "route.fromRequired");
        }
        if (form.effectiveTo() != null && !form.effectiveTo().isAfter(form.effectiveFrom())) {
            throw BusinessException.invalid("effectiveTo", "route.toBeforeFrom");
        }
        PermitRouteRule rule;
        Map<String, Object> before = null;
        if (form.id() == null) {
            rule = new PermitRouteRule(type);
            em.persist(rule);
        } else {
            rule = em.find(PermitRouteRule.class, form.id());
            if (rule == null) {
                throw BusinessException.notFound("route.notFound", form.id());
            }
            if (rule.getVersion() != form.version()) {
                throw BusinessException.stale();
            }
            before = rule.auditState();
        }
        rule.set(type, condition, form.mode(), form.effectiveFrom(), form.effectiveTo());
        em.flush();
        audit.recordChange(
                form.id() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                RECORD,
                rule.getId(),
                rule.getPermitType() + " " + rule.getEffectiveFrom(),
                before,
                rule.auditState());
        return rule;
    }

    private String checkType(RuleForm form) {
        String code = form.permitType() == null ? "" : form.permitType().trim().toUpperCase(Locale.ROOT);
        boolean known = !em.createQuery("SELECT t.id FROM PermitType t WHERE t.code = :c", Long.class)
                .setParameter("c", code)
                .getResultList()
                .isEmpty();
        if (!known) {
            throw BusinessException.invalid("permitType", "permit.unknownType", form.permitType());
        }
        return code;
    }

    /** The condition parsed whole, or a refusal naming the part that is not understood. */
    static String checkCondition(String condition) {
        String text = condition == null ? "" : condition.trim();
        if (text.length() > 300) {
            throw BusinessException.invalid("condition", "project.tooLong", 300);
        }
        try {
            return RouteCondition.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("condition", "route.conditionBad", e.getMessage());
        }
    }
}
