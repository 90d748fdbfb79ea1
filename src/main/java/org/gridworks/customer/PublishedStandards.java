package org.gridworks.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridworks.platform.SystemInfo;
import org.gridworks.projects.Category;
import org.gridworks.projects.ClockPolicy;
import org.gridworks.projects.ClockScope;
import org.gridworks.projects.StepCode;

/**
 * The service standards as published: each category (and high voltage's three-step variant) with its steps and every
 * time limit of the policy table, the one in force today marked, read from the same rows the clocks use, so the
 * published page cannot drift from what the company holds itself to.
 */
@Stateless
@PermitAll
public class PublishedStandards {

    @PersistenceContext
    EntityManager em;

    @Inject
    SystemInfo system;

    /** One time limit of the policy table: from when, what is timed, how many working days, per-step budgets. */
    public record Limit(
            LocalDate effectiveFrom, ClockScope scope, int limitDays, List<Budget> budgets, boolean inForce) {}

    public record Budget(StepCode step, Integer days) {}

    /** A category (or its three-step variant) with its steps and limits, the newest first. */
    public record Standard(Category category, boolean threeStep, List<StepCode> steps, List<Limit> limits) {}

    public List<Standard> standards() {
        List<ClockPolicy> policies = em.createQuery(
                        "SELECT p FROM ClockPolicy p ORDER BY p.category, p.threeStep, p.effectiveFrom",
                        ClockPolicy.class)
                .getResultList();
        return StandardsRules.standards(policies, system.today());
    }

    public LocalDate today() {
        return system.today();
    }

    /** The table turned into standards; a plain rule so it is tested without a container. */
    static final class StandardsRules {

        private StandardsRules() {}

        static List<Standard> standards(List<ClockPolicy> policies, LocalDate today) {
            List<Standard> standards = new ArrayList<>();
            for (Category category : Category.values()) {
                for (boolean threeStep : category.isHighVoltage() ? List.of(false, true) : List.of(false)) {
                    List<ClockPolicy> rows = policies.stream()
                            .filter(p -> p.getCategory() == category && p.isThreeStep() == threeStep)
                            .sorted(Comparator.comparing(ClockPolicy::getEffectiveFrom))
                            .toList();
                    if (rows.isEmpty()) {
                        continue;
                    }
                    ClockPolicy inForce = null;
                    for (ClockPolicy row : rows) {
                        if (!row.getEffectiveFrom().isAfter(today)) {
                            inForce = row;
                        }
                    }
                    List<StepCode> steps = category.steps(threeStep);
                    List<Limit> limits = new ArrayList<>();
                    for (int i = rows.size() - 1; i >= 0; i--) {
                        ClockPolicy row = rows.get(i);
                        List<Budget> budgets = steps.stream()
                                .map(step -> new Budget(step, row.budget(step)))
                                .toList();
                        limits.add(new Limit(
                                row.getEffectiveFrom(), row.getScope(), row.getLimitDays(), budgets, row == inForce));
                    }
                    standards.add(new Standard(category, threeStep, steps, limits));
                }
            }
            return standards;
        }
    }
}
