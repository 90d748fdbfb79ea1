package org.gridworks.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gridworks.platform.BusinessException;

/** The audit trail over the JSON API, newest first; supervisors and administrators only (the service checks). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditSearch search;

    public record EventJson(long id, String occurredAt, String actor, AuditAction action, String recordType,
                            String recordId, String summary, List<FieldChange> changes) {
        static EventJson of(AuditEvent event) {
            return new EventJson(event.getId(), event.getOccurredAt().toString(), event.getActor(), event.getAction(),
                    event.getRecordType(), event.getRecordId(), event.getSummary(), event.getChanges());
        }
    }

    @GET
    public List<EventJson> find(@QueryParam("user") String user, @QueryParam("recordType") String recordType,
                                @QueryParam("recordId") String recordId, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("limit") @DefaultValue("100") int limit) {
        AuditQuery query = new AuditQuery(user, recordType, recordId, date("from", from), date("to", to));
        return search.find(query, first, limit).stream().map(EventJson::of).toList();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "api.badDate", text);
        }
    }
}
