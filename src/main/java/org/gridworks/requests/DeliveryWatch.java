package org.gridworks.requests;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSource;
import org.gridworks.platform.watch.Watched;
import org.gridworks.projects.ConnectionProject;

/**
 * Material requests not yet delivered, against the 3-working-day check (DeliveryClock). The colour depends on the
 * share of working days used, which SQL cannot count, so the database narrows to the open requests and their
 * three dates, and the colour is decided here; the warehouse staff of every unit that supplies a line answer for it.
 */
@Stateless
public class DeliveryWatch implements WatchSource {

    private static final List<RequestStatus> OPEN =
            List.of(RequestStatus.RESERVED, RequestStatus.PICKED, RequestStatus.DISPATCHED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    SystemInfo system;

    @Inject
    PersonDirectory people;

    @Override
    public SubjectType type() {
        return SubjectType.DELIVERY;
    }

    @Override
    public List<Watched> watched() {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        Map<Long, Long> unitOfWarehouse = new HashMap<>();
        em.createQuery("SELECT w.id, w.unit.id FROM Warehouse w", Object[].class)
                .getResultList()
                .forEach(row -> unitOfWarehouse.put((Long) row[0], (Long) row[1]));
        Map<Set<Long>, List<Long>> staffOfUnits = new HashMap<>();
        List<Watched> all = new ArrayList<>();
        for (MaterialRequest r : em.createQuery(
                        "SELECT r FROM MaterialRequest r JOIN FETCH r.project" + " WHERE r.status IN :open",
                        MaterialRequest.class)
                .setParameter("open", OPEN)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.lines")
                .getResultList()) {
            Colour colour = colour(r.getRequestedAt(), r.getDueOn(), r.getStatus(), today, calendar);
            if (colour == null) {
                continue;
            }
            ConnectionProject p = r.getProject();
            Set<Long> units = new TreeSet<>();
            r.getLines().forEach(line -> units.add(unitOfWarehouse.get(line.getWarehouseId())));
            all.add(new Watched(
                    SubjectType.DELIVERY,
                    r.getId(),
                    p.getId(),
                    p.getUnit().getId(),
                    colour,
                    "MR-" + r.getId(),
                    "alert.delivery",
                    List.of(
                            String.valueOf(r.getId()),
                            p.getNumber(),
                            r.getDueOn().toString(),
                            r.getSite()),
                    staffOfUnits.computeIfAbsent(units, u -> people.withRole(Roles.WAREHOUSE, u))));
        }
        return all;
    }

    @Override
    public Map<Long, Counts> countByUnit(Collection<Long> units) {
        Map<Long, Counts> counts = new HashMap<>();
        if (units != null && units.isEmpty()) {
            return counts;
        }
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        var query = em.createQuery(
                        "SELECT r.project.unit.id, r.requestedAt, r.dueOn, r.status FROM MaterialRequest r"
                                + " WHERE r.status IN :open"
                                + (units == null ? "" : " AND r.project.unit.id IN :units"),
                        Object[].class)
                .setParameter("open", OPEN);
        if (units != null) {
            query.setParameter("units", units);
        }
        for (Object[] row : query.getResultList()) {
            Colour colour = colour((LocalDateTime) row[1], (LocalDate) row[2], (RequestStatus) row[3], today, calendar);
            if (colour != null) {
                counts.merge((Long) row[0], Counts.NONE.plus(colour, 1), Counts::plus);
            }
        }
        return counts;
    }

    /** The colour of an open request today, or null while it is on time. */
    static Colour colour(
            LocalDateTime requestedAt,
            LocalDate dueOn,
            RequestStatus status,
            LocalDate today,
            WorkingDayCalendar calendar) {
        DeliveryState state = DeliveryClock.state(
                        requestedAt.toLocalDate(), dueOn, status.isDispatched(), null, false, today, calendar)
                .state();
        return switch (state) {
            case RED -> Colour.RED;
            case YELLOW -> Colour.YELLOW;
            default -> null;
        };
    }

    @Override
    public String page(long subjectId, Long projectId) {
        return "/requests/board.xhtml";
    }
}
