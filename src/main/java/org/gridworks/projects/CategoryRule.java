package org.gridworks.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Works out an application's category from its facts. The three-zero rule (零上门、零审批、零投资): a small or
 * micro enterprise connected at low voltage with at most 160 kW in an urban area or 100 kW in a rural one; for
 * applications accepted from 2023-01-01, at most 160 kW anywhere.
 */
public final class CategoryRule {

    static final LocalDate CITY_WIDE_160_FROM = LocalDate.of(2023, 1, 1);
    static final BigDecimal URBAN_LIMIT = BigDecimal.valueOf(160);
    static final BigDecimal RURAL_LIMIT = BigDecimal.valueOf(100);
    static final BigDecimal HIGH_VOLTAGE_FROM_KV = BigDecimal.TEN;

    private CategoryRule() {}

    public static Classification classify(ProjectFacts facts) {
        if (facts.residential()) {
            return new Classification(Category.RESIDENTIAL, "category.why.residential", List.of());
        }
        if (facts.voltageKv().compareTo(HIGH_VOLTAGE_FROM_KV) >= 0) {
            return facts.dualSupply()
                    ? new Classification(Category.HV_DUAL, "category.why.hvDual", List.of(plain(facts.voltageKv())))
                    : new Classification(
                            Category.HV_SINGLE, "category.why.hvSingle", List.of(plain(facts.voltageKv())));
        }
        if (!facts.smallMicro()) {
            return new Classification(Category.LV_OTHER, "category.why.notSmallMicro", List.of());
        }
        BigDecimal limit = threeZeroLimit(facts.areaType(), facts.acceptedOn());
        String area = facts.areaType().name();
        if (facts.capacityKw().compareTo(limit) <= 0) {
            return new Classification(
                    Category.LV_THREE_ZERO,
                    "category.why.threeZero",
                    List.of(plain(facts.capacityKw()), plain(limit), area));
        }
        return new Classification(
                Category.LV_OTHER,
                "category.why.overThreeZero",
                List.of(plain(facts.capacityKw()), plain(limit), area));
    }

    static BigDecimal threeZeroLimit(AreaType area, LocalDate acceptedOn) {
        if (!acceptedOn.isBefore(CITY_WIDE_160_FROM)) {
            return URBAN_LIMIT;
        }
        return area == AreaType.RURAL ? RURAL_LIMIT : URBAN_LIMIT;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
