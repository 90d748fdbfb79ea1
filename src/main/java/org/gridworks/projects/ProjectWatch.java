package org.gridworks.projects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSource;
import org.gridworks.platform.watch.Watched;

/**
 * Open projects whose legal clock is yellow or red. The colour is the stored clock summary (refreshed hourly and on
 * every change, see ClockRefresh), so the rule is a plain column here and counts are one GROUP BY.
 */
@Stateless
public class ProjectWatch implements WatchSource {

    private static final List<ClockStatus> WATCHED = List.of(ClockStatus.YELLOW, ClockStatus.RED);

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonDirectory people;

    @Override
    public SubjectType type() {
        return SubjectType.PROJECT;
    }

    @Override
    public List<Watched> watched() {
        ProjectManagers managers = new ProjectManagers(people);
        List<Watched> all = new ArrayList<>();
        for (ConnectionProject p : em.createQuery(
                        "SELECT p FROM ConnectionProject p WHERE p.status = :open" + " AND p.clockStatus IN :colours",
                        ConnectionProject.class)
                .setParameter("open", ProjectStatus.OPEN)
                .setParameter("colours", WATCHED)
                .getResultList()) {
            List<Long> responsible = managers.of(p);
            all.add(new Watched(
                    SubjectType.PROJECT,
                    p.getId(),
                    p.getId(),
                    p.getUnit().getId(),
                    p.getClockStatus().warning(),
                    p.getNumber(),
                    "alert.project",
                    List.of(
                            p.getNumber(),
                            p.getCustomerName(),
                            String.valueOf(p.getClockUsed()),
                            String.valueOf(p.getClockLimit()),
                            String.valueOf(p.getClockDue())),
                    responsible));
        }
        return all;
    }

    @Override
    public Map<Long, Counts> countByUnit(Collection<Long> units) {
        Map<Long, Counts> counts = new HashMap<>();
        var query = em.createQuery(
                        "SELECT p.unit.id, p.clockStatus, COUNT(p) FROM ConnectionProject p"
                                + " WHERE p.status = :open AND p.clockStatus IN :colours"
                                + (units == null ? "" : " AND p.unit.id IN :units")
                                + " GROUP BY p.unit.id, p.clockStatus",
                        Object[].class)
                .setParameter("open", ProjectStatus.OPEN)
                .setParameter("colours", WATCHED);
        if (units != null) {
            if (units.isEmpty()) {
                return counts;
            }
            query.setParameter("units", units);
        }
        for (Object[] row : query.getResultList()) {
            counts.merge(
                    (Long) row[0], Counts.NONE.plus(((ClockStatus) row[1]).warning(), (Long) row[2]), Counts::plus);
        }
        return counts;
    }

    @Override
    public String page(long subjectId, Long projectId) {
        return "/projects/project.xhtml?id=" + subjectId;
    }
}
