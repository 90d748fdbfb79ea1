package org.gridworks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people and the work the virtual users take, read from the city's database before the run: the users of each
 * role, taken in turn over the units (a demo user first, then the seeded ones; the demo users' units first, Wucheng
 * and for supervisors the city company) so that two users of a role work in different units as long as there are
 * units to go round; the projects each unit's managers and clerks work on,
 * handed out in turn so two users of one unit rarely open the same record; materials to post.
 */
final class Pools {

    /** What a person types into the stock search, as the keyup requests a phone sends while typing it. */
    static final List<List<String>> TYPING = List.of(
            List.of("YJ", "YJV2", "YJV22"),
            List.of("电", "电缆"),
            List.of("变压", "变压器"),
            List.of("环网", "环网柜"),
            List.of("电能", "电能表"));

    private final Map<String, List<Map<String, Object>>> people = new HashMap<>();
    private final Map<String, AtomicInteger> handedOut = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<Long>> plans = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedDeque<Long>> permits = new ConcurrentHashMap<>();
    private final List<String> materials = new ArrayList<>();

    static Pools read() {
        Pools pools = new Pools();
        try (Connection db = DriverManager.getConnection(Settings.DB_URL, Settings.DB_USER, Settings.DB_PASSWORD)) {
            for (String role : List.of("WAREHOUSE", "PROJECT_MANAGER", "PERMIT_CLERK", "SUPERVISOR")) {
                pools.people.put(role, rows(db, """
                        SELECT login, unit FROM (
                            SELECT a.login, u.code unit, ROW_NUMBER() OVER (PARTITION BY u.code
                                ORDER BY a.login REGEXP '^[a-z]+-[a-z]+-[0-9]+$', a.login) k
                            FROM app_user a JOIN user_role r ON r.user_id = a.id JOIN unit u ON u.id = a.unit_id
                            WHERE r.role = ? AND a.enabled = 1) x
                        ORDER BY k, CASE unit WHEN ? THEN 0 WHEN 'JH' THEN 2 ELSE 1 END, unit""", role, role.equals("SUPERVISOR") ? "JH" : "WC"));
            }
            // work with supporting works to plan: open projects with an approved plan, newest first
            for (Map<String, Object> row : rows(db, """
                    SELECT u.code unit, p.id FROM connection_project p JOIN unit u ON u.id = p.unit_id
                    JOIN milestone_plan pl ON pl.project_id = p.id
                    WHERE p.status = 'OPEN' AND pl.status = 'APPROVED' ORDER BY p.id DESC""")) {
                pools.plans
                        .computeIfAbsent((String) row.get("unit"), k -> new ConcurrentLinkedDeque<>())
                        .add(((Number) row.get("id")).longValue());
            }
            // projects with permits to decide first, then those with permits still to submit
            for (Map<String, Object> row : rows(db, """
                    SELECT u.code unit, t.project_id id,
                           MIN(FIELD(t.status, 'SUBMITTED', 'SUPPLEMENT_REQUESTED', 'PREPARED')) priority
                    FROM permit_track t JOIN connection_project p ON p.id = t.project_id JOIN unit u ON u.id = p.unit_id
                    WHERE t.status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'PREPARED')
                    GROUP BY u.code, t.project_id ORDER BY priority, t.project_id DESC""")) {
                pools.permits
                        .computeIfAbsent((String) row.get("unit"), k -> new ConcurrentLinkedDeque<>())
                        .add(((Number) row.get("id")).longValue());
            }
            // materials some warehouse can still supply a few of: a request for what nobody has is refused
            rows(db, """
                    SELECT m.code FROM material m WHERE m.active = 1 AND EXISTS (SELECT 1 FROM stock_balance b
                        WHERE b.material_id = m.id AND b.on_hand - b.reserved >= 10) ORDER BY m.id LIMIT 500""").forEach(row -> pools.materials.add((String) row.get("code")));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the city from " + Settings.DB_URL + ": " + e.getMessage(), e);
        }
        Collections.shuffle(pools.materials, new Random(19));
        return pools;
    }

    /** The people of a role as a feeder: each virtual user takes the next one (circular). */
    java.util.Iterator<Map<String, Object>> people(String role, boolean fromTheEnd) {
        List<Map<String, Object>> list = new ArrayList<>(people.getOrDefault(role, List.of()));
        if (list.isEmpty()) {
            throw new IllegalStateException("No enabled user with the role " + role + " in the city");
        }
        if (fromTheEnd) {
            Collections.reverse(list);
        }
        AtomicInteger next = handedOut.computeIfAbsent(role + fromTheEnd, k -> new AtomicInteger());
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return list.get(Math.floorMod(next.getAndIncrement(), list.size()));
            }
        };
    }

    /** The next project of the unit with an approved milestone plan, or none. */
    Optional<Long> planOf(String unit) {
        return next(plans.get(unit));
    }

    /** The next project of the unit with a permit to decide or submit, or none. */
    Optional<Long> permitsOf(String unit) {
        return next(permits.get(unit));
    }

    String material() {
        return materials.get(ThreadLocalRandom.current().nextInt(materials.size()));
    }

    static List<String> typing() {
        return TYPING.get(ThreadLocalRandom.current().nextInt(TYPING.size()));
    }

    private static Optional<Long> next(ConcurrentLinkedDeque<Long> queue) {
        Long id = queue == null ? null : queue.pollFirst();
        if (id != null) {
            queue.addLast(id);
        }
        return Optional.ofNullable(id);
    }

    private static List<Map<String, Object>> rows(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
