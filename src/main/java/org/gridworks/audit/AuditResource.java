package org.gridworks.audit;

import static org.gridworks.platform.api.ApiInput.optionalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
        AuditQuery query = new AuditQuery(user, recordType, recordId, optionalDate("from", from),
                optionalDate("to", to));
        return search.find(query, first, limit).stream().map(EventJson::of).toList();
    }

}
