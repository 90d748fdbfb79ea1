package org.gridworks.customer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.Time;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSource;
import org.gridworks.platform.watch.Watched;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectManagers;

/**
 * A customer's low rating (any aspect at or below {@link CustomerRating#LOW}) is red, like a missed limit: the
 * alert ladder for red adds the supervisors of the project's unit and the unit above to its manager. A rating cannot
 * be put right, only answered, so it stays red for {@link #RED_FOR} after it was given (one warning, then the daily
 * reminders of that week) and then drops off the lists.
 */
@Stateless
public class RatingWatch implements WatchSource {

    static final Duration RED_FOR = Duration.ofDays(7);

    private static final String LOW = " FROM CustomerRating r, ConnectionProject p WHERE r.projectId = p.id"
            + " AND r.ratedAt >= :since AND (r.speed <= :low OR r.clarity <= :low OR r.staff <= :low)";

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonDirectory people;

    @Override
    public SubjectType type() {
        return SubjectType.RATING;
    }

    @Override
    public List<Watched> watched() {
        ProjectManagers managers = new ProjectManagers(people);
        List<Watched> all = new ArrayList<>();
        for (Object[] row : bind(em.createQuery("SELECT r, p" + LOW + " ORDER BY r.id", Object[].class))
                .getResultList()) {
            CustomerRating r = (CustomerRating) row[0];
            ConnectionProject p = (ConnectionProject) row[1];
            all.add(new Watched(
                    SubjectType.RATING,
                    r.getId(),
                    p.getId(),
                    p.getUnit().getId(),
                    Colour.RED,
                    p.getNumber(),
                    "alert.rating",
                    List.of(
                            p.getNumber(),
                            String.valueOf(r.getSpeed()),
                            String.valueOf(r.getClarity()),
                            String.valueOf(r.getStaff())),
                    managers.of(p)));
        }
        return all;
    }

    @Override
    public Map<Long, Counts> countByUnit(Collection<Long> units) {
        Map<Long, Counts> counts = new HashMap<>();
        if (units != null && units.isEmpty()) {
            return counts;
        }
        TypedQuery<Object[]> query = bind(em.createQuery(
                "SELECT p.unit.id, COUNT(r)" + LOW + (units == null ? "" : " AND p.unit.id IN :units")
                        + " GROUP BY p.unit.id",
                Object[].class));
        if (units != null) {
            query.setParameter("units", units);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], Counts.NONE.plus(Colour.RED, ((Number) row[1]).longValue()));
        }
        return counts;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query) {
        LocalDateTime since = Time.now().minus(RED_FOR);
        return query.setParameter("since", since).setParameter("low", CustomerRating.LOW);
    }

    @Override
    public String page(long subjectId, Long projectId) {
        return projectId == null ? "/reports/evaluation.xhtml" : "/projects/project.xhtml?id=" + projectId;
    }
}
