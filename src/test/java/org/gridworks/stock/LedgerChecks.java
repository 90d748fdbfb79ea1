package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.testing.TestDatabase;

/** What only the database can show about the ledger, for every test that moves stock. */
public final class LedgerChecks {

    private LedgerChecks() {}

    /** In the whole database, every balance row is the sum of its ledger rows and nothing is negative. */
    public static void assertEveryBalanceEqualsItsLedger() throws SQLException {
        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement();
                ResultSet off = sql.executeQuery("SELECT b.material_id, b.warehouse_id, b.on_hand, b.reserved,"
                        + " b.in_transit, COALESCE(SUM(m.d_on_hand), 0), COALESCE(SUM(m.d_reserved), 0),"
                        + " COALESCE(SUM(m.d_in_transit), 0) FROM stock_balance b LEFT JOIN stock_movement m"
                        + " ON m.material_id = b.material_id AND m.warehouse_id = b.warehouse_id"
                        + " GROUP BY b.material_id, b.warehouse_id, b.on_hand, b.reserved, b.in_transit"
                        + " HAVING b.on_hand <> COALESCE(SUM(m.d_on_hand), 0)"
                        + " OR b.reserved <> COALESCE(SUM(m.d_reserved), 0)"
                        + " OR b.in_transit <> COALESCE(SUM(m.d_in_transit), 0)")) {
            List<String> wrong = new ArrayList<>();
            while (off.next()) {
                wrong.add(off.getLong(1) + "@" + off.getLong(2) + ": " + off.getInt(3) + "/" + off.getInt(4) + "/"
                        + off.getInt(5) + " vs ledger " + off.getInt(6) + "/" + off.getInt(7) + "/" + off.getInt(8));
            }
            assertEquals(List.of(), wrong, "balances that the ledger does not explain");
            try (ResultSet negative = sql.executeQuery("SELECT COUNT(*) FROM stock_balance WHERE on_hand < 0"
                    + " OR reserved < 0 OR in_transit < 0 OR reserved > on_hand")) {
                negative.next();
                assertEquals(0, negative.getInt(1));
            }
            try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM stock_balance")) {
                count.next();
                assertTrue(count.getInt(1) >= 600, "the demo stock is there: " + count.getInt(1));
            }
        }
    }
}
