package org.gridworks.permits;

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
import org.gridworks.projects.ConnectionProject;

/**
 * Demo mode only: permit tracks in every state on the demo projects that need supporting works, dated
 * relative to today (one granted, one yellow the day before its limit, one waiting for a supplement, one
 * refused, one withdrawn, one prepared). Added once, when there is no track yet.
 */
@Startup
@Singleton
@DependsOn("DemoProjects")
public class DemoPermits {

    private static final Logger LOG = Logger.getLogger(DemoPermits.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseSettings database;

    @Inject
    CalendarService calendars;

    @Inject
    SystemInfo system;

    @PostConstruct
    void seed() {
        if (!database.wantsDemoData()
                || !em.createQuery("SELECT t.id FROM PermitTrack t", Long.class)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        List<ConnectionProject> projects = em.createQuery(
                        "SELECT p FROM ConnectionProject p WHERE " + "p.needsSupportingWorks = TRUE ORDER BY p.id",
                        ConnectionProject.class)
                .getResultList();
        List<PermitType> types = em.createQuery("SELECT t FROM PermitType t ORDER BY t.id", PermitType.class)
                .getResultList();
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = system.today();
        int made = 0;
        for (int p = 0; p < projects.size(); p++) {
            ConnectionProject project = projects.get(p);
            for (int t = 0; t < types.size(); t++) {
                int scenario = (p + t) % 6;
                PermitTrack track = new PermitTrack(project, types.get(t), null, Time.now(), "system");
                LocalDate submitted = calendar.daysBackCovering(today, scenario == 1 ? 4 : 6 + t);
                if (submitted.isBefore(project.getAcceptedOn())) {
                    submitted = project.getAcceptedOn();
                }
                if (scenario <= 3) {
                    // submitted with its documents in; on the supplement scenario the second one is deferred (容缺)
                    // to a working day still ahead, so the demo shows a deferral without raising a warning
                    List<PermitDocument> documents = track.getDocuments();
                    for (int d = 0; d < documents.size(); d++) {
                        if (scenario == 2 && d == 1) {
                            documents
                                    .get(d)
                                    .mark(
                                            DocumentState.DEFERRED,
                                            calendar.addWorkingDays(today, 3).due());
                        } else {
                            documents.get(d).mark(DocumentState.RECEIVED, null);
                        }
                    }
                }
                switch (scenario) {
                    case 0 -> {
                        track.submit(submitted);
                        LocalDate granted =
                                calendar.addWorkingDays(submitted, 3).due();
                        track.grant(
                                granted.isAfter(today) ? today : granted,
                                "金规许字（2026）第" + (100 + p * 4 + t) + "号",
                                today.minusDays(10),
                                today.plusMonths(p % 2 == 0 ? 6 : 1),
                                today.plusMonths(3));
                    }
                    case 1 -> track.submit(submitted);
                    case 2 -> {
                        track.submit(submitted);
                        track.requestSupplement(
                                "施工方案（补充交通疏导内容）",
                                calendar.addWorkingDays(submitted, 1).due(),
                                today.plusDays(5));
                    }
                    case 3 -> {
                        track.submit(submitted);
                        track.refuse(calendar.addWorkingDays(submitted, 4).due(), "路由穿越历史文化保护区，需调整方案");
                    }
                    case 4 -> track.withdraw("路由调整后不再需要", today);
                    default -> {
                        // prepared: documents being gathered
                    }
                }
                em.persist(track);
                made++;
            }
        }
        int count = made;
        LOG.info(() -> "Demo data: " + count + " permit tracks");
    }
}
