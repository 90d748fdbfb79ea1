package org.gridworks.platform.api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridworks.testing.TestDatabase;

/**
 * What a refused write must not change: the rows of the main tables, the versions of the records people edit
 * (an update raises them) and the stock totals. Audit rows and warnings are left out: refusals may write those.
 */
final class DataSnapshot {

    private static final String[] QUERIES = {
        "SELECT COUNT(*) FROM connection_project", "SELECT COALESCE(SUM(version), 0) FROM connection_project",
        "SELECT COUNT(*) FROM project_step", "SELECT COUNT(*) FROM step_pause",
        "SELECT COUNT(*) FROM material_request", "SELECT COALESCE(SUM(version), 0) FROM material_request",
        "SELECT COUNT(*) FROM material_request_line", "SELECT COUNT(*) FROM material_delivery",
        "SELECT COUNT(*) FROM permit_track", "SELECT COALESCE(SUM(version), 0) FROM permit_track",
        "SELECT COUNT(*) FROM permit_document", "SELECT COUNT(*) FROM milestone_plan",
        "SELECT COALESCE(SUM(version), 0) FROM milestone_plan", "SELECT COUNT(*) FROM milestone",
        "SELECT COUNT(*) FROM stock_posting", "SELECT COUNT(*) FROM stock_movement",
        "SELECT COUNT(*) FROM stock_transfer", "SELECT COUNT(*) FROM reserve_level",
        "SELECT COALESCE(SUM(on_hand), 0) FROM stock_balance", "SELECT COALESCE(SUM(reserved), 0) FROM stock_balance",
        "SELECT COALESCE(SUM(in_transit), 0) FROM stock_balance", "SELECT COUNT(*) FROM material",
        "SELECT COALESCE(SUM(version), 0) FROM material", "SELECT COUNT(*) FROM app_user",
        "SELECT COALESCE(SUM(version), 0) FROM app_user", "SELECT COUNT(*) FROM calendar_day",
    };

    private DataSnapshot() {}

    static Map<String, Long> take() throws SQLException {
        Map<String, Long> figures = new LinkedHashMap<>();
        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement()) {
            for (String query : QUERIES) {
                try (ResultSet row = sql.executeQuery(query)) {
                    row.next();
                    figures.put(query.substring("SELECT ".length()), row.getLong(1));
                }
            }
        }
        return figures;
    }
}
