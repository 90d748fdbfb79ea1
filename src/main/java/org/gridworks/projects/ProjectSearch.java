package org.gridworks.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;

/**
 * The project list, filtered, sorted and paged in the database (indexed on unit, status and clock colour),
 * so it stays fast with tens of thousands of projects. Staff see their own unit; supervisors and
 * administrators every unit, or the one they pick.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class ProjectSearch {

    public static final int MAX_PAGE = 200;
    /** The columns a list may sort by, as the page names them. */
    static final Map<String, String> SORTABLE = Map.of(
            "number",
            "id",
            "customerName",
            "customerName",
            "acceptedOn",
            "acceptedOn",
            "clockDue",
            "clockDue",
            "clockStatus",
            "clockStatus",
            "category",
            "category");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller callers;

    public List<ConnectionProject> find(
            ProjectFilter filter, int first, int pageSize, String sortBy, boolean ascending) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE) {
            throw BusinessException.invalid("limit", "error.paging", MAX_PAGE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ConnectionProject> query = cb.createQuery(ConnectionProject.class);
        Root<ConnectionProject> project = query.from(ConnectionProject.class);
        // the page shows each row's unit and manager: read with the rows, not one query per row
        project.fetch("unit");
        project.fetch("manager", JoinType.LEFT);
        query.where(conditions(cb, project, filter, callers.require()));
        Path<Object> sort = project.get(SORTABLE.getOrDefault(sortBy == null ? "" : sortBy, "id"));
        query.orderBy(ascending ? cb.asc(sort) : cb.desc(sort), cb.desc(project.get("id")));
        return em.createQuery(query)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(ProjectFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ConnectionProject> project = query.from(ConnectionProject.class);
        query.select(cb.count(project)).where(conditions(cb, project, filter, callers.require()));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(
            CriteriaBuilder cb, Root<ConnectionProject> project, ProjectFilter filter, Caller caller) {
        List<Predicate> where = new ArrayList<>();
        boolean everyUnit = caller.seesEveryUnit();
        String unit = everyUnit ? blankToNull(filter.unit()) : caller.unit();
        if (unit != null) {
            where.add(cb.equal(project.get("unit").get("code"), unit));
        }
        if (filter.status() != null) {
            where.add(cb.equal(project.get("status"), filter.status()));
        }
        if (filter.category() != null) {
            where.add(cb.equal(project.get("category"), filter.category()));
        }
        if (filter.clock() != null) {
            where.add(cb.equal(project.get("clockStatus"), filter.clock()));
        }
        String text = blankToNull(filter.text());
        if (text != null) {
            String pattern =
                    "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(project.get("customerName"), pattern, '\\'),
                    cb.like(project.get("number"), pattern, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
