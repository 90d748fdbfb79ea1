package org.gridworks.projects;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, writes the final clocks of connected projects that have none yet (projects connected before the
 * reports existed, and demo projects made before they had an id), so the reports count every one of them.
 */
@Startup
@Singleton
@DependsOn("DemoProjects")
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class ClockResultsBackfill {

    private static final Logger LOG = Logger.getLogger(ClockResultsBackfill.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectClocks clocks;

    @PostConstruct
    void backfill() {
        long lastId = 0;
        int written = 0;
        while (true) {
            // in batches by id, so a project that cannot be computed is passed over rather than retried forever
            List<Long> missing = em.createQuery("SELECT p.id FROM ConnectionProject p WHERE p.status = :c"
                            + " AND p.id > :after AND NOT EXISTS (SELECT r FROM ClockResult r WHERE r.projectId = p.id)"
                            + " ORDER BY p.id", Long.class)
                    .setParameter("c", ProjectStatus.CONNECTED).setParameter("after", lastId).setMaxResults(1000)
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
