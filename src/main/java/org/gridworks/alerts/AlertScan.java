package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.logging.Logger;
import org.gridworks.platform.cluster.JobLease;

/**
 * The scan as the timer and administrators start it: under the database lease, so with several servers one scans at
 * a time and each warning is raised once; then the outbox is worked off.
 */
@Stateless
public class AlertScan {

    private static final Logger LOG = Logger.getLogger(AlertScan.class.getName());
    static final String JOB = "alert-scan";
    /** Longer than any scan; a server that dies mid-scan holds it no longer than this. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    JobLease lock;

    @Inject
    AlertRaiser raiser;

    @Inject
    OutboxSender sender;

    /** Runs a scan; empty when another server (or run) holds the lock. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalInt run() {
        String owner = UUID.randomUUID().toString();
        if (!lock.acquire(JOB, owner, LEASE)) {
            return OptionalInt.empty();
        }
        int raised;
        try {
            raised = raiser.raise();
        } finally {
            lock.release(JOB, owner);
        }
        if (raised > 0) {
            LOG.info(() -> "Alert scan raised " + raised + " warnings");
            sender.sendDue();
        }
        return OptionalInt.of(raised);
    }
}
