package org.gridworks.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.gridworks.audit.AuditAction;
import org.gridworks.audit.AuditTrail;
import org.gridworks.calendar.CalendarService;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.SystemInfo;
import org.gridworks.platform.Time;
import org.gridworks.projects.Clock;
import org.gridworks.projects.ConnectionProject;
import org.gridworks.projects.ProjectClocks;

/**
 * A customer's application as the customer may see it, for whoever proves it with its number and the last four
 * digits of its contact phone; no account needed. Every attempt is throttled and audited. An unknown number and a
 * wrong phone run the same query, the same constant-time comparison, the same throttle count and audit row, and
 * give the same answer, so the answer tells nobody which numbers exist.
 */
@Stateless
@PermitAll
public class CustomerProgress {

    /** The audit's actor for what customers do without an account. */
    static final String ACTOR = "customer";

    /** The company's service hotline and the energy regulator's hotline (published standards). */
    public static final String HOTLINE = "95598";

    public static final String SUPERVISION_HOTLINE = "12398";

    static final int MAX_NUMBER = 32;
    static final int MAX_COMMENT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    LookupThrottle throttle;

    @Inject
    RatingStore ratings;

    @Inject
    AuditTrail audit;

    @Inject
    ProjectClocks clocks;

    @Inject
    CalendarService calendar;

    @Inject
    SystemInfo system;

    public enum Outcome {
        FOUND,
        NOT_MATCHED,
        THROTTLED
    }

    /** What a lookup gave: the progress when FOUND, the seconds to wait when THROTTLED. */
    public record Lookup(Outcome outcome, ProgressView progress, long retryAfterSeconds) {}

    /** The number as customers type it: trimmed, upper case (numbers are like WC-2026-000123). */
    public static String normalise(String number) {
        return number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
    }

    /** Input problems, field by field (none: empty), before anything is counted. */
    public static List<String[]> problems(String number, String phone4) {
        String n = normalise(number);
        List<String[]> problems = new java.util.ArrayList<>();
        if (n.isEmpty() || n.length() > MAX_NUMBER || !n.matches("[A-Z0-9-]+")) {
            problems.add(new String[] {"number", "progress.numberInvalid"});
        }
        if (!PhoneProof.isWellFormed(phone4 == null ? null : phone4.trim())) {
            problems.add(new String[] {"phone4", "progress.phone4Invalid"});
        }
        return problems;
    }

    public Lookup lookup(String number, String phone4, String address) {
        String n = normalise(number);
        requireWellFormed(n, phone4);
        LocalDateTime now = Time.now();
        long wait = throttle.admit(address, n, now);
        if (wait > 0) {
            audit.recordSeparately(ACTOR, AuditAction.PUBLIC_LOOKUP_THROTTLED, "Project", null, n, address);
            return new Lookup(Outcome.THROTTLED, null, wait);
        }
        Long proven = proven(n, phone4.trim());
        if (proven == null) {
            throttle.failed(n, now);
            audit.recordSeparately(ACTOR, AuditAction.PUBLIC_LOOKUP_FAILED, "Project", null, n, address);
            return new Lookup(Outcome.NOT_MATCHED, null, 0);
        }
        audit.recordSeparately(ACTOR, AuditAction.PUBLIC_LOOKUP, "Project", proven, n, address);
        return new Lookup(Outcome.FOUND, view(proven), 0);
    }

    /**
     * The customer's one rating of a connected application, with the same proof as a lookup (and counted as one).
     * A second rating is refused by the database's unique key, also when two arrive at once.
     */
    public Lookup rate(
            String number, String phone4, String address, int speed, int clarity, int staff, String comment) {
        checkStars("speed", speed);
        checkStars("clarity", clarity);
        checkStars("staff", staff);
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (text != null && text.length() > MAX_COMMENT) {
            throw BusinessException.invalid("comment", "rating.commentTooLong", MAX_COMMENT);
        }
        Lookup lookup = lookup(number, phone4, address);
        if (lookup.outcome() != Outcome.FOUND) {
            return lookup;
        }
        ProgressView progress = lookup.progress();
        if (!progress.isConnected()) {
            throw BusinessException.conflict("rating.notConnected");
        }
        if (progress.rated()) {
            throw BusinessException.conflict("rating.already");
        }
        long projectId = projectId(progress.number());
        try {
            ratings.insert(new CustomerRating(projectId, speed, clarity, staff, text, Time.now()));
        } catch (EJBException duplicate) {
            throw BusinessException.conflict("rating.already");
        }
        audit.recordSeparately(
                ACTOR,
                AuditAction.CREATE,
                "CustomerRating",
                projectId,
                progress.number() + " " + speed + "/" + clarity + "/" + staff,
                address);
        return new Lookup(Outcome.FOUND, view(projectId), 0);
    }

    private static void checkStars(String field, int stars) {
        if (stars < 1 || stars > 5) {
            throw BusinessException.invalid(field, "rating.starsRange");
        }
    }

    private static void requireWellFormed(String number, String phone4) {
        List<String[]> problems = problems(number, phone4);
        if (!problems.isEmpty()) {
            throw BusinessException.invalid(problems.get(0)[0], problems.get(0)[1]);
        }
    }

    /** The project the proof opens, or null: one query by number and one comparison, whatever the outcome. */
    private Long proven(String number, String phone4) {
        List<Object[]> rows = em.createQuery(
                        "SELECT p.id, p.contactPhone FROM ConnectionProject p WHERE p.number = :number", Object[].class)
                .setParameter("number", number)
                .getResultList();
        Object[] row = rows.isEmpty() ? null : rows.get(0);
        boolean proven = PhoneProof.matches(row == null ? null : (String) row[1], phone4);
        return proven ? (Long) row[0] : null;
    }

    private long projectId(String number) {
        return em.createQuery("SELECT p.id FROM ConnectionProject p WHERE p.number = :number", Long.class)
                .setParameter("number", number)
                .getSingleResult();
    }

    private ProgressView view(long id) {
        ConnectionProject project = em.find(ConnectionProject.class, id);
        List<Clock> computed = clocks.compute(project);
        Clock main = computed.get(0);
        List<ProgressRules.StepTimes> steps = project.getSteps().stream()
                .map(s -> new ProgressRules.StepTimes(s.getCode(), s.getOpenedAt(), s.getClosedAt(), s.isPaused()))
                .toList();
        boolean rated = !em.createQuery("SELECT r.id FROM CustomerRating r WHERE r.projectId = :id", Long.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        return new ProgressView(
                project.getNumber(),
                project.getCategory(),
                project.getStatus(),
                project.getAcceptedOn(),
                main.scope(),
                main.limitWorkingDays(),
                main.usedWorkingDays(),
                ProgressRules.customerDays(project.getAcceptedOn(), steps, main, calendar.calendar(), system.today()),
                main.due(),
                main.status(),
                ProgressRules.steps(steps, computed),
                ProgressRules.next(steps),
                project.getUnit().getNameZh(),
                project.getUnit().getNameEn(),
                rated);
    }
}
