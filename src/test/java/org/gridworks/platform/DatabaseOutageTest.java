package org.gridworks.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The chains a database outage arrives in (EJB over JPA over the pool over the driver), and what is no outage. */
class DatabaseOutageTest {

    @Test
    void aConnectionFailureDeepInTheChainIsAnOutage() {
        SQLException driver = new SQLException("Communications link failure", "08S01");
        assertTrue(DatabaseOutage.isCause(new EJBException(new PersistenceException(driver))));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new SQLTransientConnectionException("timeout"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(
                new SQLException("Error in allocating a connection. Cause: Connection could not be allocated"))));
    }

    @Test
    void aFaultOfTheDataOrTheCodeIsNot() {
        assertFalse(DatabaseOutage.isCause(
                new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutage.isCause(new SQLException("Data truncation", "22001")));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isCause(null));
    }
}
