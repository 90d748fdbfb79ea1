package org.gridworks.permits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.calendar.CalendarService;
import org.gridworks.calendar.WorkingDayCalendar;
import org.gridworks.platform.Roles;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.projects.ClockStatus;

/**
 * The permit tracks decided (granted or refused) in a period with their final clocks, for the reports that count them
 * (the evaluation, the delay causes). Read as columns in two queries (the tracks, then all their supplement pauses),
 * not as entities: a city's year holds some 13,000 decided tracks (issue 19).
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class DecidedPermits {

    /** One decided track: its unit and type, and the working days its clock used against its limit. */
    public record Decided(
            long trackId,
            String unitCode,
            String typeCode,
            String authority,
            String authorityEn,
            String typeZh,
            String typeEn,
            int used,
            int limit,
            ClockStatus status) {

        public String typeName(Locale locale) {
            return Languages.pick(locale, typeZh, typeEn);
        }

        public String authority(Locale locale) {
            return Languages.pick(locale, authority, authorityEn);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendars;

    /** Tracks decided from {@code from} to {@code to}, of one unit or (null) of all, in the order of their ids. */
    public List<Decided> between(LocalDate from, LocalDate to, String unit) {
        String where = " WHERE t.status IN :decided AND t.decidedOn BETWEEN :from AND :to"
                + (unit == null ? "" : " AND t.project.unit.code = :unit");
        Map<Long, List<PermitClock.Pause>> pauses = new HashMap<>();
        for (Object[] row : bind(
                        em.createQuery(
                                "SELECT t.id, s.requestedOn, s.suppliedOn FROM PermitSupplement s JOIN s.track t"
                                        + where,
                                Object[].class),
                        from,
                        to,
                        unit)
                .getResultList()) {
            pauses.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new PermitClock.Pause((LocalDate) row[1], (LocalDate) row[2]));
        }
        WorkingDayCalendar calendar = calendars.calendar();
        List<Decided> decided = new ArrayList<>();
        for (Object[] t : bind(
                        em.createQuery(
                                "SELECT t.id, t.project.unit.code, y.code, y.authority, y.nameZh, y.nameEn,"
                                        + " t.submittedOn, t.decidedOn, t.limitDays, t.pauseOnSupplement, y.authorityEn"
                                        + " FROM PermitTrack t JOIN t.type y" + where + " ORDER BY t.id",
                                Object[].class),
                        from,
                        to,
                        unit)
                .getResultList()) {
            LocalDate decidedOn = (LocalDate) t[7];
            PermitClock.Result clock = PermitClock.compute(
                    (LocalDate) t[6],
                    decidedOn,
                    ((Number) t[8]).intValue(),
                    pauses.getOrDefault((Long) t[0], List.of()),
                    (Boolean) t[9],
                    calendar,
                    decidedOn);
            decided.add(new Decided(
                    (Long) t[0],
                    (String) t[1],
                    (String) t[2],
                    (String) t[3],
                    (String) t[10],
                    (String) t[4],
                    (String) t[5],
                    clock.used(),
                    clock.limit(),
                    clock.status()));
        }
        return decided;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, LocalDate from, LocalDate to, String unit) {
        query.setParameter("decided", List.of(PermitStatus.GRANTED, PermitStatus.REFUSED))
                .setParameter("from", from)
                .setParameter("to", to);
        return unit == null ? query : query.setParameter("unit", unit);
    }
}
