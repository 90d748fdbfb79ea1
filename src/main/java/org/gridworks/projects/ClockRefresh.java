package org.gridworks.projects;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridworks.platform.cluster.JobLease;

/**
 * Clock colours change with the date, not only with what people do: every hour the stored summary of each
 * open project is recomputed, each in its own transaction, so lists and filters by colour stay true. Timer
 * callbacks do not overlap on a singleton. Every server has the timer; the first to take the hour's lease does the
 * work and keeps the lease for the rest of the hour (not released when done), so a server whose clock or timer is a
 * little late finds it taken and the refresh runs once per hour in the cluster. A server that dies mid-refresh
 * leaves a lease that lapses before the next hour's turn.
 */
@Singleton
public class ClockRefresh {

    private static final Logger LOG = Logger.getLogger(ClockRefresh.class.getName());

    static final String JOB = "clock-refresh";
    /** Most of the hour: long enough to cover every server's turn, short enough to lapse before the next one. */
    static final Duration LEASE = Duration.ofMinutes(50);

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectClocks clocks;

    @Inject
    JobLease lease;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyHour() {
        if (!lease.acquire(JOB, UUID.randomUUID().toString(), LEASE)) {
            LOG.fine("Clock summaries: another server refreshes them this hour");
            return;
        }
        refreshOpenProjects();
    }

    void refreshOpenProjects() {
        List<Long> open = em.createQuery("SELECT p.id FROM ConnectionProject p WHERE p.status = :open", Long.class)
                .setParameter("open", ProjectStatus.OPEN)
                .getResultList();
        int failed = 0;
        for (Long id : open) {
            try {
                clocks.refreshStored(id);
            } catch (RuntimeException e) {
                failed++; // one project's trouble (say, no policy) must not stop the others
                LOG.log(Level.WARNING, "Could not refresh the clocks of project " + id, e);
            }
        }
        int problems = failed;
        LOG.fine(() -> "Clock summaries refreshed: " + open.size() + " open projects, " + problems + " failed");
    }
}
