package org.gridworks.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.customer.CustomerRating;
import org.gridworks.platform.Roles;
import org.gridworks.projects.ProjectStatus;

/**
 * The customers' ratings in the evaluation (issue 24): per unit and category, the applications connected in the
 * period that were rated, the average stars per aspect and how many ratings were low (any aspect at or below
 * {@link CustomerRating#LOW}). Counted like the rest of the evaluation, by the period the application was connected
 * in; the low ones are counted by a second grouped query, not SUM(CASE ...), which H2 refuses (EvaluationService).
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class RatingFigures {

    private static final String RATED = " FROM CustomerRating r, ConnectionProject p WHERE r.projectId = p.id"
            + " AND p.status = :connected AND p.connectedOn BETWEEN :from AND :to";
    private static final String LOW = " AND (r.speed <= :low OR r.clarity <= :low OR r.staff <= :low)";
    private static final String GROUPING = " GROUP BY p.unit.code, p.category ORDER BY p.unit.code, p.category";

    /** One unit and category: ratings, average stars per aspect (1-5), low ratings. */
    public record Row(String unit, String category, long ratings, double speed, double clarity, double staff, long low)
            implements java.io.Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationService evaluations;

    public List<Row> of(Period period, String unitCode) {
        String unit = evaluations.scope(unitCode); // the same who-sees-what as the rest of the evaluation
        String filter = unit == null ? "" : " AND p.unit.code = :unit";
        Map<String, Long> low = new HashMap<>();
        for (Object[] row : bind(
                        em.createQuery(
                                "SELECT p.unit.code, p.category, COUNT(r)" + RATED + filter + LOW + GROUPING,
                                Object[].class),
                        period,
                        unit)
                .setParameter("low", CustomerRating.LOW)
                .getResultList()) {
            low.put(row[0] + " " + row[1], ((Number) row[2]).longValue());
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] row : bind(
                        em.createQuery(
                                "SELECT p.unit.code, p.category, COUNT(r), AVG(r.speed), AVG(r.clarity), AVG(r.staff)"
                                        + RATED + filter + GROUPING,
                                Object[].class),
                        period,
                        unit)
                .getResultList()) {
            String category = String.valueOf(row[1]);
            rows.add(new Row(
                    (String) row[0],
                    category,
                    ((Number) row[2]).longValue(),
                    round(row[3]),
                    round(row[4]),
                    round(row[5]),
                    low.getOrDefault(row[0] + " " + category, 0L)));
        }
        return rows;
    }

    private static double round(Object average) {
        return Math.round(((Number) average).doubleValue() * 10) / 10.0;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Period period, String unit) {
        query.setParameter("connected", ProjectStatus.CONNECTED)
                .setParameter("from", period.from())
                .setParameter("to", period.to());
        return unit == null ? query : query.setParameter("unit", unit);
    }
}
