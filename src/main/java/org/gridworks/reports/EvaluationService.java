package org.gridworks.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.permits.DecidedPermits;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.projects.ProjectStatus;
import org.gridworks.requests.RequestStatus;

/**
 * The evaluation of a period. Applications are counted in the period they were connected (their last step
 * closed); one is compliant (达标) when every one of its clocks (the whole or handling time and each step) kept
 * its limit, so a project that missed a single step is not. The counts and averages are aggregated in the
 * database; only the 90th percentile reads the handling times themselves (one number per application).
 * Supervisors and administrators evaluate any unit; everyone else their own.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class EvaluationService {

    /** The projects of the period (and unit) as a JPQL condition over p (ConnectionProject) and m (main clock). */
    private static final String CLOSED = " FROM ConnectionProject p, ClockResult m WHERE m.projectId = p.id"
            + " AND m.main = TRUE AND p.status = :connected AND p.connectedOn BETWEEN :from AND :to";
    /**
     * Narrows CLOSED to the compliant projects. Compliant ones are counted by a second grouped query rather than
     * by SUM(CASE ... THEN 1 ELSE 0 END): EclipseLink binds those literals, and H2 refuses to sum parameters.
     */
    private static final String COMPLIANT =
            " AND NOT EXISTS (SELECT r FROM ClockResult r" + " WHERE r.projectId = p.id AND r.met = FALSE)";

    @PersistenceContext
    EntityManager em;

    @Inject
    DecidedPermits decidedPermits;

    @Inject
    CurrentCaller callers;

    @Inject
    CalendarService calendars;

    /** The unit a caller may evaluate: any for supervisors (null: all), otherwise their own. */
    public String scope(String unit) {
        Caller caller = callers.require();
        boolean everyUnit = caller.seesEveryUnit();
        if (everyUnit) {
            return unit == null || unit.isBlank() ? null : unit.trim().toUpperCase(Locale.ROOT);
        }
        if (unit != null && !unit.isBlank() && !unit.trim().equalsIgnoreCase(caller.unit())) {
            throw BusinessException.forbidden();
        }
        return caller.unit();
    }

    public Evaluation evaluate(Period period, String unitCode, Locale locale) {
        String unit = scope(unitCode);
        List<Evaluation.Group> byCategory = groups("p.category", period, unit);
        List<Evaluation.Group> byUnit = groups("p.unit.code", period, unit);
        Evaluation.Group total = groups(null, period, unit).stream()
                .findFirst()
                .orElse(new Evaluation.Group("", 0, 0, null, null, null, null));
        return new Evaluation(
                period,
                unit,
                total,
                byCategory,
                byUnit,
                steps(period, unit),
                trend(period, unit),
                deliveries(period, unit),
                permits(period, unit, locale),
                milestones(period, unit, locale));
    }

    /**
     * The compliance of every unit the caller may see and its monthly trend, without the rest of the evaluation
     * (the supervisor's dashboard shows only these, on every visit).
     */
    public ComplianceOverview overview(Period period) {
        String unit = scope(null);
        return new ComplianceOverview(period, groups("p.unit.code", period, unit), trend(period, unit));
    }

    /**
     * The period's accepted applications against the documents rule and the on-site reply, each figure its own
     * COUNT (no SUM(CASE ...): H2 refuses to sum EclipseLink's bound literals).
     */
    public ApplicationFigures applications(Period period, String unitCode) {
        String unit = scope(unitCode);
        String accepted = " FROM ConnectionProject p WHERE p.acceptedOn BETWEEN :from AND :to" + unitFilter(unit);
        String eligible = " AND p.simpleScheme = TRUE AND p.voltageKv IN (:ten, :twenty) AND p.capacityKw < :limit";
        return new ApplicationFigures(
                countAccepted("SELECT COUNT(p)" + accepted + " AND p.residential = FALSE", period, unit, false),
                countAccepted("SELECT COUNT(p)" + accepted + " AND p.documentsFlagged = TRUE", period, unit, false),
                countAccepted("SELECT COUNT(p)" + accepted + eligible, period, unit, true),
                countAccepted(
                        "SELECT COUNT(p)" + accepted + eligible + " AND p.onsiteReply IS NOT NULL",
                        period,
                        unit,
                        true));
    }

    private long countAccepted(String jpql, Period period, String unit, boolean eligible) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class)
                .setParameter("from", period.from())
                .setParameter("to", period.to());
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        if (eligible) {
            query.setParameter("ten", new java.math.BigDecimal("10.0"))
                    .setParameter("twenty", new java.math.BigDecimal("20.0"))
                    .setParameter("limit", new java.math.BigDecimal("500"));
        }
        return query.getSingleResult();
    }

    /** Closed, compliant and handling time, grouped by the JPQL path given (null: one total). */
    private List<Evaluation.Group> groups(String by, Period period, String unit) {
        String key = by == null ? "''" : by;
        String grouping = by == null ? "" : " GROUP BY " + by + " ORDER BY " + by;
        String select = "SELECT " + key + ", COUNT(p), AVG(m.usedDays), AVG(m.limitDays)" + CLOSED + unitFilter(unit)
                + grouping;
        List<Object[]> rows =
                bind(em.createQuery(select, Object[].class), period, unit).getResultList();
        Map<String, Long> compliantBy =
                counts("SELECT " + key + ", COUNT(p)" + CLOSED + COMPLIANT + unitFilter(unit) + grouping, period, unit);
        Map<String, List<Integer>> times = handlingTimes(by, period, unit);
        List<Evaluation.Group> groups = new ArrayList<>();
        for (Object[] row : rows) {
            long closed = ((Number) row[1]).longValue();
            if (closed == 0) {
                continue;
            }
            String group = String.valueOf(row[0]);
            long compliant = compliantBy.getOrDefault(group, 0L);
            groups.add(new Evaluation.Group(
                    group,
                    closed,
                    compliant,
                    Figures.rate(compliant, closed),
                    Figures.round1(row[2] == null ? null : ((Number) row[2]).doubleValue()),
                    Figures.percentile(times.getOrDefault(group, List.of()), 90),
                    Figures.round1(row[3] == null ? null : ((Number) row[3]).doubleValue())));
        }
        return groups;
    }

    /** A grouped count as a map from the group's key (the first column, as text) to the count (the last). */
    private Map<String, Long> counts(String select, Period period, String unit) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row :
                bind(em.createQuery(select, Object[].class), period, unit).getResultList()) {
            StringBuilder key = new StringBuilder(String.valueOf(row[0]));
            for (int i = 1; i < row.length - 1; i++) {
                key.append('-').append(row[i]);
            }
            counts.put(key.toString(), ((Number) row[row.length - 1]).longValue());
        }
        return counts;
    }

    private Map<String, List<Integer>> handlingTimes(String by, Period period, String unit) {
        Map<String, List<Integer>> times = new HashMap<>();
        String select = "SELECT " + (by == null ? "''" : by) + ", m.usedDays" + CLOSED + unitFilter(unit)
                + " ORDER BY m.usedDays";
        for (Object[] row :
                bind(em.createQuery(select, Object[].class), period, unit).getResultList()) {
            times.computeIfAbsent(String.valueOf(row[0]), k -> new ArrayList<>())
                    .add(((Number) row[1]).intValue());
        }
        return times;
    }

    private List<Evaluation.StepRate> steps(Period period, String unit) {
        String from = " FROM ConnectionProject p, ClockResult r WHERE r.projectId = p.id AND r.main = FALSE"
                + " AND p.status = :connected AND p.connectedOn BETWEEN :from AND :to" + unitFilter(unit);
        Map<String, Long> metBy =
                counts("SELECT r.scope, COUNT(r)" + from + " AND r.met = TRUE GROUP BY r.scope", period, unit);
        List<Evaluation.StepRate> steps = new ArrayList<>();
        for (Object[] row : bind(
                        em.createQuery(
                                "SELECT r.scope, COUNT(r), AVG(r.usedDays), AVG(r.limitDays)" + from
                                        + " GROUP BY r.scope",
                                Object[].class),
                        period,
                        unit)
                .getResultList()) {
            long closed = ((Number) row[1]).longValue();
            long met = metBy.getOrDefault(String.valueOf(row[0]), 0L);
            steps.add(new Evaluation.StepRate(
                    String.valueOf(row[0]),
                    closed,
                    met,
                    Figures.rate(met, closed),
                    Figures.round1(row[2] == null ? null : ((Number) row[2]).doubleValue()),
                    Figures.round1(row[3] == null ? null : ((Number) row[3]).doubleValue())));
        }
        List<String> order =
                List.of("ACCEPTANCE", "PLAN_REPLY", "COMPLETION_INSPECTION", "CONNECTION", "COMPLETION_AND_CONNECTION");
        steps.sort(java.util.Comparator.comparingInt(s -> order.indexOf(s.step())));
        return steps;
    }

    private List<Evaluation.MonthPoint> trend(Period period, String unit) {
        String select = "SELECT FUNCTION('YEAR', p.connectedOn), FUNCTION('MONTH', p.connectedOn), COUNT(p)" + CLOSED
                + "%s" + unitFilter(unit)
                + " GROUP BY FUNCTION('YEAR', p.connectedOn), FUNCTION('MONTH', p.connectedOn)";
        Map<String, Long> closedBy = counts(select.formatted(""), period, unit);
        Map<String, Long> compliantBy = counts(select.formatted(COMPLIANT), period, unit);
        Map<String, Evaluation.MonthPoint> months = new LinkedHashMap<>();
        for (LocalDate m = period.from().withDayOfMonth(1); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            String key = m.getYear() + "-" + String.format("%02d", m.getMonthValue());
            long closed = closedBy.getOrDefault(m.getYear() + "-" + m.getMonthValue(), 0L);
            long compliant = compliantBy.getOrDefault(m.getYear() + "-" + m.getMonthValue(), 0L);
            months.put(key, new Evaluation.MonthPoint(key, closed, compliant, Figures.rate(compliant, closed)));
        }
        return new ArrayList<>(months.values());
    }

    // The figures below read only the columns they count (no entities; decided permits through DecidedPermits): at
    // city scale a year holds thousands of requests, permit tracks and milestones, and loading them as entities with
    // their relations made the evaluation the slowest page of the load test (issue 19).

    private Evaluation.DeliveryFigures deliveries(Period period, String unit) {
        WorkingDayCalendar calendar = calendars.calendar();
        List<Object[]> done = withUnit(
                        em.createQuery(
                                        "SELECT r.deliveredAt, r.dueOn FROM MaterialRequest r"
                                                + " WHERE r.status = :delivered AND r.deliveredAt >= :from"
                                                + " AND r.deliveredAt < :to"
                                                + (unit == null ? "" : " AND r.project.unit.code = :unit"),
                                        Object[].class)
                                .setParameter("delivered", RequestStatus.DELIVERED)
                                .setParameter("from", period.from().atStartOfDay())
                                .setParameter("to", period.to().plusDays(1).atStartOfDay()),
                        unit)
                .getResultList();
        long onTime = 0;
        List<Integer> lateness = new ArrayList<>();
        for (Object[] row : done) {
            LocalDate on = ((LocalDateTime) row[0]).toLocalDate();
            LocalDate due = (LocalDate) row[1];
            if (!on.isAfter(due)) {
                onTime++;
            } else {
                lateness.add(Math.max(1, calendar.workingDaysBetween(due, on).workingDays()));
            }
        }
        return new Evaluation.DeliveryFigures(
                done.size(),
                onTime,
                Figures.rate(onTime, done.size()),
                Figures.round1(
                        lateness.isEmpty()
                                ? null
                                : lateness.stream().mapToInt(i -> i).average().orElse(0)));
    }

    private List<Evaluation.PermitFigure> permits(Period period, String unit, Locale locale) {
        Map<String, List<DecidedPermits.Decided>> byType = new LinkedHashMap<>();
        for (DecidedPermits.Decided t : decidedPermits.between(period.from(), period.to(), unit)) {
            byType.computeIfAbsent(t.typeCode() + "\u0000" + t.authority(), k -> new ArrayList<>())
                    .add(t);
        }
        List<Evaluation.PermitFigure> figures = new ArrayList<>();
        for (List<DecidedPermits.Decided> tracks : byType.values()) {
            DecidedPermits.Decided first = tracks.get(0);
            figures.add(new Evaluation.PermitFigure(
                    first.typeCode(),
                    first.typeName(locale),
                    first.authority(locale),
                    tracks.size(),
                    Figures.round1(tracks.stream()
                            .mapToInt(DecidedPermits.Decided::used)
                            .average()
                            .orElse(0)),
                    tracks.stream().filter(t -> t.used() > t.limit()).count()));
        }
        return figures;
    }

    private List<Evaluation.MilestoneFigure> milestones(Period period, String unit, Locale locale) {
        WorkingDayCalendar calendar = calendars.calendar();
        List<Object[]> reached = withUnit(
                        em.createQuery(
                                        "SELECT m.code, m.nameZh, m.nameEn, m.baseline, m.actual FROM Milestone m"
                                                + " WHERE m.actual BETWEEN :from AND :to AND m.baseline IS NOT NULL"
                                                + (unit == null ? "" : " AND m.plan.project.unit.code = :unit")
                                                + " ORDER BY m.position, m.id",
                                        Object[].class)
                                .setParameter("from", period.from())
                                .setParameter("to", period.to()),
                        unit)
                .getResultList();
        Map<String, List<Object[]>> byCode = new LinkedHashMap<>();
        reached.forEach(m ->
                byCode.computeIfAbsent((String) m[0], k -> new ArrayList<>()).add(m));
        List<Evaluation.MilestoneFigure> figures = new ArrayList<>();
        for (List<Object[]> list : byCode.values()) {
            List<Integer> slips = list.stream()
                    .map(m -> calendar.workingDaysBetween((LocalDate) m[3], (LocalDate) m[4])
                            .workingDays())
                    .toList();
            Object[] first = list.get(0);
            figures.add(new Evaluation.MilestoneFigure(
                    (String) first[0],
                    Languages.pick(locale, (String) first[1], (String) first[2]),
                    list.size(),
                    Figures.round1(slips.stream().mapToInt(i -> i).average().orElse(0)),
                    slips.stream().filter(x -> x > 0).count()));
        }
        return figures;
    }

    private static String unitFilter(String unit) {
        return unit == null ? "" : " AND p.unit.code = :unit";
    }

    private static <T> TypedQuery<T> withUnit(TypedQuery<T> query, String unit) {
        return unit == null ? query : query.setParameter("unit", unit);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Period period, String unit) {
        query.setParameter("connected", ProjectStatus.CONNECTED)
                .setParameter("from", period.from())
                .setParameter("to", period.to());
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        return query;
    }
}
