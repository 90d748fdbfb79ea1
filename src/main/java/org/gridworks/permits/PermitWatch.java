package org.gridworks.permits;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.Roles;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSource;
import org.gridworks.platform.watch.Watched;
import org.gridworks.projects.ClockStatus;
import org.gridworks.projects.ConnectionProject;

/**
 * Permit tracks waiting for the authority, against their time limit (PermitClock, which pauses while a supplement
 * is with the applicant), and documents deferred (容缺受理) and not in by their supplement-by date
 * (DeferredDocuments), each its own warning. The clerks of the project's unit answer for both. The clock needs the
 * track's own dates and pauses, so the database narrows to the waiting tracks and the colour is decided here.
 */
@Stateless
public class PermitWatch implements WatchSource {

    private static final List<PermitStatus> WAITING =
            List.of(PermitStatus.SUBMITTED, PermitStatus.SUPPLEMENT_REQUESTED);

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
        return SubjectType.PERMIT;
    }

    @Override
    public Set<SubjectType> types() {
        return Set.of(SubjectType.PERMIT, SubjectType.PERMIT_DOCUMENT);
    }

    @Override
    public List<Watched> watched() {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        Map<Long, List<Long>> clerksOfUnit = new HashMap<>();
        List<Watched> all = new ArrayList<>();
        for (PermitTrack t : waiting(null)) {
            PermitClock.Result clock = t.clock(calendar, today);
            Colour colour = warning(clock.status());
            if (colour == null) {
                continue;
            }
            ConnectionProject p = t.getProject();
            all.add(new Watched(
                    SubjectType.PERMIT,
                    t.getId(),
                    p.getId(),
                    p.getUnit().getId(),
                    colour,
                    p.getNumber(),
                    "alert.permit",
                    List.of(
                            p.getNumber(),
                            t.getType().getNameZh(),
                            t.getType().getNameEn(),
                            t.getType().getAuthority(),
                            String.valueOf(clock.due())),
                    clerksOfUnit.computeIfAbsent(
                            p.getUnit().getId(), unit -> people.withRole(Roles.PERMIT_CLERK, List.of(unit)))));
        }
        for (PermitDocument d : deferredPastDate(today)) {
            Colour colour = DeferredDocuments.colour(d.getDeferredTo(), today, calendar);
            if (colour == null) {
                continue;
            }
            PermitTrack t = d.getTrack();
            ConnectionProject p = t.getProject();
            all.add(new Watched(
                    SubjectType.PERMIT_DOCUMENT,
                    d.getId(),
                    p.getId(),
                    p.getUnit().getId(),
                    colour,
                    p.getNumber(),
                    "alert.permitDocument",
                    List.of(
                            p.getNumber(),
                            t.getType().getNameZh(),
                            t.getType().getNameEn(),
                            d.getName(),
                            String.valueOf(d.getDeferredTo())),
                    clerksOfUnit.computeIfAbsent(
                            p.getUnit().getId(), unit -> people.withRole(Roles.PERMIT_CLERK, List.of(unit)))));
        }
        return all;
    }

    /** Deferred documents whose supplement-by date has passed, on tracks that still need them. */
    private List<PermitDocument> deferredPastDate(LocalDate today) {
        return em.createQuery(
                        "SELECT d FROM PermitDocument d JOIN FETCH d.track t JOIN FETCH t.type JOIN FETCH t.project"
                                + " WHERE d.state = :deferred AND d.deferredTo < :today AND t.status NOT IN :ended"
                                + " ORDER BY d.id",
                        PermitDocument.class)
                .setParameter("deferred", DocumentState.DEFERRED)
                .setParameter("today", today)
                .setParameter("ended", List.of(PermitStatus.REFUSED, PermitStatus.WITHDRAWN))
                .getResultList();
    }

    @Override
    public Map<Long, Counts> countByUnit(Collection<Long> units) {
        Map<Long, Counts> counts = new HashMap<>();
        if (units != null && units.isEmpty()) {
            return counts;
        }
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        for (PermitTrack t : waiting(units)) {
            Colour colour = warning(t.clock(calendar, today).status());
            if (colour != null) {
                counts.merge(t.getProject().getUnit().getId(), Counts.NONE.plus(colour, 1), Counts::plus);
            }
        }
        return counts;
    }

    private List<PermitTrack> waiting(Collection<Long> units) {
        var query = em.createQuery(
                        "SELECT t FROM PermitTrack t JOIN FETCH t.type JOIN FETCH t.project"
                                + " WHERE t.status IN :waiting"
                                + (units == null ? "" : " AND t.project.unit.id IN :units"),
                        PermitTrack.class)
                .setParameter("waiting", WAITING);
        if (units != null) {
            query.setParameter("units", units);
        }
        // the clocks read each track's supplement pauses: all of them in one more query, not one per track
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.supplements")
                .getResultList();
    }

    /** A track not yet submitted has no clock status, hence no warning. */
    private static Colour warning(ClockStatus status) {
        return status == null ? null : status.warning();
    }

    @Override
    public String page(long subjectId, Long projectId) {
        // a warning kept from before its project was deleted has no project left: the board instead
        return projectId == null ? "/permits/board.xhtml" : "/permits/project.xhtml?id=" + projectId;
    }
}
