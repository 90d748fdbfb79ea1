package org.gridworks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL floor of each request group, measured during the run over its own JDBC connection: the statements in
 * floors/GROUP.sql (what the request cannot do without, fetched the most direct way) run in turn, one group after
 * another with a short rest, for as long as the load lasts, so each floor is timed under the same load as the
 * requests. A file whose first lines say {@code -- rollback} writes, and is rolled back. The parameters are one
 * unit's (Wucheng, the demo users' unit) and a record of it, read from the city at the start. At the end the median
 * and 95th percentile of each group are written for FloorReport.
 */
final class SqlFloor {

    /** The request groups that have a floor: the part of a request's name before ": ". */
    static final List<String> GROUPS = List.of(
            "sign-in",
            "stock-check",
            "stock-post",
            "delivery-board",
            "delivery-step",
            "project-list",
            "project-page",
            "milestone-plan",
            "milestone-save",
            "material-request",
            "permit-board",
            "permit-project",
            "permit-step",
            "dashboard",
            "evaluation",
            "api-me",
            "api-projects",
            "api-stock",
            "api-token");

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z]+)\\b");

    private final Map<String, List<Double>> times = new LinkedHashMap<>();
    private volatile boolean stopped;
    private Thread thread;

    void start() {
        thread = new Thread(this::measure, "sql-floor");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        stopped = true;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write(Path.of(Settings.FLOOR_FILE));
    }

    private void measure() {
        try (Connection db = DriverManager.getConnection(Settings.DB_URL, Settings.DB_USER, Settings.DB_PASSWORD)) {
            Map<String, Object> parameters = parameters(db);
            Map<String, List<String>> files = new LinkedHashMap<>();
            GROUPS.forEach(group -> files.put(group, statements(group)));
            while (!stopped) {
                for (Map.Entry<String, List<String>> file : files.entrySet()) {
                    if (stopped) {
                        break;
                    }
                    try {
                        double ms = run(db, file.getValue(), parameters);
                        synchronized (times) {
                            times.computeIfAbsent(file.getKey(), k -> new ArrayList<>())
                                    .add(ms);
                        }
                    } catch (SQLException | RuntimeException e) {
                        // a lock wait or deadlock with the users: this sample is lost, the floor goes on
                        System.err.println("SQL floor " + file.getKey() + ": " + e.getMessage());
                    }
                    Thread.sleep(50);
                }
            }
        } catch (SQLException e) {
            System.err.println("SQL floor stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one file's statements (in a rolled-back transaction if it writes) and gives the time in ms. */
    private static double run(Connection db, List<String> statements, Map<String, Object> parameters)
            throws SQLException {
        boolean rollback = statements.get(0).equals("rollback");
        List<String> sql = rollback ? statements.subList(1, statements.size()) : statements;
        long start = System.nanoTime();
        db.setAutoCommit(!rollback);
        try {
            for (String statement : sql) {
                List<String> names = new ArrayList<>();
                Matcher name = PARAMETER.matcher(statement);
                while (name.find()) {
                    names.add(name.group(1));
                }
                try (PreparedStatement ps = db.prepareStatement(name.replaceAll("?"))) {
                    for (int i = 0; i < names.size(); i++) {
                        Object value = parameters.get(names.get(i));
                        if (value == null) {
                            throw new IllegalStateException("No value for :" + names.get(i));
                        }
                        ps.setObject(i + 1, value);
                    }
                    if (ps.execute()) {
                        try (ResultSet rs = ps.getResultSet()) {
                            while (rs.next()) {
                                rs.getObject(1); // read every row, as the page has to
                            }
                        }
                    }
                }
            }
        } finally {
            if (rollback) {
                db.rollback();
                db.setAutoCommit(true);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The file's statements; "rollback" first when its opening comments say so. */
    static List<String> statements(String group) {
        String resource = "/org/gridworks/load/floors/" + group + ".sql";
        try (InputStream in = SqlFloor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No SQL floor " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            if (text.lines()
                    .takeWhile(l -> l.startsWith("--"))
                    .anyMatch(l -> l.trim().equals("-- rollback"))) {
                statements.add("rollback");
            }
            String code = text.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
            Arrays.stream(code.split(";\\s*\n"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(statements::add);
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wucheng's values: the demo manager, its newest open project with a plan, an open request and permit. */
    private static Map<String, Object> parameters(Connection db) throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate half = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        Map<String, Object> p = new HashMap<>();
        p.put("unit", "WC");
        p.put("login", "manager");
        p.put("like", "%yjv22%");
        p.put("from", half);
        p.put("to", half.plusMonths(6).minusDays(1));
        p.put("project", one(db, """
                SELECT MAX(p.id) FROM connection_project p JOIN unit u ON u.id = p.unit_id
                JOIN milestone_plan pl ON pl.project_id = p.id WHERE u.code = 'WC' AND p.status = 'OPEN'"""));
        p.put("request", one(db, """
                SELECT COALESCE(MAX(CASE WHEN r.status IN ('RESERVED', 'PICKED') THEN r.id END), MAX(r.id))
                FROM material_request r"""));
        p.put("track", one(db, """
                SELECT COALESCE(MAX(CASE WHEN status = 'SUBMITTED' THEN id END), MAX(id)) FROM permit_track"""));
        p.put(
                "warehouse",
                one(
                        db,
                        "SELECT w.id FROM warehouse w JOIN unit u ON u.id = w.unit_id WHERE u.code = 'WC' "
                                + "ORDER BY w.id LIMIT 1"));
        p.put(
                "material",
                one(db, "SELECT MIN(material_id) FROM stock_balance WHERE warehouse_id = " + p.get("warehouse")));
        return p;
    }

    private static Object one(Connection db, String sql) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private void write(Path file) {
        StringBuilder out = new StringBuilder("group\tsamples\tp50_ms\tp95_ms\n");
        synchronized (times) {
            times.forEach((group, samples) -> {
                double[] sorted = samples.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                out.append(String.format(
                        java.util.Locale.ROOT,
                        "%s\t%d\t%.2f\t%.2f%n",
                        group,
                        sorted.length,
                        percentile(sorted, 50),
                        percentile(sorted, 95)));
            });
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
