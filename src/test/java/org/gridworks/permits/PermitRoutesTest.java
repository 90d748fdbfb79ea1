package org.gridworks.permits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Permit routes from a project's facts, with the shipped defaults and hand-written rules; answers written out. */
class PermitRoutesTest {

    private static final LocalDate ACCEPTED = LocalDate.of(2025, 3, 3);

    private static RouteFacts facts(String kv, int metres, boolean road, boolean green, boolean protectedZone) {
        return new RouteFacts(new BigDecimal(kv), metres, road, green, protectedZone);
    }

    private static List<String> decide(RouteFacts facts) {
        return PermitRoutes.decide(PermitRoutes.defaults(), facts, ACCEPTED).stream()
                .map(d -> d.permitType() + " " + d.mode())
                .toList();
    }

    @Test
    void aLineUnderARoadNeedsTheExcavationPermitAndOneOffTheRoadNeedsNone() {
        assertEquals(
                List.of(
                        "ROAD_EXCAVATION NORMAL_REVIEW",
                        "ROAD_OCCUPATION NOTICE_AND_COMMITMENT",
                        "PLANNING NOTICE_AND_COMMITMENT"),
                decide(facts("10", 120, true, false, false)));
        assertEquals(
                List.of("ROAD_EXCAVATION NOTICE_AND_COMMITMENT", "ROAD_OCCUPATION NOTICE_AND_COMMITMENT"),
                decide(facts("0.4", 50, true, false, false)),
                "50 m is still notice and commitment");
        assertEquals(List.of(), decide(facts("0.4", 30, false, false, false)), "a short low-voltage line: nothing");
    }

    @Test
    void theStrictestMatchingRuleWinsAndSaysWhy() {
        List<PermitRoutes.Decision> decided =
                PermitRoutes.decide(PermitRoutes.defaults(), facts("10", 150, false, true, true), ACCEPTED);
        assertEquals(
                List.of(
                        new PermitRoutes.Decision("GREEN_SPACE", PermitMode.NORMAL_REVIEW, "OCCUPIES_GREEN_SPACE"),
                        new PermitRoutes.Decision("PLANNING", PermitMode.NORMAL_REVIEW, "IN_PROTECTED_ZONE")),
                decided);
        assertEquals(
                List.of("PLANNING NORMAL_REVIEW"),
                decide(facts("20", 201, false, false, false)),
                "over 200 m: review, not notice");
    }

    /** The rows V18 seeds are the defaults this test decides with: same type, condition, mode and date, in order. */
    @Test
    void theSeededRulesAreTheDefaults() throws Exception {
        String sql = java.nio.file.Files.readString(java.nio.file.Path.of("sql/V18__permit_routes.sql"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "\\('([A-Z_]+)',\\s*'([^']*)',\\s*'([A-Z_]+)',\\s*'(\\d{4}-\\d{2}-\\d{2})',\\s*TRUE\\)")
                .matcher(sql);
        List<String> seeded = new java.util.ArrayList<>();
        while (m.find()) {
            seeded.add(m.group(1) + " | " + m.group(2) + " | " + m.group(3) + " | " + m.group(4));
        }
        assertEquals(
                PermitRoutes.defaults().stream()
                        .map(r -> r.permitType() + " | " + r.condition() + " | " + r.mode() + " | " + r.effectiveFrom())
                        .toList(),
                seeded);
        assertEquals(7, seeded.size());
    }

    @Test
    void whyEachTypeIsOrIsNotNeeded() {
        List<PermitRoutes.Why> why = PermitRoutes.explain(
                PermitRoutes.defaults(),
                facts("0.4", 30, false, false, false),
                ACCEPTED,
                List.of("ROAD_EXCAVATION", "GREEN_SPACE", "OTHER"));
        assertEquals(
                List.of(
                        new PermitRoutes.Why(
                                "ROAD_EXCAVATION",
                                null,
                                null,
                                List.of("CROSSES_ROAD & NEW_LINE_METRES > 50", "CROSSES_ROAD & NEW_LINE_METRES <= 50")),
                        new PermitRoutes.Why("GREEN_SPACE", null, null, List.of("OCCUPIES_GREEN_SPACE")),
                        new PermitRoutes.Why("OTHER", null, null, List.of())),
                why);
        PermitRoutes.Why road = PermitRoutes.explain(
                        PermitRoutes.defaults(),
                        facts("0.4", 30, true, false, false),
                        ACCEPTED,
                        List.of("ROAD_EXCAVATION"))
                .get(0);
        assertEquals(PermitMode.NOTICE_AND_COMMITMENT, road.mode());
        assertEquals("CROSSES_ROAD & NEW_LINE_METRES <= 50", road.because());
        assertTrue(road.isNeeded());
    }

    @Test
    void rulesApplyOnlyWithinTheirDates() {
        List<RouteRule> rules = List.of(
                new RouteRule(
                        "ROAD_OCCUPATION",
                        RouteCondition.parse("CROSSES_ROAD"),
                        PermitMode.NORMAL_REVIEW,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 1, 1)),
                new RouteRule(
                        "ROAD_OCCUPATION",
                        RouteCondition.parse("CROSSES_ROAD"),
                        PermitMode.EXEMPT,
                        LocalDate.of(2025, 1, 1),
                        null));
        RouteFacts road = facts("10", 10, true, false, false);
        assertEquals(
                PermitMode.NORMAL_REVIEW,
                PermitRoutes.decide(rules, road, LocalDate.of(2024, 12, 31))
                        .get(0)
                        .mode());
        assertEquals(
                PermitMode.EXEMPT,
                PermitRoutes.decide(rules, road, LocalDate.of(2025, 1, 1))
                        .get(0)
                        .mode());
        assertEquals(List.of(), PermitRoutes.decide(rules, road, LocalDate.of(2023, 12, 31)));
    }

    @Test
    void conditionsAreParsedWholeOrRefusedNamingThePart() {
        RouteFacts f = facts("10", 60, true, false, false);
        assertTrue(RouteCondition.parse("CROSSES_ROAD & NEW_LINE_METRES >= 60").holds(f));
        assertFalse(RouteCondition.parse("CROSSES_ROAD & NEW_LINE_METRES > 60").holds(f));
        assertTrue(RouteCondition.parse("!IN_PROTECTED_ZONE & VOLTAGE_KV = 10").holds(f));
        assertTrue(RouteCondition.parse(" ").holds(f), "an empty condition always holds");
        for (String bad :
                List.of("CROSSES_ROAD > 1", "NEW_LINE_METRES", "!VOLTAGE_KV < 1", "PARKING", "VOLTAGE_KV ~ 1")) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> RouteCondition.parse("CROSSES_ROAD & " + bad));
            assertEquals(bad, refused.getMessage());
        }
    }

    @Test
    void conditionsAreShownInWordsInBothLanguages() {
        java.util.function.Function<String, String> zh =
                key -> org.gridworks.platform.i18n.Messages.get(java.util.Locale.SIMPLIFIED_CHINESE, key);
        java.util.function.Function<String, String> en =
                key -> org.gridworks.platform.i18n.Messages.get(java.util.Locale.ENGLISH, key);
        String stored = "CROSSES_ROAD & NEW_LINE_METRES <= 50.0 & !IN_PROTECTED_ZONE";
        assertEquals("跨越道路 且 新建线路长度 ≤ 50 米 且 不在保护区", RouteCondition.describe(stored, zh));
        assertEquals(
                "crosses a road and new line ≤ 50 m and lies outside protected zones",
                RouteCondition.describe(stored, en));
        assertEquals("every project", RouteCondition.describe("", en));
        assertEquals("BROKEN >", RouteCondition.describe("BROKEN >", en), "a stored text that no longer parses");
    }
}
