package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.logging.Logger;

/** The scan as the timer and administrators start it: under the database lock, then the outbox is worked off. */
@Stateless
public class AlertScan {

    private static final Logger LOG = Logger.getLogger(AlertScan.class.getName());

    @Inject
    ScanLock lock;

    @Inject
    AlertRaiser raiser;

    @Inject
    OutboxSender sender;

    /** Runs a scan; empty when another server (or run) holds the lock. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalInt run() {
        String owner = UUID.randomUUID().toString();
        if (!lock.acquire(owner)) {
            return OptionalInt.empty();
        }
        int raised;
        try {
            raised = raiser.raise();
        } finally {
            lock.release(owner);
        }
        if (raised > 0) {
            LOG.info(() -> "Alert scan raised " + raised + " warnings");
            sender.sendDue();
        }
        return OptionalInt.of(raised);
    }
}
