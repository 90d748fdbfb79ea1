package org.gridworks.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/** Searches the audit trail, newest first, a page at a time; for supervisors and administrators only. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class AuditSearch {

    public static final int MAX_PAGE = 500;

    /** The most rows an Excel download of the trail holds (the newest). */
    public static final int EXPORT_MAX = 10_000;

    @PersistenceContext
    EntityManager em;

    public List<AuditEvent> find(AuditQuery query, int first, int pageSize) {
        return find(query, first, pageSize, true);
    }

    /** A page of the trail, newest first or (sorted by time on the page) oldest first. */
    public List<AuditEvent> find(AuditQuery query, int first, int pageSize, boolean newestFirst) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw BusinessException.invalid("limit", "error.paging", MAX_PAGE);
        }
        return select(query, first, pageSize, newestFirst);
    }

    /** The newest {@link #EXPORT_MAX} events of a search, for its Excel download. */
    public List<AuditEvent> export(AuditQuery query) {
        return select(query, 0, EXPORT_MAX, true);
    }

    private List<AuditEvent> select(AuditQuery query, int first, int size, boolean newestFirst) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> select = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = select.from(AuditEvent.class);
        select.where(conditions(cb, event, query))
                .orderBy(newestFirst ? cb.desc(event.get("id")) : cb.asc(event.get("id")));
        TypedQuery<AuditEvent> page =
                em.createQuery(select).setFirstResult(first).setMaxResults(size);
        return page.getResultList();
    }

    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEvent> event = count.from(AuditEvent.class);
        count.select(cb.count(event)).where(conditions(cb, event, query));
        return em.createQuery(count).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEvent> event, AuditQuery query) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw BusinessException.invalid("to", "error.periodReversed");
        }
        List<Predicate> where = new ArrayList<>();
        if (hasText(query.actor())) {
            where.add(cb.equal(event.get("actor"), query.actor().trim()));
        }
        if (hasText(query.recordType())) {
            where.add(cb.equal(event.get("recordType"), query.recordType().trim()));
        }
        if (hasText(query.recordId())) {
            where.add(cb.equal(event.get("recordId"), query.recordId().trim()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(
                    event.get("occurredAt"), query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            where.add(
                    cb.lessThan(event.get("occurredAt"), query.to().plusDays(1).atStartOfDay()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
