package org.gridworks.projects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gridworks.calendar.CalendarService;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;

/** Computes a project's clocks with the policy in force and the calendar, and keeps its stored summary current. */
@Stateless
@PermitAll
public class ProjectClocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    SystemInfo system;

    public PolicyChoice policyFor(ConnectionProject project) {
        List<ClockPolicy> policies =
                em.createQuery("SELECT p FROM ClockPolicy p", ClockPolicy.class).getResultList();
        return PolicyChoice.choose(
                        policies, project.getCategory(), project.isThreeStepVariant(), project.getAcceptedOn())
                .orElseThrow(() -> BusinessException.conflict(
                        "policy.missing", project.getCategory().name()));
    }

    public List<Clock> compute(ConnectionProject project) {
        return ClockCalculator.compute(
                policyFor(project).policy(),
                project.getAcceptedOn(),
                project.stepTimes(),
                calendar.calendar(),
                system.today());
    }

    /**
     * The scheduled refresh of one project, in a transaction of its own: the stored summary is written with a
     * bulk update, and only when it changed, so the passing of time never makes anyone's open form stale.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void refreshStored(long projectId) {
        ConnectionProject project = em.find(ConnectionProject.class, projectId);
        if (project == null) {
            return;
        }
        List<Clock> current = compute(project);
        Clock main = current.get(0);
        ClockStatus overall = ClockCalculator.overall(current);
        if (overall == project.getClockStatus()
                && main.usedWorkingDays() == project.getClockUsed()
                && java.util.Objects.equals(main.due(), project.getClockDue())) {
            return;
        }
        em.createQuery("UPDATE ConnectionProject p SET p.clockStatus = :status, p.clockUsed = :used, "
                        + "p.clockDue = :due, p.clocksComputedAt = :at WHERE p.id = :id")
                .setParameter("status", overall)
                .setParameter("used", main.usedWorkingDays())
                .setParameter("due", main.due())
                .setParameter("at", Time.now())
                .setParameter("id", projectId)
                .executeUpdate();
    }

    /** Recomputes and stores the summary the lists filter on, and the final clocks once it is connected. */
    public List<Clock> refresh(ConnectionProject project) {
        List<Clock> clocks = compute(project);
        project.summarise(clocks, ClockCalculator.overall(clocks), Time.now());
        if (project.getId() != null) {
            storeResults(project, clocks);
        }
        return clocks;
    }

    /** Refreshes one project in a transaction of its own (the start-up backfill: one failure spoils no other). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void refreshAlone(long projectId) {
        ConnectionProject project = em.find(ConnectionProject.class, projectId);
        if (project != null) {
            refresh(project);
        }
    }

    /** Writes (or, for a project no longer connected, removes) the final clocks the reports count. */
    public void storeResults(ConnectionProject project, List<Clock> clocks) {
        java.util.Map<String, ClockResult> stored = new java.util.HashMap<>();
        em.createQuery("SELECT r FROM ClockResult r WHERE r.projectId = :id", ClockResult.class)
                .setParameter("id", project.getId())
                .getResultList()
                .forEach(r -> stored.put(r.getScope(), r));
        if (project.getStatus() == ProjectStatus.CONNECTED) {
            for (int i = 0; i < clocks.size(); i++) {
                ClockResult existing = stored.remove(clocks.get(i).scope());
                if (existing == null) {
                    em.persist(new ClockResult(project.getId(), clocks.get(i), i == 0));
                } else {
                    existing.set(clocks.get(i), i == 0);
                }
            }
        }
        stored.values().forEach(em::remove);
    }
}
