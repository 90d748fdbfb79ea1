package org.gridworks.milestones;

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
import org.gridworks.calendar.CalendarService;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSource;
import org.gridworks.platform.watch.Watched;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectManagers;
import org.gridworks.projects.ProjectStatus;

/** Milestones of open projects not reached by their forecast day, by the rule of {@link MilestoneDue}. */
@Stateless
public class MilestoneWatch implements WatchSource {

    private static final String NOT_REACHED = " m.actual IS NULL AND m.plan.project.status = :open";

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
        return SubjectType.MILESTONE;
    }

    @Override
    public List<Watched> watched() {
        LocalDate today = system.today();
        LocalDate horizon = MilestoneDue.horizon(today, calendars.calendar());
        ProjectManagers managers = new ProjectManagers(people);
        List<Watched> all = new ArrayList<>();
        for (Milestone m : em.createQuery(
                        "SELECT m FROM Milestone m JOIN FETCH m.plan p JOIN FETCH p.project WHERE" + NOT_REACHED
                                + " AND m.forecast <= :horizon",
                        Milestone.class)
                .setParameter("open", ProjectStatus.OPEN)
                .setParameter("horizon", horizon)
                .getResultList()) {
            ConnectionProject p = m.getPlan().getProject();
            List<Long> responsible = managers.of(p);
            all.add(new Watched(
                    SubjectType.MILESTONE,
                    m.getId(),
                    p.getId(),
                    p.getUnit().getId(),
                    MilestoneDue.colour(m.getForecast(), today, horizon),
                    p.getNumber(),
                    "alert.milestone",
                    List.of(
                            p.getNumber(),
                            m.name(Locale.SIMPLIFIED_CHINESE),
                            m.name(Locale.ENGLISH),
                            m.getForecast().toString()),
                    responsible));
        }
        return all;
    }

    @Override
    public Map<Long, Counts> countByUnit(Collection<Long> units) {
        Map<Long, Counts> counts = new HashMap<>();
        if (units != null && units.isEmpty()) {
            return counts;
        }
        LocalDate today = system.today();
        LocalDate horizon = MilestoneDue.horizon(today, calendars.calendar());
        // late: before today; yellow: from today to the horizon (the same split as MilestoneDue.colour)
        count(counts, units, Colour.RED, " AND m.forecast < :from", today, null);
        count(counts, units, Colour.YELLOW, " AND m.forecast >= :from AND m.forecast <= :to", today, horizon);
        return counts;
    }

    private void count(
            Map<Long, Counts> counts,
            Collection<Long> units,
            Colour colour,
            String range,
            LocalDate from,
            LocalDate to) {
        var query = em.createQuery(
                        "SELECT m.plan.project.unit.id, COUNT(m) FROM Milestone m WHERE" + NOT_REACHED
                                + range + (units == null ? "" : " AND m.plan.project.unit.id IN :units")
                                + " GROUP BY m.plan.project.unit.id",
                        Object[].class)
                .setParameter("open", ProjectStatus.OPEN)
                .setParameter("from", from);
        if (to != null) {
            query.setParameter("to", to);
        }
        if (units != null) {
            query.setParameter("units", units);
        }
        for (Object[] row : query.getResultList()) {
            counts.merge((Long) row[0], Counts.NONE.plus(colour, (Long) row[1]), Counts::plus);
        }
    }

    @Override
    public String page(long subjectId, Long projectId) {
        // a warning kept from before its project was deleted has no project left: the portfolio instead
        return projectId == null ? "/milestones/portfolio.xhtml" : "/milestones/plan.xhtml?id=" + projectId;
    }
}
