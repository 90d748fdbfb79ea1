package org.gridworks.alerts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.identity.CurrentCaller;
import org.gridworks.platform.Roles;
import org.gridworks.platform.watch.Colour;
import org.gridworks.platform.watch.SubjectType;
import org.gridworks.platform.watch.WatchSources;
import org.gridworks.platform.web.FacesFeedback;

/**
 * The supervisors' list of everything red in their units; for administrators also the scan on demand and the
 * outbox (with its failures, which they can send again).
 */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    @Inject
    WatchSources pages;

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    InboxService alerts;

    @Inject
    CurrentCaller callers;

    @Inject
    Recipients recipients;

    private List<RedRow> red = List.of();
    /** The red list's filters: one kind, one unit (null: all), and the choices the list offers. */
    private SubjectType kind;

    private String unit;
    private List<SubjectType> kinds = List.of();
    private List<String> units = List.of();
    private List<OutboxRow> outbox = List.of();
    private List<LadderRow> ladder = List.of();
    private boolean admin;

    /** A red record. */
    public record RedRow(String type, String unit, String since, String title, String text, String link)
            implements Serializable {}

    /** A message of the outbox. */
    public record OutboxRow(
            long id,
            Channel channel,
            String recipient,
            String address,
            String subject,
            OutboxStatus status,
            int attempts,
            String next,
            String error,
            String sent)
            implements Serializable {}

    public void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<InboxService.RedItem> everything = alerts.red();
        kinds = everything.stream()
                .map(r -> r.state().getSubjectType())
                .distinct()
                .sorted()
                .toList();
        units = everything.stream()
                .map(InboxService.RedItem::unit)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        RedFilter filter = new RedFilter(kind, unit);
        // a mutable list: the table sorts the list it is given
        red = everything.stream()
                .filter(filter::shows)
                .map(r -> new RedRow(
                        r.state().getSubjectType().name(),
                        r.unit(),
                        r.state().getSince().format(WHEN),
                        r.latest().title(locale),
                        r.latest().text(locale),
                        r.latest().link(pages)))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        admin = callers.require().has(Roles.ADMIN);
        if (admin) {
            outbox = alerts.outbox(null).stream()
                    .map(m -> new OutboxRow(
                            m.getId(),
                            m.getChannel(),
                            alerts.recipientName(m.getUserId()),
                            m.getAddress(),
                            m.getSubject(),
                            m.getStatus(),
                            m.getAttempts(),
                            m.getNextAttemptAt().format(WHEN),
                            m.getLastError(),
                            m.getSentAt() == null ? null : m.getSentAt().format(WHEN)))
                    .toList();
            ladder = recipients.describe().entrySet().stream()
                    .map(e -> new LadderRow(e.getKey(), e.getValue()))
                    .toList();
        }
    }

    public void scan() {
        Integer raised = FacesFeedback.attempt(() -> alerts.scanNow());
        if (raised != null) {
            FacesFeedback.info("alert.scanned", raised);
        }
        load();
    }

    public void send() {
        OutboxSender.Outcome outcome = FacesFeedback.attempt(() -> alerts.sendNow());
        if (outcome != null) {
            FacesFeedback.info("alert.sent", outcome.sent(), outcome.failed());
        }
        load();
    }

    public void retry(OutboxRow row) {
        if (FacesFeedback.attempt(() -> alerts.retry(row.id()))) {
            FacesFeedback.info("alert.retrying", row.id());
        }
        load();
    }

    public List<RedRow> getRed() {
        return red;
    }

    /** The red list of these filters as Excel, through the API with the page's session. */
    public String getRedExportUrl() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + "/api/v1/alerts/red.xlsx?lang="
                + faces.getViewRoot().getLocale().toLanguageTag()
                + (kind == null ? "" : "&kind=" + kind.name())
                + (unit == null
                        ? ""
                        : "&unit=" + java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8));
    }

    public SubjectType getKind() {
        return kind;
    }

    public void setKind(SubjectType kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null || unit.isBlank() ? null : unit;
    }

    public List<SubjectType> getKinds() {
        return kinds;
    }

    public List<String> getUnits() {
        return units;
    }

    public List<OutboxRow> getOutbox() {
        return outbox;
    }

    /** Who is told about one colour, step by step. */
    public record LadderRow(Colour colour, List<String> steps) implements Serializable {}

    public List<LadderRow> getLadder() {
        return ladder;
    }

    public boolean isAdmin() {
        return admin;
    }
}
