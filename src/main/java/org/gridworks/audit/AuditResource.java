package org.gridworks.audit;

import static org.gridworks.platform.api.ApiInput.optionalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.People;
import org.gridworks.platform.PersonDirectory;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;
import org.gridworks.platform.i18n.Languages;

/** The audit trail over the JSON API, newest first; supervisors and administrators only (the service checks). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditSearch search;

    @Inject
    PersonDirectory names;

    @Context
    HttpHeaders headers;

    /** {@code actor} is the login (what {@code user} filters by); {@code actorName} is what a person reads. */
    @JsonbPropertyOrder({
        "id",
        "occurredAt",
        "actor",
        "actorName",
        "action",
        "recordType",
        "recordId",
        "summary",
        "changes"
    })
    public record EventJson(
            long id,
            String occurredAt,
            String actor,
            String actorName,
            AuditAction action,
            String recordType,
            String recordId,
            String summary,
            List<FieldChange> changes) {
        static EventJson of(AuditEvent event, People people) {
            return new EventJson(
                    event.getId(),
                    event.getOccurredAt().toString(),
                    event.getActor(),
                    people.name(event.getActor()),
                    event.getAction(),
                    event.getRecordType(),
                    event.getRecordId(),
                    event.getSummary(),
                    event.getChanges());
        }
    }

    @GET
    public List<EventJson> find(
            @QueryParam("user") String user,
            @QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        AuditQuery query =
                new AuditQuery(user, recordType, recordId, optionalDate("from", from), optionalDate("to", to));
        List<AuditEvent> events = search.find(query, first, limit);
        People people = names.of(
                events.stream().map(AuditEvent::getActor).toList(),
                Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return events.stream().map(event -> EventJson.of(event, people)).toList();
    }

    /** The search as Excel, newest first, at most {@link AuditSearch#EXPORT_MAX} rows: what the audit page exports. */
    @GET
    @Path("export.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response export(
            @QueryParam("user") String user,
            @QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("lang") String lang) {
        AuditQuery query =
                new AuditQuery(user, recordType, recordId, optionalDate("from", from), optionalDate("to", to));
        List<AuditEvent> events = search.export(query);
        Locale locale = ApiInput.locale(lang, headers);
        People people = names.of(events.stream().map(AuditEvent::getActor).toList(), locale);
        List<AuditBacking.AuditRow> rows =
                events.stream().map(event -> AuditBacking.row(event, people)).toList();
        return Downloads.xlsx(AuditWorkbook.workbook(rows, locale), "audit.xlsx");
    }
}
