package org.gridworks.projects;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Clock colours change with the date, not only with what people do: every hour the stored summary of each
 * open project is recomputed, so lists and filters by colour stay true. Timer callbacks do not overlap on a
 * singleton. (With several servers each runs it; the result is the same, only the work is repeated.)
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
        List<ConnectionProject> open = em.createQuery(
                "SELECT p FROM ConnectionProject p WHERE p.status = :open", ConnectionProject.class)
                .setParameter("open", ProjectStatus.OPEN).getResultList();
        open.forEach(clocks::refresh);
        LOG.fine(() -> "Clock summaries refreshed: " + open.size() + " open projects");
    }
}
