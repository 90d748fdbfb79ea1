package org.gridworks.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/** What administrators do to the calendar: load a year's notice, correct single days. Both are audited. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CalendarAdministration {

    static final String DAY_RECORD = "CalendarDay";
    static final int MAX_FILE_BYTES = 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarYears years;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CalendarChanged> changed;

    /** Loads a year from a file (holiday-cn JSON or CSV); a bad file is refused whole and changes nothing. */
    public int importYear(int year, String fileName, byte[] content) {
        if (year < WorkingDayCalendar.FIRST.getYear() || year > WorkingDayCalendar.LAST.getYear()) {
            throw BusinessException.invalid("year", "calendar.yearOutOfRange", year);
        }
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("file", "calendar.file.missing");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw BusinessException.invalid("file", "calendar.file.tooLarge", MAX_FILE_BYTES / 1024);
        }
        List<HolidayDay> days =
                HolidayFileParser.parse(year, new String(content, java.nio.charset.StandardCharsets.UTF_8));
        years.replace(year, days, fileName == null || fileName.isBlank() ? "upload" : fileName);
        changed.fire(new CalendarChanged("year " + year));
        return days.size();
    }

    /**
     * Makes one date an off day or a working day, with a name and a reason. When the wish matches the
     * Monday-to-Friday rule and has no name, the date simply follows the rule again.
     * {@code expectedVersion} is the version the form showed (null when the date had no entry).
     */
    public void correct(LocalDate date, boolean offDay, String name, String reason, Integer expectedVersion) {
        if (date == null || !WorkingDayCalendar.inRange(date)) {
            throw BusinessException.invalid("date", "calendar.dateRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", "calendar.reasonRequired");
        }
        if (reason.trim().length() > 500) {
            throw BusinessException.invalid("reason", "project.tooLong", 500);
        }
        String cleanName = name == null || name.isBlank() ? null : name.trim();
        if (cleanName != null && cleanName.length() > 100) {
            throw BusinessException.invalid("name", "calendar.nameTooLong", 100);
        }
        CalendarDay day = em.find(CalendarDay.class, date);
        int currentVersion = day == null ? -1 : day.getVersion();
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw BusinessException.stale();
        }
        Map<String, Object> before = day == null ? ruleState(date) : day.auditState();
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (offDay == weekend && cleanName == null) {
            if (day != null) {
                em.remove(day);
            }
            Map<String, Object> after = ruleState(date);
            after.put("reason", reason.trim());
            audit.recordChange(AuditAction.UPDATE, DAY_RECORD, date, reason.trim(), before, after);
        } else {
            if (day == null) {
                day = new CalendarDay(new HolidayDay(date, offDay, cleanName), date.getYear());
                em.persist(day);
            }
            day.set(offDay, cleanName);
            day.correct(reason.trim());
            audit.recordChange(AuditAction.UPDATE, DAY_RECORD, date, reason.trim(), before, day.auditState());
        }
        changed.fire(new CalendarChanged("day " + date));
    }

    /** A date as the Monday-to-Friday rule has it, for the audit trail. */
    private static Map<String, Object> ruleState(LocalDate date) {
        Map<String, Object> state = org.gridworks.audit.Changes.snapshot();
        state.put("offDay", date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
        state.put("name", null);
        state.put("reason", null);
        return state;
    }

    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<CalendarDay> entries(int year) {
        return em.createQuery(
                        "SELECT d FROM CalendarDay d WHERE d.date >= :from AND d.date <= :to ORDER BY d.date",
                        CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    @RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    public List<CalendarYear> loadedYears() {
        return em.createQuery("SELECT y FROM CalendarYear y ORDER BY y.year", CalendarYear.class)
                .getResultList();
    }
}
