package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryRuleTest {

    private static ProjectFacts lowVoltageSmallMicro(String kw, AreaType area, String acceptedOn) {
        return new ProjectFacts(
                false, new BigDecimal("0.4"), false, true, new BigDecimal(kw), area, LocalDate.parse(acceptedOn));
    }

    @ParameterizedTest(name = "{0} kW, {1}, accepted {2}: {3}")
    @CsvSource({
        "160,   URBAN, 2022-12-31, LV_THREE_ZERO",
        "160.1, URBAN, 2022-12-31, LV_OTHER",
        "100,   RURAL, 2022-12-31, LV_THREE_ZERO",
        "100.5, RURAL, 2022-12-31, LV_OTHER",
        "120,   RURAL, 2022-12-31, LV_OTHER",
        // from 2023-01-01: 160 kW anywhere in the city
        "120,   RURAL, 2023-01-01, LV_THREE_ZERO",
        "160,   RURAL, 2023-01-01, LV_THREE_ZERO",
        "161,   RURAL, 2023-01-01, LV_OTHER",
        "160,   URBAN, 2024-05-01, LV_THREE_ZERO"
    })
    void threeZeroEligibilityOnBothSidesOfEachThreshold(
            String kw, AreaType area, String acceptedOn, Category expected) {
        assertEquals(
                expected,
                CategoryRule.classify(lowVoltageSmallMicro(kw, area, acceptedOn))
                        .category());
    }

    @Test
    void theReasonNamesTheNumbers() {
        Classification eligible = CategoryRule.classify(lowVoltageSmallMicro("120", AreaType.URBAN, "2022-06-01"));
        assertEquals("category.why.threeZero", eligible.reasonKey());
        assertEquals(List.of("120", "160", "URBAN"), eligible.reasonArguments());
        Classification over = CategoryRule.classify(lowVoltageSmallMicro("120", AreaType.RURAL, "2022-06-01"));
        assertEquals("category.why.overThreeZero", over.reasonKey());
        assertEquals(List.of("120", "100", "RURAL"), over.reasonArguments());
    }

    @Test
    void otherCategories() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        assertEquals(
                Category.RESIDENTIAL,
                CategoryRule.classify(new ProjectFacts(
                                true, new BigDecimal("0.4"), false, false, BigDecimal.TEN, AreaType.URBAN, day))
                        .category());
        assertEquals(
                Category.LV_OTHER,
                CategoryRule.classify(new ProjectFacts(
                                false, new BigDecimal("0.4"), false, false, BigDecimal.TEN, AreaType.URBAN, day))
                        .category(),
                "not a small or micro enterprise");
        assertEquals(
                Category.HV_SINGLE,
                CategoryRule.classify(new ProjectFacts(
                                false, BigDecimal.TEN, false, true, new BigDecimal("400"), AreaType.URBAN, day))
                        .category());
        assertEquals(
                Category.HV_DUAL,
                CategoryRule.classify(new ProjectFacts(
                                false, new BigDecimal("20"), true, false, new BigDecimal("2000"), AreaType.RURAL, day))
                        .category());
    }

    @Test
    void stepsPerCategory() {
        assertEquals(2, Category.LV_THREE_ZERO.steps(false).size());
        assertEquals(3, Category.LV_OTHER.steps(false).size());
        assertEquals(4, Category.HV_SINGLE.steps(false).size());
        assertEquals(
                List.of(StepCode.ACCEPTANCE, StepCode.PLAN_REPLY, StepCode.COMPLETION_AND_CONNECTION),
                Category.HV_DUAL.steps(true));
        assertEquals(2, Category.RESIDENTIAL.steps(true).size(), "the variant is for high voltage only");
    }
}
