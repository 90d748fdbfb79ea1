package org.gridworks.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.gridworks.identity.AppUser;
import org.gridworks.identity.Caller;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.identity.Unit;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Roles;
import org.gridworks.platform.Time;
import org.gridworks.platform.watch.Colour;

/**
 * The signed-in user's warnings (the inbox and its unread count), the supervisors' list of everything red in their
 * units, and the administrators' scan on demand and view of the outbox.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN})
public class InboxService {

    static final int INBOX_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller callers;

    @Inject
    AlertScan scan;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxClaims claims;

    public List<InboxItem> inbox() {
        return em.createQuery("SELECT i FROM InboxItem i WHERE i.userId = :u ORDER BY i.id DESC", InboxItem.class)
                .setParameter("u", me().getId())
                .setMaxResults(INBOX_LIMIT)
                .getResultList();
    }

    /** Shown in every page's header: one query, by the caller's login (already known), not the user's row first. */
    public long unread() {
        return em.createQuery(
                        "SELECT COUNT(i) FROM InboxItem i, AppUser u WHERE u.login = :login"
                                + " AND i.userId = u.id AND i.readAt IS NULL",
                        Long.class)
                .setParameter("login", callers.require().login())
                .getSingleResult();
    }

    /** Marks one of the caller's own items read; others' items do not exist for them. */
    public InboxItem read(long itemId) {
        InboxItem item = em.find(InboxItem.class, itemId);
        if (item == null || !item.getUserId().equals(me().getId())) {
            throw BusinessException.notFound("alert.notFound", itemId);
        }
        item.read(Time.now());
        return item;
    }

    public int readAll() {
        return em.createQuery("UPDATE InboxItem i SET i.readAt = :now WHERE i.userId = :u AND i.readAt IS NULL")
                .setParameter("now", Time.now())
                .setParameter("u", me().getId())
                .executeUpdate();
    }

    /** A red record with its latest warning. */
    public record RedItem(AlertState state, Alert latest, String unit) {}

    /** Everything red now in the supervisor's units (every unit for the city's supervisors), longest red first. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public List<RedItem> red() {
        Caller caller = callers.require();
        List<RedItem> items = new ArrayList<>();
        for (AlertState state : em.createQuery(
                        "SELECT s FROM AlertState s WHERE s.colour = :red ORDER BY s.since", AlertState.class)
                .setParameter("red", Colour.RED)
                .getResultList()) {
            Unit unit = em.find(Unit.class, state.getUnitId());
            if (unit == null || !caller.mayActIn(unit.getCode())) {
                continue;
            }
            em.createQuery(
                            "SELECT a FROM Alert a WHERE a.subjectType = :t AND a.subjectId = :id ORDER BY a.id DESC",
                            Alert.class)
                    .setParameter("t", state.getSubjectType())
                    .setParameter("id", state.getSubjectId())
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(alert -> items.add(new RedItem(state, alert, unit.getCode())));
        }
        return items;
    }

    /** Runs a scan now; refused while another one is running. */
    @RolesAllowed(Roles.ADMIN)
    public int scanNow() {
        OptionalInt raised = scan.run();
        if (raised.isEmpty()) {
            throw BusinessException.conflict("alert.scanRunning");
        }
        return raised.getAsInt();
    }

    @RolesAllowed(Roles.ADMIN)
    public OutboxSender.Outcome sendNow() {
        return sender.sendDue();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<OutboxMessage> outbox(OutboxStatus status) {
        var query = em.createQuery(
                "SELECT m FROM OutboxMessage m" + (status == null ? "" : " WHERE m.status = :s")
                        + " ORDER BY m.id DESC",
                OutboxMessage.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setMaxResults(500).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public void retry(long id) {
        if (claims.retry(id) == 0) {
            throw BusinessException.conflict("alert.notFailed", id);
        }
    }

    public String recipientName(long userId) {
        AppUser user = em.find(AppUser.class, userId);
        return user == null ? String.valueOf(userId) : user.getDisplayName();
    }

    private AppUser me() {
        String login = callers.require().login();
        return em.createQuery("SELECT u FROM AppUser u WHERE u.login = :l", AppUser.class)
                .setParameter("l", login)
                .getSingleResult();
    }
}
