package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.Roles;
import org.gridworks.milestones.Milestone;
import org.gridworks.permits.PermitClock;
import org.gridworks.permits.PermitStatus;
import org.gridworks.permits.PermitTrack;
import org.gridworks.platform.SystemInfo;
import org.gridworks.projects.ClockStatus;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectStatus;
import org.gridworks.requests.DeliveryClock;
import org.gridworks.requests.DeliveryState;
import org.gridworks.requests.MaterialRequest;
import org.gridworks.requests.RequestStatus;

/**
 * Finds every watched record that is yellow or red now: project clocks (the stored summary, refreshed hourly and
 * on every change), milestones not reached by their forecast, material requests against their due date, permits
 * against their time limit. Runs inside the scan, without a signed-in user, so it reads the records itself.
 */
@Stateless
public class Watchlist {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    SystemInfo system;

    public List<Watched> now() {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        List<Watched> all = new ArrayList<>();
        // many records name the same people (a unit's clerks, its warehouse staff): ask once per scan
        Map<String, List<Long>> staff = new HashMap<>();
        projects(all, staff);
        milestones(all, calendar, today, staff);
        deliveries(all, calendar, today, staff);
        permits(all, calendar, today, staff);
        return all;
    }

    private void projects(List<Watched> all, Map<String, List<Long>> staff) {
        for (ConnectionProject p : em.createQuery("SELECT p FROM ConnectionProject p WHERE p.status = :open"
                        + " AND p.clockStatus IN :colours", ConnectionProject.class)
                .setParameter("open", ProjectStatus.OPEN)
                .setParameter("colours", List.of(ClockStatus.YELLOW, ClockStatus.RED)).getResultList()) {
            all.add(new Watched(SubjectType.PROJECT, p.getId(), p.getUnit().getId(),
                    p.getClockStatus() == ClockStatus.RED ? Colour.RED : Colour.YELLOW, p.getNumber(),
                    "alert.project", List.of(p.getNumber(), p.getCustomerName(), String.valueOf(p.getClockUsed()),
                    String.valueOf(p.getClockLimit()), String.valueOf(p.getClockDue())),
                    "/projects/project.xhtml?id=" + p.getId(), managers(p, staff)));
        }
    }

    /** A milestone not reached is red once its forecast day has passed, yellow one working day before it. */
    private void milestones(List<Watched> all, WorkingDayCalendar calendar, LocalDate today,
                            Map<String, List<Long>> staff) {
        LocalDate soon = calendar.addWorkingDays(today, 1).due();
        for (Milestone m : em.createQuery("SELECT m FROM Milestone m WHERE m.actual IS NULL AND m.forecast <= :soon"
                        + " AND m.plan.project.status = :open", Milestone.class)
                .setParameter("soon", soon).setParameter("open", ProjectStatus.OPEN).getResultList()) {
            ConnectionProject p = m.getPlan().getProject();
            all.add(new Watched(SubjectType.MILESTONE, m.getId(), p.getUnit().getId(),
                    m.getForecast().isBefore(today) ? Colour.RED : Colour.YELLOW, p.getNumber(), "alert.milestone",
                    List.of(p.getNumber(), m.name(Locale.SIMPLIFIED_CHINESE), m.name(Locale.ENGLISH),
                            m.getForecast().toString()),
                    "/milestones/plan.xhtml?id=" + p.getId(), managers(p, staff)));
        }
    }

    private void deliveries(List<Watched> all, WorkingDayCalendar calendar, LocalDate today,
                            Map<String, List<Long>> staff) {
        for (MaterialRequest r : em.createQuery("SELECT r FROM MaterialRequest r WHERE r.status IN :open",
                        MaterialRequest.class)
                .setParameter("open", List.of(RequestStatus.RESERVED, RequestStatus.PICKED, RequestStatus.DISPATCHED))
                .getResultList()) {
            DeliveryClock.Result state = DeliveryClock.state(r.getRequestedAt().toLocalDate(), r.getDueOn(), r.getStatus().isDispatched(), null, false,
                    today, calendar);
            if (state.state() != DeliveryState.YELLOW && state.state() != DeliveryState.RED) {
                continue;
            }
            ConnectionProject p = r.getProject();
            Set<Long> units = r.getLines().stream().map(l -> em.find(org.gridworks.stock.Warehouse.class,
                    l.getWarehouseId()).getUnit().getId()).collect(Collectors.toSet());
            all.add(new Watched(SubjectType.DELIVERY, r.getId(), p.getUnit().getId(),
                    state.state() == DeliveryState.RED ? Colour.RED : Colour.YELLOW, "MR-" + r.getId(),
                    "alert.delivery", List.of(String.valueOf(r.getId()), p.getNumber(), r.getDueOn().toString(),
                    r.getSite()), "/requests/board.xhtml", staff(Roles.WAREHOUSE, units, staff)));
        }
    }

    private void permits(List<Watched> all, WorkingDayCalendar calendar, LocalDate today,
                         Map<String, List<Long>> staff) {
        for (PermitTrack t : em.createQuery("SELECT t FROM PermitTrack t WHERE t.status IN :open", PermitTrack.class)
                .setParameter("open", List.of(PermitStatus.SUBMITTED, PermitStatus.SUPPLEMENT_REQUESTED))
                .getResultList()) {
            PermitClock.Result clock = t.clock(calendar, today);
            if (clock.status() != ClockStatus.YELLOW && clock.status() != ClockStatus.RED) {
                continue;
            }
            ConnectionProject p = t.getProject();
            all.add(new Watched(SubjectType.PERMIT, t.getId(), p.getUnit().getId(),
                    clock.status() == ClockStatus.RED ? Colour.RED : Colour.YELLOW, p.getNumber(), "alert.permit",
                    List.of(p.getNumber(), t.getType().getNameZh(), t.getType().getNameEn(), t.getType().getAuthority(),
                            String.valueOf(clock.due())),
                    "/permits/project.xhtml?id=" + p.getId(),
                    staff(Roles.PERMIT_CLERK, List.of(p.getUnit().getId()), staff)));
        }
    }

    /** The project's manager, or every project manager of its unit when it has none. */
    private List<Long> managers(ConnectionProject p, Map<String, List<Long>> staff) {
        if (p.getManager() != null) {
            return List.of(p.getManager().getId());
        }
        return staff(Roles.PROJECT_MANAGER, List.of(p.getUnit().getId()), staff);
    }

    private List<Long> staff(String role, Collection<Long> units, Map<String, List<Long>> known) {
        return known.computeIfAbsent(role + new java.util.TreeSet<>(units), k -> usersWithRole(role, units));
    }

    /** Enabled users of the units holding the role. */
    public List<Long> usersWithRole(String role, Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT u.id FROM AppUser u JOIN u.roles r WHERE r = :role"
                        + " AND u.unit.id IN :units AND u.enabled = TRUE", Long.class)
                .setParameter("role", role).setParameter("units", units).getResultList();
    }
}
