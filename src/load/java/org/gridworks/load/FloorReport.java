package org.gridworks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a load run: each request's figures from Gatling's report (count, errors, p50/p95/p99) next to its
 * floors measured in the same run, as ratios: the HTTP floor (the median of /health/live) and the SQL floor of its
 * group (SqlFloor). Gatling 3.15 keeps its statistics only in the report's index.html (simulation.log is binary),
 * so they are read from its statistics table.
 *
 * <pre>java -cp ... org.gridworks.load.FloorReport target/gatling/RUN target/gatling/sql-floor.tsv</pre>
 */
public final class FloorReport {

    static final String HTTP_FLOOR = "floor: /health/live";
    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"req_[^\"]*\"[^>]*>.*?class=\"ellipsed-name\">(.*?)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern ERROR = Pattern.compile(
            "<td class=\"error-col-1 total ko\">(.*?)<span.*?<td class=\"value error-col-2 total ko\">([^<]*)</td>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /** One request's line of Gatling's statistics table. */
    record Stats(String name, long count, long ko, double p50, double p95, double p99) {
        String group() {
            int colon = name.indexOf(": ");
            return colon < 0 ? null : name.substring(0, colon);
        }
    }

    private FloorReport() {}

    public static void main(String[] args) throws IOException {
        String html = Files.readString(Path.of(args[0], "index.html"), StandardCharsets.UTF_8);
        List<Stats> stats = read(html);
        Map<String, Double> sql = sqlFloors(Path.of(args[1]));
        System.out.print(table(stats, sql));
        List<String> errors = errors(html);
        if (!errors.isEmpty()) {
            System.out.println("Errors (Gatling's list):");
            errors.forEach(e -> System.out.println("  " + e));
        }
        System.exit(errors.isEmpty() && stats.stream().allMatch(s -> s.ko() == 0) ? 0 : 1);
    }

    static List<Stats> read(String html) {
        List<Stats> stats = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(
                        Integer.valueOf(cell.group(1)),
                        cell.group(2).replace(",", "").trim());
            }
            stats.add(new Stats(
                    JsfPage.unescape(row.group(1).trim()),
                    number(cells.get(2)),
                    number(cells.get(4)),
                    decimal(cells.get(8)),
                    decimal(cells.get(10)),
                    decimal(cells.get(11))));
        }
        if (stats.isEmpty()) {
            throw new IllegalStateException("No statistics table in Gatling's index.html: has its format changed?");
        }
        return stats;
    }

    /** Gatling's error list: each failure's message and how often, including requests that could not be built. */
    static List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        Matcher error = ERROR.matcher(html);
        while (error.find()) {
            errors.add(error.group(2).trim() + " x "
                    + JsfPage.unescape(error.group(1).trim()));
        }
        return errors;
    }

    static Map<String, Double> sqlFloors(Path file) throws IOException {
        Map<String, Double> floors = new HashMap<>();
        if (Files.exists(file)) {
            Files.readAllLines(file).stream()
                    .skip(1)
                    .map(l -> l.split("\t"))
                    .forEach(f -> floors.put(f[0], Double.valueOf(f[2])));
        }
        return floors;
    }

    static String table(List<Stats> stats, Map<String, Double> sql) {
        Stats floor = stats.stream()
                .filter(s -> s.name().equals(HTTP_FLOOR))
                .findFirst()
                .orElse(null);
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-34s %7s %5s %7s %7s %7s %9s %9s %8s%n",
                "request",
                "count",
                "KO",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "x HTTP",
                "SQL ms",
                "x SQL"));
        long resources = 0;
        long resourceErrors = 0;
        List<Stats> sorted = new ArrayList<>(stats);
        sorted.sort(java.util.Comparator.comparing((Stats s) -> !s.name().equals(HTTP_FLOOR))
                .thenComparing(Stats::name));
        for (Stats s : sorted) {
            if (s.group() == null) { // a script or style the page names: Gatling calls it by its URL
                resources += s.count();
                resourceErrors += s.ko();
                continue;
            }
            Double floorSql = sql.get(s.group());
            out.append(String.format(
                    Locale.ROOT,
                    "%-34s %7d %5d %7.0f %7.0f %7.0f %9s %9s %8s%n",
                    s.name(),
                    s.count(),
                    s.ko(),
                    s.p50(),
                    s.p95(),
                    s.p99(),
                    floor == null || s == floor ? "" : ratio(s.p50(), floor.p50()),
                    floorSql == null ? "" : String.format(Locale.ROOT, "%.1f", floorSql),
                    floorSql == null ? "" : ratio(s.p50(), floorSql)));
        }
        out.append(String.format(
                Locale.ROOT, "%-34s %7d %5d%n", "(scripts and styles, once a person)", resources, resourceErrors));
        out.append("x HTTP: p50 / p50 of " + HTTP_FLOOR
                + (floor == null ? " (not measured)" : " (" + (int) floor.p50() + " ms)")
                + "; x SQL: p50 / p50 of the group's SQL floor (SqlFloor, floors/GROUP.sql).\n");
        return out.toString();
    }

    private static String ratio(double value, double floor) {
        return floor <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", value / floor);
    }

    private static long number(String text) {
        return text == null || text.isEmpty() || text.equals("-") ? 0 : Long.parseLong(text);
    }

    private static double decimal(String text) {
        return text == null || text.isEmpty() || text.equals("-") ? Double.NaN : Double.parseDouble(text);
    }
}
