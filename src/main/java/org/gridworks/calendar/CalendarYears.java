package org.gridworks.calendar;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.Time;

/**
 * Replaces a year's official days with a new notice, in one transaction: a file that fails validation never
 * gets here, and a failure here changes nothing. Corrections made by administrators are kept.
 * Callers check who may do this and tell the calendar to reload (CalendarAdministration); at start-up the
 * bundled years load before the calendar is first built.
 */
@Stateless
public class CalendarYears {

    static final String RECORD = "CalendarYear";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    public void replace(int year, List<HolidayDay> days, String source) {
        List<CalendarDay> existing = em.createQuery(
                        "SELECT d FROM CalendarDay d WHERE d.noticeYear = :year AND d.corrected = FALSE",
                        CalendarDay.class)
                .setParameter("year", year)
                .getResultList();
        existing.forEach(em::remove);
        em.flush();
        int added = 0;
        for (HolidayDay day : days) {
            CalendarDay current = em.find(CalendarDay.class, day.date());
            if (current == null) {
                em.persist(new CalendarDay(day, year));
                added++;
            }
        }
        CalendarYear loaded = em.find(CalendarYear.class, year);
        boolean isNew = loaded == null;
        if (isNew) {
            loaded = new CalendarYear(year);
            em.persist(loaded);
        }
        String by = session.getCallerPrincipal() == null
                ? AuditTrail.SYSTEM
                : session.getCallerPrincipal().getName();
        loaded.loaded(source, Time.now(), "ANONYMOUS".equalsIgnoreCase(by) ? AuditTrail.SYSTEM : by);
        audit.record(isNew ? AuditAction.CREATE : AuditAction.UPDATE, RECORD, year, added + " days from " + source);
    }
}
