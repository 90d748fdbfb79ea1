package org.gridworks.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means the database cannot be reached (down, restarting, the pool unable to open a
 * connection), as opposed to a fault of the request or of GridWorks. Such a failure is answered 503 with
 * Retry-After: the caller did nothing wrong and may try again shortly, and a load balancer knows to wait.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait; /health/ready is back within a fraction of a second after the database. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {}

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception (MySQL's communications link failure too)
            }
            // the application server's pool, named rather than imported: it is no compile-time dependency
            String type = cause.getClass().getName();
            if (type.endsWith("ResourceAllocationException")
                    || type.endsWith("PoolingException")
                    || type.endsWith("CommunicationsException")) {
                return true;
            }
            if (cause instanceof SQLException
                    && String.valueOf(cause.getMessage()).startsWith("Error in allocating a connection")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
