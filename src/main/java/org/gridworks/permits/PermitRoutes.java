package org.gridworks.permits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides from a project's facts which permit types it needs and how: every rule in force on the acceptance day
 * whose condition holds makes its type needed in its mode, the strictest mode winning; a type no rule matches is
 * not needed. Each decision keeps the rule that made it, so the project page can say why.
 */
public final class PermitRoutes {

    /** A permit type the project needs, how, and the condition that decided it. */
    public record Decision(String permitType, PermitMode mode, String because) {}

    /**
     * Why a permit type is or is not needed: the decision (mode and the condition that made it), or, when no rule
     * matched, the conditions in force for the type that did not hold (empty: no rule for the type at all).
     */
    public record Why(String permitType, PermitMode mode, String because, List<String> unmet) {

        public boolean isNeeded() {
            return mode != null && mode != PermitMode.EXEMPT;
        }
    }

    private PermitRoutes() {}

    /** For each of these permit types, in their order, why it is or is not needed. */
    public static List<Why> explain(
            List<RouteRule> rules, RouteFacts facts, LocalDate acceptedOn, List<String> permitTypes) {
        Map<String, Decision> decided = new LinkedHashMap<>();
        decide(rules, facts, acceptedOn).forEach(d -> decided.put(d.permitType(), d));
        List<Why> answers = new ArrayList<>();
        for (String type : permitTypes) {
            Decision d = decided.get(type);
            if (d != null) {
                answers.add(new Why(type, d.mode(), d.because(), List.of()));
            } else {
                List<String> unmet = rules.stream()
                        .filter(r -> r.permitType().equals(type) && r.appliesOn(acceptedOn))
                        .map(r -> r.condition().toString())
                        .toList();
                answers.add(new Why(type, null, null, unmet));
            }
        }
        return answers;
    }

    public static List<Decision> decide(List<RouteRule> rules, RouteFacts facts, LocalDate acceptedOn) {
        Map<String, Decision> byType = new LinkedHashMap<>();
        for (RouteRule rule : rules) {
            if (!rule.appliesOn(acceptedOn) || !rule.condition().holds(facts)) {
                continue;
            }
            Decision now = byType.get(rule.permitType());
            if (now == null || rule.mode().compareTo(now.mode()) > 0) {
                byType.put(
                        rule.permitType(),
                        new Decision(
                                rule.permitType(), rule.mode(), rule.condition().toString()));
            }
        }
        return new ArrayList<>(byType.values());
    }

    /**
     * The defaults GridWorks ships as the rows V18 seeds into permit_route_rule (administrators edit those; this copy
     * is what the unit tests decide with, and PermitRoutesTest keeps the two equal). Ours, not the city's: the real thresholds are the city's to set), in force from
     * 2024-01-01: a road crossed needs an excavation permit (normal review above 50 m of new line, notice and
     * commitment up to it) and an occupation permit on notice; green space occupied needs its permit; a route in a
     * protected zone or with more than 200 m of new line needs planning review, a shorter high-voltage one only
     * notice and commitment.
     */
    public static List<RouteRule> defaults() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        return List.of(
                rule("ROAD_EXCAVATION", "CROSSES_ROAD & NEW_LINE_METRES > 50", PermitMode.NORMAL_REVIEW, from),
                rule("ROAD_EXCAVATION", "CROSSES_ROAD & NEW_LINE_METRES <= 50", PermitMode.NOTICE_AND_COMMITMENT, from),
                rule("ROAD_OCCUPATION", "CROSSES_ROAD", PermitMode.NOTICE_AND_COMMITMENT, from),
                rule("GREEN_SPACE", "OCCUPIES_GREEN_SPACE", PermitMode.NORMAL_REVIEW, from),
                rule("PLANNING", "IN_PROTECTED_ZONE", PermitMode.NORMAL_REVIEW, from),
                rule("PLANNING", "NEW_LINE_METRES > 200", PermitMode.NORMAL_REVIEW, from),
                rule(
                        "PLANNING",
                        "VOLTAGE_KV >= 10 & NEW_LINE_METRES > 0 & NEW_LINE_METRES <= 200 & !IN_PROTECTED_ZONE",
                        PermitMode.NOTICE_AND_COMMITMENT,
                        from));
    }

    private static RouteRule rule(String type, String condition, PermitMode mode, LocalDate from) {
        return new RouteRule(type, RouteCondition.parse(condition), mode, from, null);
    }
}
