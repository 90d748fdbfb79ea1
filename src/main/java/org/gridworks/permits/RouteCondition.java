package org.gridworks.permits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The condition of a route rule, written as administrators will keep it: facts joined by {@code &}, each a yes/no
 * fact alone (CROSSES_ROAD), negated ({@code !IN_PROTECTED_ZONE}) or a number compared
 * ({@code NEW_LINE_METRES > 50}, {@code VOLTAGE_KV <= 0.4}); an empty condition always holds. Parsed whole or
 * refused with the part at fault, so a stored rule never fails later.
 */
public final class RouteCondition {

    static final Set<String> FACTS =
            Set.of("VOLTAGE_KV", "NEW_LINE_METRES", "CROSSES_ROAD", "OCCUPIES_GREEN_SPACE", "IN_PROTECTED_ZONE");
    private static final Set<String> YES_NO = Set.of("CROSSES_ROAD", "OCCUPIES_GREEN_SPACE", "IN_PROTECTED_ZONE");
    private static final Pattern PART =
            Pattern.compile("(!?)\\s*([A-Z_]+)\\s*(?:(<=|>=|<|>|=)\\s*(\\d+(?:\\.\\d+)?))?");

    private record Test(String fact, String operator, BigDecimal threshold) {}

    private final String text;
    private final List<Test> tests;

    private RouteCondition(String text, List<Test> tests) {
        this.text = text;
        this.tests = tests;
    }

    /** Parses a condition; IllegalArgumentException names the part that is not understood. */
    public static RouteCondition parse(String text) {
        String condition = text == null ? "" : text.trim();
        List<Test> tests = new ArrayList<>();
        if (!condition.isEmpty()) {
            for (String part : condition.split("&")) {
                Matcher m = PART.matcher(part.trim());
                if (!m.matches() || !FACTS.contains(m.group(2))) {
                    throw new IllegalArgumentException(part.trim());
                }
                boolean yesNo = YES_NO.contains(m.group(2));
                boolean compared = m.group(3) != null;
                if (yesNo == compared || !m.group(1).isEmpty() && compared) {
                    // a yes/no fact stands alone (or negated); a number is always compared
                    throw new IllegalArgumentException(part.trim());
                }
                tests.add(
                        compared
                                ? new Test(m.group(2), m.group(3), new BigDecimal(m.group(4)))
                                : new Test(m.group(2), "=", m.group(1).isEmpty() ? BigDecimal.ONE : BigDecimal.ZERO));
            }
        }
        return new RouteCondition(condition, List.copyOf(tests));
    }

    public boolean holds(RouteFacts facts) {
        for (Test t : tests) {
            int c = facts.value(t.fact()).compareTo(t.threshold());
            boolean ok = switch (t.operator()) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                default -> c == 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The condition in words, for the project page: each fact through the texts ({@code route.fact.*}, a negated
     * yes/no fact through {@code route.fact.not.*}, a number with its comparison and value), joined by
     * {@code route.and}; an empty condition is {@code route.always}. The stored text stays the API's form.
     */
    public String describe(java.util.function.Function<String, String> text) {
        if (tests.isEmpty()) {
            return text.apply("route.always");
        }
        List<String> parts = new ArrayList<>();
        for (Test t : tests) {
            if (YES_NO.contains(t.fact())) {
                parts.add(text.apply((t.threshold().signum() == 0 ? "route.fact.not." : "route.fact.") + t.fact()));
            } else {
                parts.add(java.text.MessageFormat.format(
                        text.apply("route.fact." + t.fact()),
                        SYMBOLS.getOrDefault(t.operator(), t.operator()),
                        t.threshold().stripTrailingZeros().toPlainString()));
            }
        }
        return String.join(text.apply("route.and"), parts);
    }

    /** Describes a stored condition text; one that no longer parses is shown as it is stored. */
    public static String describe(String stored, java.util.function.Function<String, String> text) {
        try {
            return parse(stored).describe(text);
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    private static final java.util.Map<String, String> SYMBOLS = java.util.Map.of("<=", "≤", ">=", "≥");

    @Override
    public String toString() {
        return text;
    }
}
