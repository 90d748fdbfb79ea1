package org.gridworks.projects;

import java.time.LocalDate;
import java.util.List;

/** The default policy rows of shared/DOMAIN.md, for unit tests (the database gets them from sql/V4). */
final class Policies {

    static final List<ClockPolicy> DEFAULTS = List.of(
            policy(Category.RESIDENTIAL, false, "2021-01-01", ClockScope.WHOLE, 5, 1, null, null, 4),
            policy(Category.LV_THREE_ZERO, false, "2021-01-01", ClockScope.WHOLE, 25, 1, null, null, 24),
            policy(Category.LV_THREE_ZERO, false, "2022-01-01", ClockScope.WHOLE, 20, 1, null, null, 19),
            policy(Category.LV_THREE_ZERO, false, "2023-01-01", ClockScope.WHOLE, 15, 1, null, null, 14),
            policy(Category.LV_OTHER, false, "2021-01-01", ClockScope.HANDLING, 6, 1, 2, null, 3),
            policy(Category.HV_SINGLE, false, "2021-01-01", ClockScope.HANDLING, 22, 1, 11, 5, 5),
            policy(Category.HV_SINGLE, true, "2021-01-01", ClockScope.HANDLING, 22, 1, 11, null, 10),
            policy(Category.HV_DUAL, false, "2021-01-01", ClockScope.HANDLING, 32, 1, 21, 5, 5),
            policy(Category.HV_DUAL, true, "2021-01-01", ClockScope.HANDLING, 32, 1, 21, null, 10));

    private Policies() {}

    static ClockPolicy policy(
            Category category,
            boolean threeStep,
            String from,
            ClockScope scope,
            int limit,
            Integer acceptance,
            Integer planReply,
            Integer completion,
            Integer connection) {
        ClockPolicy policy = new ClockPolicy(category, threeStep, LocalDate.parse(from), scope);
        policy.set(limit, acceptance, planReply, completion, connection);
        return policy;
    }

    static ClockPolicy choose(Category category, boolean threeStep, String acceptedOn) {
        return PolicyChoice.choose(DEFAULTS, category, threeStep, LocalDate.parse(acceptedOn))
                .orElseThrow()
                .policy();
    }
}
