package org.gridworks.delays;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.SeenVersion;
import org.gridworks.platform.watch.SubjectType;

/**
 * Delay causes over the JSON API: a late item's cause (kinds PROJECT, MILESTONE, DELIVERY, PERMIT, as warnings name
 * them), its confirmation, and the counts of a period by unit and cause. The services decide who may do what.
 */
@Path("delay-causes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelayCauseResource {

    @Inject
    DelayCauseService causes;

    @Inject
    DelayCounts counts;

    /** A confirmation: the item (its kind and id), the cause, a note (required with OTHER), the version read. */
    public record CauseInput(
            @MaxLength(16) String subjectType,
            Long subjectId,
            @MaxLength(16) String cause,
            @MaxLength(500) String note,
            @SeenVersion Integer version) {}

    @JsonbNillable
    @JsonbPropertyOrder({
        "subjectType",
        "subjectId",
        "projectId",
        "projectNumber",
        "late",
        "proposed",
        "cause",
        "note",
        "confirmedBy",
        "confirmedAt",
        "version"
    })
    public record CauseJson(
            SubjectType subjectType,
            long subjectId,
            long projectId,
            String projectNumber,
            boolean late,
            DelayCause proposed,
            DelayCause cause,
            String note,
            String confirmedBy,
            String confirmedAt,
            Integer version) {
        static CauseJson of(DelayCauseService.View v) {
            DelayCauseRecord c = v.confirmed();
            return new CauseJson(
                    v.subjectType(),
                    v.subjectId(),
                    v.projectId(),
                    v.projectNumber(),
                    v.late(),
                    v.proposed(),
                    c == null ? null : c.getCause(),
                    c == null ? null : c.getNote(),
                    c == null ? null : c.getConfirmedBy(),
                    c == null ? null : c.getConfirmedAt().toString(),
                    c == null ? null : c.getVersion());
        }
    }

    @GET
    public CauseJson get(@QueryParam("subjectType") String type, @QueryParam("subjectId") String id) {
        return CauseJson.of(causes.view(kind(type), ApiInput.whole("subjectId", id, 1, Long.MAX_VALUE)));
    }

    /** Confirms or changes the cause; a change carries the version read. */
    @PUT
    public CauseJson confirm(@Valid CauseInput input) {
        CauseInput in = input == null ? new CauseInput(null, null, null, null, null) : input;
        DelayCause cause = in.cause() == null ? null : ApiInput.code(DelayCause.class, "cause", in.cause());
        if (in.subjectId() == null) {
            throw org.gridworks.platform.BusinessException.invalid("subjectId", "delay.subjectRequired");
        }
        return CauseJson.of(causes.confirm(kind(in.subjectType()), in.subjectId(), cause, in.note(), in.version()));
    }

    /** The late items of a period by unit and cause (confirmed, else proposed, else UNASSIGNED). */
    @GET
    @Path("counts")
    public List<DelayCounts.Row> counts(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        return counts.count(ApiInput.date("from", from), ApiInput.date("to", to), unit);
    }

    /** Every late item of a period, with its project's number, the cause proposed and the one confirmed. */
    @GET
    @Path("items")
    public List<DelayCounts.Item> items(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("unit") String unit) {
        return counts.items(ApiInput.date("from", from), ApiInput.date("to", to), unit);
    }

    private static SubjectType kind(String type) {
        return ApiInput.code(SubjectType.class, "subjectType", type);
    }
}
