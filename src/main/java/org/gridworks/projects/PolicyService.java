package org.gridworks.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * The time-limit policy table: administrators change limits and budgets or add a row that takes effect from a
 * date. A change applies to every project accepted on or after its date, the next time its clocks are computed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PolicyService {

    static final String RECORD = "ClockPolicy";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** A policy row as an administrator edits it; budgets may be empty for steps the category does not have. */
    public record PolicyForm(
            Long id,
            Category category,
            boolean threeStep,
            LocalDate effectiveFrom,
            ClockScope scope,
            Integer limitDays,
            Integer acceptance,
            Integer planReply,
            Integer completion,
            Integer connection,
            int version) {}

    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public List<ClockPolicy> list() {
        return em.createQuery(
                        "SELECT p FROM ClockPolicy p ORDER BY p.category, p.threeStep, p.effectiveFrom",
                        ClockPolicy.class)
                .getResultList();
    }

    public ClockPolicy save(PolicyForm form) {
        check(form);
        ClockPolicy policy;
        Map<String, Object> before = null;
        if (form.id() == null) {
            boolean taken = !em.createQuery(
                            "SELECT p.id FROM ClockPolicy p WHERE p.category = :c AND "
                                    + "p.threeStep = :t AND p.effectiveFrom = :f",
                            Long.class)
                    .setParameter("c", form.category())
                    .setParameter("t", form.threeStep() && form.category().isHighVoltage())
                    .setParameter("f", form.effectiveFrom())
                    .getResultList()
                    .isEmpty();
            if (taken) {
                throw BusinessException.invalid("effectiveFrom", "policy.duplicate");
            }
            policy = new ClockPolicy(
                    form.category(),
                    form.threeStep() && form.category().isHighVoltage(),
                    form.effectiveFrom(),
                    form.scope());
            em.persist(policy);
        } else {
            policy = em.find(ClockPolicy.class, form.id());
            if (policy == null) {
                throw BusinessException.notFound("policy.notFound", form.id());
            }
            if (policy.getVersion() != form.version()) {
                throw BusinessException.stale();
            }
            before = policy.auditState();
        }
        policy.set(form.limitDays(), form.acceptance(), form.planReply(), form.completion(), form.connection());
        em.flush();
        audit.recordChange(
                form.id() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                RECORD,
                policy.getId(),
                policy.getCategory() + " " + policy.getEffectiveFrom(),
                before,
                policy.auditState());
        return policy;
    }

    static void check(PolicyForm form) {
        if (form.category() == null || form.scope() == null || form.effectiveFrom() == null) {
            throw BusinessException.invalid("category", "policy.incomplete");
        }
        if (form.limitDays() == null || form.limitDays() < 1 || form.limitDays() > 365) {
            throw BusinessException.invalid("limitDays", "policy.limitRange");
        }
        List<Integer> budgets = Stream.of(form.acceptance(), form.planReply(), form.completion(), form.connection())
                .filter(Objects::nonNull)
                .toList();
        if (budgets.stream().anyMatch(b -> b < 0)) {
            throw BusinessException.invalid("acceptance", "policy.budgetNegative");
        }
        int sum = budgets.stream().mapToInt(Integer::intValue).sum();
        if (!budgets.isEmpty() && sum != form.limitDays()) {
            throw BusinessException.invalid("limitDays", "policy.budgetsSum", sum, form.limitDays());
        }
    }
}
