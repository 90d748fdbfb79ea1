package org.gridworks.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrations in sql/ run unchanged on H2 in MySQL mode, the embedded default, with the H2 version Payara
 * Micro ships. (They run on MariaDB in every integration test.)
 */
class MigrationsOnH2Test {

    @Test
    void allMigrationsApplyOnTheEmbeddedDatabase() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(
                "jdbc:h2:mem:migrations" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("gridworks");
        h2.setPassword("gridworks");

        MigrateResult result = Flyway.configure()
                .dataSource(h2)
                .locations("filesystem:sql")
                .load()
                .migrate();

        assertTrue(result.success);
        assertTrue(result.migrationsExecuted > 0);
        try (Connection connection = h2.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "app_setting", null)) {
            assertTrue(tables.next(), "app_setting exists");
        }
        try (Connection connection = h2.getConnection();
                ResultSet jobs = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT GROUP_CONCAT(name ORDER BY name) FROM job_lock WHERE locked_until < NOW()")) {
            jobs.next();
            assertEquals(
                    "alert-scan,clock-backfill,clock-refresh",
                    jobs.getString(1),
                    "every job that runs once per cluster has its lease row, free at the start");
        }
        assertEquals(
                0,
                Flyway.configure()
                        .dataSource(h2)
                        .locations("filesystem:sql")
                        .load()
                        .migrate()
                        .migrationsExecuted,
                "a second start applies nothing");
    }
}
