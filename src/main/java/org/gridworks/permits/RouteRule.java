package org.gridworks.permits;

import java.time.LocalDate;

/**
 * One route rule: when its condition holds for a project accepted within its dates, the permit type is needed in
 * the given mode. Effective from a date (inclusive) until the day before the next version's (null: open), as the
 * time-limit policies are.
 */
public record RouteRule(
        String permitType, RouteCondition condition, PermitMode mode, LocalDate effectiveFrom, LocalDate effectiveTo) {

    boolean appliesOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
