package org.gridworks.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridworks.calendar.CalendarService;
import org.gridworks.identity.AppUser;
import org.gridworks.platform.Time;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.watch.Watched;

/**
 * One pass of the scan, in one transaction: compares what is yellow or red now with the colours last seen,
 * raises warnings and reminders by the rules, puts them in the recipients' inboxes and queues their e-mails and
 * text messages (in each recipient's language), and remembers the colours.
 */
@Stateless
public class AlertRaiser {

    @PersistenceContext
    EntityManager em;

    @Inject
    Watchlist watchlist;

    @Inject
    Recipients recipients;

    @Inject
    CalendarService calendars;

    @Inject
    AlertSettings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int raise() {
        LocalDateTime now = Time.now();
        Map<AlertState.Key, AlertState> states = new HashMap<>();
        em.createQuery("SELECT s FROM AlertState s", AlertState.class)
                .getResultList()
                .forEach(s -> states.put(new AlertState.Key(s.getSubjectType(), s.getSubjectId()), s));
        Set<AlertState.Key> seen = new HashSet<>();
        int raised = 0;
        for (Watched watched : watchlist.now()) {
            AlertState.Key key = new AlertState.Key(watched.type(), watched.id());
            if (!seen.add(key)) {
                continue;
            }
            AlertState state = states.get(key);
            AlertRules.Decision decision = AlertRules.decide(
                    state == null ? null : state.getColour(),
                    state == null ? null : state.getLastAlerted(),
                    watched.colour(),
                    now,
                    calendars.calendar());
            if (decision == AlertRules.Decision.RAISE || decision == AlertRules.Decision.REMIND) {
                deliver(new Alert(watched, decision == AlertRules.Decision.REMIND, now), watched, now);
                raised++;
                if (state == null) {
                    em.persist(new AlertState(watched.type(), watched.id(), watched.unitId(), watched.colour(), now));
                } else if (decision == AlertRules.Decision.RAISE) {
                    state.changed(watched.colour(), now);
                } else {
                    state.reminded(now);
                }
            }
        }
        // records that are green again (or closed) start afresh: a later yellow is news again
        for (Map.Entry<AlertState.Key, AlertState> entry : states.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                em.remove(entry.getValue());
            }
        }
        return raised;
    }

    private void deliver(Alert alert, Watched watched, LocalDateTime now) {
        em.persist(alert);
        em.flush();
        for (Long userId : recipients.of(watched)) {
            AppUser user = em.find(AppUser.class, userId);
            if (user == null || !user.isEnabled()) {
                continue;
            }
            em.persist(new InboxItem(alert, userId));
            var locale = Languages.fromTag(user.getLanguage());
            String subject = alert.title(locale);
            String text = alert.text(locale);
            if (settings.emailEnabled() && user.isNotifyEmail() && present(user.getEmail())) {
                em.persist(new OutboxMessage(
                        alert.getId(), userId, Channel.EMAIL, user.getEmail().trim(), subject, text, now));
            }
            if (settings.smsEnabled() && user.isNotifySms() && present(user.getPhone())) {
                em.persist(new OutboxMessage(
                        alert.getId(),
                        userId,
                        Channel.SMS,
                        user.getPhone().trim(),
                        subject,
                        subject + " " + text,
                        now));
            }
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** For tests and the API: the colours currently remembered. */
    public List<AlertState> states() {
        return em.createQuery("SELECT s FROM AlertState s", AlertState.class).getResultList();
    }
}
