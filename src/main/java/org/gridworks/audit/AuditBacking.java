package org.gridworks.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridworks.platform.People;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.web.FacesFeedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The audit trail search page: filters by user, record and period; pages come from the database. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AuditSearch search;

    @Inject
    PersonDirectory names;

    private String actor;
    private String recordType;
    private String recordId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditRow> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            Long total = FacesFeedback.attempt(() -> search.count(query()));
            return total == null ? 0 : (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<AuditRow> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            // the one sortable column is the time: the trail's id orders it as it happened
            boolean oldestFirst = sort.values().stream().anyMatch(meta -> meta.getOrder() == SortOrder.ASCENDING);
            List<AuditEvent> found = FacesFeedback.attempt(() -> search.find(query(), first, pageSize, !oldestFirst));
            if (found == null) {
                return List.of();
            }
            People people = names.of(
                    found.stream().map(AuditEvent::getActor).toList(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            return found.stream().map(event -> row(event, people)).toList();
        }
    };

    /** One line of the result, ready to show. */
    /** The actor's login stays beside the name: the search filters by login. */
    public record AuditRow(
            long id,
            String time,
            String actor,
            String actorName,
            AuditAction action,
            String record,
            String summary,
            String changes)
            implements Serializable {

        public long getId() {
            return id;
        }

        public String getTime() {
            return time;
        }

        public String getActor() {
            return actor;
        }

        public String getActorName() {
            return actorName;
        }

        public AuditAction getAction() {
            return action;
        }

        public String getRecord() {
            return record;
        }

        public String getSummary() {
            return summary;
        }

        public String getChanges() {
            return changes;
        }
    }

    static AuditRow row(AuditEvent event, People people) {
        String record = event.getRecordType() == null
                ? ""
                : event.getRecordType() + (event.getRecordId() == null ? "" : " " + event.getRecordId());
        String changes = event.getChanges().stream()
                .map(c -> c.field() + ": " + show(c.oldValue()) + " → " + show(c.newValue()))
                .collect(Collectors.joining("; "));
        return new AuditRow(
                event.getId(),
                event.getOccurredAt().format(TIME),
                event.getActor(),
                people.name(event.getActor()),
                event.getAction(),
                record,
                event.getSummary(),
                changes);
    }

    private static String show(String value) {
        return value == null ? "∅" : value;
    }

    private AuditQuery query() {
        return new AuditQuery(actor, recordType, recordId, from, to);
    }

    /** This search as Excel (newest first), through the API with the page's session. */
    public String getExportUrl() {
        FacesContext faces = FacesContext.getCurrentInstance();
        StringBuilder url = new StringBuilder(faces.getExternalContext().getRequestContextPath())
                .append("/api/v1/audit/export.xlsx?lang=")
                .append(faces.getViewRoot().getLocale().toLanguageTag());
        parameter(url, "user", actor);
        parameter(url, "recordType", recordType);
        parameter(url, "recordId", recordId);
        parameter(url, "from", from == null ? null : from.toString());
        parameter(url, "to", to == null ? null : to.toString());
        return url.toString();
    }

    private static void parameter(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    public LazyDataModel<AuditRow> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
