package org.gridworks.projects;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Clock colours change with the date, not only with what people do: every hour the stored summary of each
 * open project is recomputed, each in its own transaction, so lists and filters by colour stay true. Timer
 * callbacks do not overlap on a singleton. (With several servers each runs it; the result is the same, only the work is repeated.)
 */
@Singleton
public class ClockRefresh {

    private static final Logger LOG = Logger.getLogger(ClockRefresh.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectClocks clocks;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void everyHour() {
        List<Long> open = em.createQuery("SELECT p.id FROM ConnectionProject p WHERE p.status = :open", Long.class)
                .setParameter("open", ProjectStatus.OPEN).getResultList();
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
