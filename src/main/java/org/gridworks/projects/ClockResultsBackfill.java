package org.gridworks.projects;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.gridworks.platform.cluster.JobLease;

/**
 * At start-up, writes the final clocks of connected projects that have none yet (projects connected before the
 * reports existed, and demo projects made before they had an id), so the reports count every one of them.
 * With several servers starting together one of them does it, under a lease; the others start without waiting
 * (the primary key of the results would refuse a second copy anyway, with a warning per project).
 */
@Startup
@Singleton
@DependsOn("DemoProjects")
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class ClockResultsBackfill {

    private static final Logger LOG = Logger.getLogger(ClockResultsBackfill.class.getName());

    static final String JOB = "clock-backfill";
    /** Lapses by itself if the server dies while writing; a later start finishes what is left. */
    static final Duration LEASE = Duration.ofMinutes(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLease lease;

    @Inject
    ProjectClocks clocks;

    @PostConstruct
    void start() {
        String owner = UUID.randomUUID().toString();
        if (!lease.acquire(JOB, owner, LEASE)) {
            LOG.info("Final clocks: another server is writing them");
            return;
        }
        try {
            backfill();
        } finally {
            lease.release(JOB, owner);
        }
    }

    void backfill() {
        long lastId = 0;
        int written = 0;
        while (true) {
            // in batches by id, so a project that cannot be computed is passed over rather than retried forever
            List<Long> missing = em.createQuery(
                            "SELECT p.id FROM ConnectionProject p WHERE p.status = :c"
                                    + " AND p.id > :after AND NOT EXISTS (SELECT r FROM ClockResult r WHERE r.projectId = p.id)"
                                    + " ORDER BY p.id",
                            Long.class)
                    .setParameter("c", ProjectStatus.CONNECTED)
                    .setParameter("after", lastId)
                    .setMaxResults(1000)
                    .getResultList();
            if (missing.isEmpty()) {
                break;
            }
            for (Long id : missing) {
                try {
                    clocks.refreshAlone(id);
                    written++;
                } catch (RuntimeException e) {
                    // e.g. no policy for its category any more: the reports leave it out, the start goes on
                    LOG.warning(() -> "No final clocks for project " + id + ": " + e);
                }
            }
            lastId = missing.get(missing.size() - 1);
        }
        int count = written;
        if (count > 0) {
            LOG.info(() -> "Final clocks written for " + count + " connected projects");
        }
    }
}
