package org.gridworks.permits;

import java.math.BigDecimal;

/** The facts of a project that decide its permit route: voltage, length of the new line, what the route touches. */
public record RouteFacts(
        BigDecimal voltageKv,
        int newLineMetres,
        boolean crossesRoad,
        boolean occupiesGreenSpace,
        boolean inProtectedZone) {

    /** A fact's value as a number (a yes/no fact is 1 or 0), for the rules' comparisons. */
    BigDecimal value(String fact) {
        return switch (fact) {
            case "VOLTAGE_KV" -> voltageKv == null ? BigDecimal.ZERO : voltageKv;
            case "NEW_LINE_METRES" -> BigDecimal.valueOf(newLineMetres);
            case "CROSSES_ROAD" -> crossesRoad ? BigDecimal.ONE : BigDecimal.ZERO;
            case "OCCUPIES_GREEN_SPACE" -> occupiesGreenSpace ? BigDecimal.ONE : BigDecimal.ZERO;
            case "IN_PROTECTED_ZONE" -> inProtectedZone ? BigDecimal.ONE : BigDecimal.ZERO;
            default -> throw new IllegalArgumentException("unknown fact " + fact);
        };
    }
}
