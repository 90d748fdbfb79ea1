package org.gridworks.load;

import java.time.Duration;

/**
 * What a run is told by payara/bench/load.sh through the environment: the server, the database the city is in
 * (read directly for the work the users pick and for the SQL floors), how many users for how long, and how long
 * they think between clicks.
 */
final class Settings {

    /** The demo password every demo and seeded user signs in with (FirstAccounts, seed/city/users.sql). */
    static final String PASSWORD = "gridworks2026";

    static final String BASE_URL = "http://127.0.0.1:" + env("PORT", "8192");
    static final int USERS = Integer.parseInt(env("USERS", "20"));
    static final Duration DURATION = Duration.ofSeconds(Long.parseLong(env("DURATION", "600")));
    /** Think time between a person's clicks is multiplied by this: 0 sends every request at once after the last. */
    static final double THINK = Double.parseDouble(env("THINK", "1"));

    static final String DB_URL = "jdbc:mysql://" + env("DB_HOST", "127.0.0.1:3306") + "/" + env("CITY_DB", "gw_it_city")
            + "?characterEncoding=UTF-8&connectionTimeZone=Asia/Shanghai";
    static final String DB_USER = env("DB_USER", "gridworks_it");
    static final String DB_PASSWORD = env("DB_PASSWORD", "gridworks_it");
    /** Where the SQL floors measured during the run are written for the report (FloorReport). */
    static final String FLOOR_FILE = env("FLOOR_FILE", "target/gatling/sql-floor.tsv");

    private Settings() {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A think time of {@code seconds}, scaled by THINK. */
    static Duration think(double seconds) {
        return Duration.ofMillis(Math.round(seconds * THINK * 1000));
    }
}
