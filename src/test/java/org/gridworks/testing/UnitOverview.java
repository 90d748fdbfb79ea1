package org.gridworks.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The supervisor's table of units on the home page, read from its HTML: per unit code, the five counts in column
 * order (red projects, yellow projects, red deliveries, red permits, red milestones).
 */
public final class UnitOverview {

    public static final int RED_DELIVERIES = 2;
    public static final int RED_PERMITS = 3;
    public static final int RED_MILESTONES = 4;

    private static final Pattern ROW = Pattern.compile("<tr data-unit=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td>(?:<a [^>]*>)?(\\d+)(?:</a>)?</td>");

    private UnitOverview() {}

    public static Map<String, List<Integer>> read(String homePage) {
        Map<String, List<Integer>> units = new LinkedHashMap<>();
        Matcher row = ROW.matcher(homePage);
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(2));
            Integer[] counts = new Integer[5];
            for (int i = 0; i < counts.length; i++) {
                if (!cell.find()) {
                    throw new AssertionError("a unit row without five counts: " + row.group());
                }
                counts[i] = Integer.valueOf(cell.group(1));
            }
            units.put(row.group(1), Arrays.asList(counts));
        }
        return units;
    }
}
