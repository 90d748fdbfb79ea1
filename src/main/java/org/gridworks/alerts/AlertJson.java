package org.gridworks.alerts;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSources;

/** The JSON shapes of warnings. */
public final class AlertJson {

    private AlertJson() {}

    @JsonbNillable
    @JsonbPropertyOrder({"id", "type", "subject", "colour", "reminder", "title", "text", "link", "raisedAt", "read"})
    public record InboxJson(
            long id,
            SubjectType type,
            long subject,
            Colour colour,
            boolean reminder,
            String title,
            String text,
            String link,
            String raisedAt,
            boolean read) {
        static InboxJson of(InboxItem item, Locale locale, WatchSources pages) {
            Alert a = item.getAlert();
            return new InboxJson(
                    item.getId(),
                    a.getSubjectType(),
                    a.getSubjectId(),
                    a.getColour(),
                    a.isReminder(),
                    a.title(locale),
                    a.text(locale),
                    a.link(pages),
                    a.getRaisedAt().toString(),
                    item.getReadAt() != null);
        }
    }

    @JsonbPropertyOrder({"type", "subject", "unit", "since", "title", "text", "link"})
    public record RedJson(
            SubjectType type, long subject, String unit, String since, String title, String text, String link) {
        static RedJson of(InboxService.RedItem item, Locale locale, WatchSources pages) {
            return new RedJson(
                    item.state().getSubjectType(),
                    item.state().getSubjectId(),
                    item.unit(),
                    item.state().getSince().toString(),
                    item.latest().title(locale),
                    item.latest().text(locale),
                    item.latest().link(pages));
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "alert",
        "channel",
        "address",
        "subject",
        "status",
        "attempts",
        "nextAttemptAt",
        "lastError",
        "sentAt"
    })
    public record OutboxJson(
            long id,
            long alert,
            Channel channel,
            String address,
            String subject,
            OutboxStatus status,
            int attempts,
            String nextAttemptAt,
            String lastError,
            String sentAt) {
        static OutboxJson of(OutboxMessage m) {
            return new OutboxJson(
                    m.getId(),
                    m.getAlertId(),
                    m.getChannel(),
                    m.getAddress(),
                    m.getSubject(),
                    m.getStatus(),
                    m.getAttempts(),
                    m.getNextAttemptAt().toString(),
                    m.getLastError(),
                    m.getSentAt() == null ? null : m.getSentAt().toString());
        }
    }

    @JsonbPropertyOrder({"language", "email", "sms"})
    public record NotificationsJson(@MaxLength(10) String language, Boolean email, Boolean sms) {}
}
