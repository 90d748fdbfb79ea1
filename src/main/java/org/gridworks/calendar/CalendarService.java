package org.gridworks.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The calendar every deadline is counted with, held in memory so that counting never touches the database.
 * Built at start-up (after the official data for 2019-2026 is imported on the first start) and rebuilt when
 * an administrator's change commits, on every server: the observer hears the change made here and, relayed through
 * the Data Grid, one made on another server. Reading needs no lock: the calendar is immutable and swapped whole.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "BundledHolidays"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    @PersistenceContext
    EntityManager em;

    private volatile WorkingDayCalendar calendar;

    @PostConstruct
    void load() {
        List<HolidayDay> days = em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class)
                .getResultStream()
                .map(CalendarDay::toHolidayDay)
                .toList();
        List<Integer> years = em.createQuery("SELECT y.year FROM CalendarYear y", Integer.class)
                .getResultList();
        calendar = new WorkingDayCalendar(days, years);
        LOG.info(() -> "Working-day calendar loaded: years " + calendar.knownYears() + ", " + days.size()
                + " exceptional days");
    }

    public void reloadAfterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        load();
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public DueResult addWorkingDays(LocalDate from, int workingDays) {
        return calendar.addWorkingDays(from, workingDays);
    }

    public CountResult workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }
}
