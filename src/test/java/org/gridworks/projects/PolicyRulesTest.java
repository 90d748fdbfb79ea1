package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.gridworks.platform.BusinessException;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    private static PolicyService.PolicyForm form(Integer limit, Integer a, Integer p, Integer c, Integer n) {
        return new PolicyService.PolicyForm(
                null, Category.HV_SINGLE, false, LocalDate.of(2027, 1, 1), ClockScope.HANDLING, limit, a, p, c, n, 0);
    }

    @Test
    void stepBudgetsMustAddUpToTheLimit() {
        assertDoesNotThrow(() -> PolicyService.check(form(22, 1, 11, 5, 5)));
        BusinessException refusal =
                assertThrows(BusinessException.class, () -> PolicyService.check(form(20, 1, 11, 5, 5)));
        assertEquals("policy.budgetsSum", refusal.messageKey());
        assertEquals("limitDays", refusal.field());
    }

    @Test
    void limitsAndBudgetsStayInRange() {
        assertEquals(
                "policy.limitRange",
                assertThrows(BusinessException.class, () -> PolicyService.check(form(0, null, null, null, null)))
                        .messageKey());
        assertEquals(
                "policy.budgetNegative",
                assertThrows(BusinessException.class, () -> PolicyService.check(form(5, -1, null, null, 6)))
                        .messageKey());
        assertDoesNotThrow(() -> PolicyService.check(form(15, null, null, null, null)), "budgets are optional");
    }
}
