package org.gridworks.milestones;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.platform.db.DatabaseSettings;
import org.gridworks.projects.Clock;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectClocks;

/**
 * Demo mode only: approved milestone plans for the demo projects that need supporting works. Every other plan
 * slips: its design finished 3 working days late, so later forecasts moved and its float shrank.
 */
@Startup
@Singleton
@DependsOn("DemoPermits")
public class DemoPlans {

    private static final Logger LOG = Logger.getLogger(DemoPlans.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseSettings database;

    @Inject
    CalendarService calendars;

    @Inject
    ProjectClocks clocks;

    @Inject
    SystemInfo system;

    @PostConstruct
    void seed() {
        if (!database.wantsDemoData()
                || !em.createQuery("SELECT p.id FROM MilestonePlan p", Long.class)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        List<MilestoneTemplate> templates = em.createQuery(
                        "SELECT t FROM MilestoneTemplate t ORDER BY t.position", MilestoneTemplate.class)
                .getResultList();
        List<ConnectionProject> projects = em.createQuery(
                        "SELECT p FROM ConnectionProject p WHERE " + "p.needsSupportingWorks = TRUE ORDER BY p.id",
                        ConnectionProject.class)
                .getResultList();
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        int index = 0;
        for (ConnectionProject project : projects) {
            List<Clock> clock = clocks.compute(project);
            LocalDate deadline = clock.get(0).due() != null
                    ? clock.get(0).due()
                    : calendar.addWorkingDays(
                                    project.getAcceptedOn(), clock.get(0).limitWorkingDays())
                            .due();
            MilestonePlan plan = new MilestonePlan(project, deadline, templates, Time.now(), "system");
            plan.propose(project.getAcceptedOn(), calendar);
            plan.approve(Time.now(), "system");
            boolean slipping = index++ % 2 == 1;
            for (Milestone milestone : plan.getMilestones()) {
                if (project.getManager() != null) {
                    milestone.details(project.getManager().getLogin(), null);
                }
                LocalDate done = milestone.getCode().equals("DESIGN_DONE") && slipping
                        ? calendar.addWorkingDays(milestone.getForecast(), 3).due()
                        : milestone.getForecast();
                if (done != null
                        && done.isBefore(today)
                        && !milestone.getCode().equals("CONSTRUCTION_STARTED")
                        && milestone.getPosition() <= 3) {
                    milestone.actual(done);
                } else if (done != null && !done.equals(milestone.getForecast())) {
                    milestone.forecast(done, true);
                }
            }
            for (PlanItem item : MilestoneScheduler.propagate(plan.items(), project.getAcceptedOn(), calendar)) {
                Milestone m = plan.milestone(item.code()).orElseThrow();
                m.forecast(item.forecast(), m.isForecastFixed());
            }
            em.persist(plan);
        }
        int count = projects.size();
        LOG.info(() -> "Demo data: " + count + " milestone plans");
    }
}
