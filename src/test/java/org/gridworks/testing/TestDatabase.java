package org.gridworks.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The run's own database, as the Payara under test uses it (failsafe gives both the same DB_URL): for tests that
 * check what only the database can show, such as a ledger adding up to its balances. Fails loudly without it.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static Connection connect() {
        String url = System.getenv("DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("DB_URL is not set: run the integration tests through Maven (failsafe)");
        }
        try {
            return DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test database " + url, e);
        }
    }
}
