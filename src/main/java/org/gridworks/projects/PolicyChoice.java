package org.gridworks.projects;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which policy times an application: the newest one in force on its acceptance date, for its category and
 * variant. An application accepted before every policy is timed by the earliest one, and the choice says so.
 */
public record PolicyChoice(ClockPolicy policy, boolean earliestUsed) {

    public static Optional<PolicyChoice> choose(
            List<ClockPolicy> policies, Category category, boolean threeStep, LocalDate acceptedOn) {
        boolean variant = category.isHighVoltage() && threeStep;
        List<ClockPolicy> candidates = policies.stream()
                .filter(p -> p.getCategory() == category && p.isThreeStep() == variant)
                .sorted(Comparator.comparing(ClockPolicy::getEffectiveFrom))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        ClockPolicy inForce = null;
        for (ClockPolicy candidate : candidates) {
            if (!candidate.getEffectiveFrom().isAfter(acceptedOn)) {
                inForce = candidate;
            }
        }
        return Optional.of(
                inForce == null ? new PolicyChoice(candidates.get(0), true) : new PolicyChoice(inForce, false));
    }
}
