package org.gridworks.delays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridworks.calendar.CalendarService;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.permits.DecidedPermits;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.projects.ClockStatus;
import org.gridworks.projects.ProjectStatus;
import org.gridworks.requests.RequestStatus;

/**
 * The late items of a period by unit and cause, for the evaluation: projects connected in it with a missed clock,
 * milestones reached in it after their baseline, deliveries made in it after their due day, permits decided in it
 * past their limit. Each counts under its confirmed cause, else the one proposed, else "unassigned".
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class DelayCounts {

    /** The key of late items with neither a confirmed nor a proposed cause. */
    public static final String UNASSIGNED = "UNASSIGNED";

    @PersistenceContext
    EntityManager em;

    @Inject
    DecidedPermits decidedPermits;

    @Inject
    CurrentCaller callers;

    @Inject
    CalendarService calendars;

    /** One unit's late items of one cause; confirmed: how many of them a person confirmed. */
    public record Row(String unit, String cause, long late, long confirmed) implements Serializable {}

    /** A unit's top causes, how many late items each has, and how many late items the unit has in all. */
    public record TopCause(String unit, List<String> causes, long late, long total) implements Serializable {}

    /**
     * Each unit's top causes (the half-year report asks which problems each county company has): the causes with the
     * most late items, joined when tied; "not yet known" only when nothing else is. Units in code order.
     */
    public static List<TopCause> top(List<Row> rows) {
        java.util.Map<String, List<Row>> byUnit = new java.util.TreeMap<>();
        for (Row row : rows) {
            byUnit.computeIfAbsent(row.unit(), k -> new java.util.ArrayList<>()).add(row);
        }
        List<TopCause> top = new java.util.ArrayList<>();
        byUnit.forEach((code, ofUnit) -> {
            List<Row> known =
                    ofUnit.stream().filter(r -> !UNASSIGNED.equals(r.cause())).toList();
            List<Row> candidates = known.isEmpty() ? ofUnit : known;
            long most = candidates.stream().mapToLong(Row::late).max().orElse(0);
            long all = ofUnit.stream().mapToLong(Row::late).sum();
            top.add(new TopCause(
                    code,
                    candidates.stream()
                            .filter(r -> r.late() == most)
                            .map(Row::cause)
                            .toList(),
                    most,
                    all));
        });
        return top;
    }

    /** A late item: what it is, its unit, and what is proposed for it. */
    private record Late(SubjectType type, long id, String unit, DelayCause proposed) {}

    /**
     * A late item of the period as the page of causes lists it: what it is, its project's number, its unit, the
     * cause proposed and the one confirmed (with its note and version), if any.
     */
    public record Item(
            SubjectType type,
            long id,
            String project,
            String unit,
            DelayCause proposed,
            DelayCause confirmed,
            String note,
            int version)
            implements Serializable {}

    /** Every late item of the period (from, to inclusive) of one unit or (for supervisors, unit null) all. */
    public List<Item> items(LocalDate from, LocalDate to, String unitCode) {
        String unit = scope(unitCode);
        List<Late> late = new ArrayList<>();
        projects(from, to, unit, late);
        milestones(from, to, unit, late);
        deliveries(from, to, unit, late);
        permits(from, to, unit, late);
        Map<String, DelayCauseRecord> confirmed = new HashMap<>();
        for (DelayCauseRecord c : em.createQuery("SELECT c FROM DelayCauseRecord c", DelayCauseRecord.class)
                .getResultList()) {
            confirmed.put(c.getSubjectType() + "-" + c.getSubjectId(), c);
        }
        Map<String, String> numbers = projectNumbers(late);
        List<Item> items = new ArrayList<>();
        for (Late item : late) {
            DelayCauseRecord c = confirmed.get(item.type() + "-" + item.id());
            items.add(new Item(
                    item.type(),
                    item.id(),
                    numbers.get(item.type() + "-" + item.id()),
                    item.unit(),
                    item.proposed(),
                    c == null ? null : c.getCause(),
                    c == null ? null : c.getNote(),
                    c == null ? 0 : c.getVersion()));
        }
        return items;
    }

    /** The project number of each late item, one query per kind of item. */
    private Map<String, String> projectNumbers(List<Late> late) {
        Map<String, String> numbers = new HashMap<>();
        Map<SubjectType, String> queries = Map.of(
                SubjectType.PROJECT, "SELECT p.id, p.number FROM ConnectionProject p WHERE p.id IN :ids",
                SubjectType.MILESTONE, "SELECT m.id, m.plan.project.number FROM Milestone m WHERE m.id IN :ids",
                SubjectType.DELIVERY, "SELECT r.id, r.project.number FROM MaterialRequest r WHERE r.id IN :ids",
                SubjectType.PERMIT, "SELECT t.id, t.project.number FROM PermitTrack t WHERE t.id IN :ids");
        queries.forEach((type, jpql) -> {
            List<Long> ids =
                    late.stream().filter(l -> l.type() == type).map(Late::id).toList();
            if (!ids.isEmpty()) {
                for (Object[] row : em.createQuery(jpql, Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()) {
                    numbers.put(type + "-" + row[0], (String) row[1]);
                }
            }
        });
        return numbers;
    }

    /** The counts of the period (from, to inclusive), of one unit or (for supervisors, unit null) all. */
    public List<Row> count(LocalDate from, LocalDate to, String unitCode) {
        String unit = scope(unitCode);
        List<Late> late = new ArrayList<>();
        projects(from, to, unit, late);
        milestones(from, to, unit, late);
        deliveries(from, to, unit, late);
        permits(from, to, unit, late);
        Map<String, DelayCause> confirmed = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT c.subjectType, c.subjectId, c.cause FROM DelayCauseRecord c", Object[].class)
                .getResultList()) {
            confirmed.put(row[0] + "-" + row[1], (DelayCause) row[2]);
        }
        Map<String, long[]> counts = new TreeMap<>();
        for (Late item : late) {
            DelayCause sure = confirmed.get(item.type() + "-" + item.id());
            DelayCause cause = sure != null ? sure : item.proposed();
            long[] n = counts.computeIfAbsent(
                    item.unit() + "\u0000" + (cause == null ? "~" + UNASSIGNED : cause.ordinal()), k -> new long[2]);
            n[0]++;
            if (sure != null) {
                n[1]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("\u0000");
            String cause =
                    parts[1].startsWith("~") ? UNASSIGNED : DelayCause.values()[Integer.parseInt(parts[1])].name();
            rows.add(new Row(parts[0], cause, n[0], n[1]));
        });
        return rows;
    }

    private String scope(String unit) {
        Caller caller = callers.require();
        if (caller.seesEveryUnit()) {
            return unit == null || unit.isBlank() ? null : unit.trim().toUpperCase(Locale.ROOT);
        }
        if (unit != null && !unit.isBlank() && !unit.trim().equalsIgnoreCase(caller.unit())) {
            throw BusinessException.forbidden();
        }
        return caller.unit();
    }

    private void projects(LocalDate from, LocalDate to, String unit, List<Late> late) {
        String where = " WHERE p.status = :connected AND p.connectedOn BETWEEN :from AND :to"
                + (unit == null ? "" : " AND p.unit.code = :unit")
                + " AND EXISTS (SELECT r FROM ClockResult r WHERE r.projectId = p.id AND r.met = FALSE)";
        // the projects among them whose clock was ever paused for the customer, in one more query
        Set<Long> paused = new HashSet<>(bind(
                        em.createQuery(
                                "SELECT DISTINCT p.id FROM ConnectionProject p JOIN p.steps s JOIN s.pauses x" + where,
                                Long.class),
                        from,
                        to,
                        unit)
                .setParameter("connected", ProjectStatus.CONNECTED)
                .getResultList());
        for (Object[] row : bind(
                        em.createQuery("SELECT p.id, p.unit.code FROM ConnectionProject p" + where, Object[].class),
                        from,
                        to,
                        unit)
                .setParameter("connected", ProjectStatus.CONNECTED)
                .getResultList()) {
            long id = (Long) row[0];
            late.add(new Late(
                    SubjectType.PROJECT,
                    id,
                    (String) row[1],
                    CauseProposal.propose(SubjectType.PROJECT, null, paused.contains(id))));
        }
    }

    private void milestones(LocalDate from, LocalDate to, String unit, List<Late> late) {
        for (Object[] row : bind(
                        em.createQuery(
                                "SELECT m.id, m.code, p.unit.code FROM Milestone m JOIN m.plan l JOIN l.project p"
                                        + " WHERE m.actual BETWEEN :from AND :to AND m.baseline IS NOT NULL"
                                        + " AND m.actual > m.baseline"
                                        + (unit == null ? "" : " AND p.unit.code = :unit"),
                                Object[].class),
                        from,
                        to,
                        unit)
                .getResultList()) {
            late.add(new Late(
                    SubjectType.MILESTONE,
                    (Long) row[0],
                    (String) row[2],
                    CauseProposal.propose(SubjectType.MILESTONE, (String) row[1], false)));
        }
    }

    private void deliveries(LocalDate from, LocalDate to, String unit, List<Late> late) {
        var query = em.createQuery(
                        "SELECT r.id, r.project.unit.code, r.deliveredAt, r.dueOn FROM MaterialRequest r"
                                + " WHERE r.status = :delivered AND r.deliveredAt >= :from AND r.deliveredAt < :to"
                                + (unit == null ? "" : " AND r.project.unit.code = :unit"),
                        Object[].class)
                .setParameter("delivered", RequestStatus.DELIVERED)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay());
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        for (Object[] row : query.getResultList()) {
            if (((LocalDateTime) row[2]).toLocalDate().isAfter((LocalDate) row[3])) {
                late.add(new Late(
                        SubjectType.DELIVERY,
                        (Long) row[0],
                        (String) row[1],
                        CauseProposal.propose(SubjectType.DELIVERY, null, false)));
            }
        }
    }

    private void permits(LocalDate from, LocalDate to, String unit, List<Late> late) {
        for (DecidedPermits.Decided t : decidedPermits.between(from, to, unit)) {
            if (t.status() == ClockStatus.MISSED) {
                late.add(new Late(
                        SubjectType.PERMIT,
                        t.trackId(),
                        t.unitCode(),
                        CauseProposal.propose(SubjectType.PERMIT, null, false)));
            }
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, LocalDate from, LocalDate to, String unit) {
        query.setParameter("from", from).setParameter("to", to);
        return unit == null ? query : query.setParameter("unit", unit);
    }
}
