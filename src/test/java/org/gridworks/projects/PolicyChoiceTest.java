package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyChoiceTest {

    @Test
    void theLimitInForceOnTheAcceptanceDate() {
        assertEquals(
                25, Policies.choose(Category.LV_THREE_ZERO, false, "2021-12-31").getLimitDays());
        assertEquals(
                20, Policies.choose(Category.LV_THREE_ZERO, false, "2022-03-01").getLimitDays());
        assertEquals(
                15, Policies.choose(Category.LV_THREE_ZERO, false, "2023-01-01").getLimitDays());
        assertEquals(
                22, Policies.choose(Category.HV_SINGLE, false, "2024-09-27").getLimitDays());
    }

    @Test
    void theVariantHasItsOwnBudgets() {
        ClockPolicy threeStep = Policies.choose(Category.HV_DUAL, true, "2024-01-01");
        assertEquals(10, threeStep.budget(StepCode.COMPLETION_AND_CONNECTION));
        assertEquals(21, threeStep.budget(StepCode.PLAN_REPLY));
        assertEquals(5, Policies.choose(Category.HV_DUAL, false, "2024-01-01").budget(StepCode.CONNECTION));
        assertEquals(
                6,
                Policies.choose(Category.LV_OTHER, true, "2024-01-01").getLimitDays(),
                "the variant flag means nothing at low voltage");
    }

    @Test
    void beforeEveryPolicyTheEarliestIsUsedAndSaidSo() {
        PolicyChoice choice = PolicyChoice.choose(
                        Policies.DEFAULTS, Category.LV_THREE_ZERO, false, LocalDate.of(2020, 6, 1))
                .orElseThrow();
        assertTrue(choice.earliestUsed());
        assertEquals(25, choice.policy().getLimitDays());
        assertFalse(PolicyChoice.choose(Policies.DEFAULTS, Category.LV_THREE_ZERO, false, LocalDate.of(2021, 1, 1))
                .orElseThrow()
                .earliestUsed());
    }
}
