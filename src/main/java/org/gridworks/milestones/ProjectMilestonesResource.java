package org.gridworks.milestones;

import static org.gridworks.platform.api.ApiInput.optionalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gridworks.identity.PersonNames;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.People;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.SeenVersion;

/** A project's milestone plan over the JSON API (the list's shape is fixed in shared/API.md). */
@Path("projects/{id}/milestones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectMilestonesResource {

    @Inject
    PlanService plans;

    @Inject
    PersonNames names;

    @Context
    HttpHeaders headers;

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "code",
        "name",
        "baseline",
        "forecast",
        "actual",
        "slipWorkingDays",
        "provisional",
        "responsible",
        "responsibleName",
        "version"
    })
    public record MilestoneJson(
            long id,
            String code,
            String name,
            String baseline,
            String forecast,
            String actual,
            int slipWorkingDays,
            boolean provisional,
            String responsible,
            String responsibleName,
            int version) {}

    /** What a milestone edit or plan action carries. */
    public record MilestoneInput(
            @MaxLength(40) String forecast,
            @MaxLength(40) String actual,
            @MaxLength(64) String responsible,
            @MaxLength(500) String note,
            @MaxLength(500) String reason,
            @SeenVersion Integer version) {}

    @GET
    public List<MilestoneJson> list(@PathParam("id") long projectId) {
        return plans.planOf(projectId).map(this::json).orElse(List.of());
    }

    @POST
    public Response create(@PathParam("id") long projectId) {
        return Response.status(Response.Status.CREATED)
                .entity(json(plans.create(projectId)))
                .build();
    }

    @POST
    @Path("approve")
    public List<MilestoneJson> approve(@PathParam("id") long projectId, @Valid MilestoneInput input) {
        return json(plans.approve(projectId, version(input)));
    }

    @POST
    @Path("rebaseline")
    public List<MilestoneJson> rebaseline(@PathParam("id") long projectId, @Valid MilestoneInput input) {
        return json(plans.rebaseline(projectId, input == null ? null : input.reason(), version(input)));
    }

    @PUT
    @Path("{code}")
    public List<MilestoneJson> update(
            @PathParam("id") long projectId, @PathParam("code") String code, @Valid MilestoneInput input) {
        int version = version(input);
        return json(plans.update(
                projectId,
                code,
                optionalDate("forecast", input.forecast()),
                optionalDate("actual", input.actual()),
                input.responsible(),
                input.note(),
                version));
    }

    private List<MilestoneJson> json(MilestonePlan plan) {
        Locale locale = Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        People people = names.of(
                plan.getMilestones().stream().map(Milestone::getResponsible).toList(), locale);
        return plan.getMilestones().stream()
                .map(m -> new MilestoneJson(
                        m.getId(),
                        m.getCode(),
                        m.name(locale),
                        text(m.getBaseline()),
                        text(m.getForecast()),
                        text(m.getActual()),
                        plans.slip(m),
                        plans.provisional(m),
                        m.getResponsible(),
                        people.name(m.getResponsible()),
                        plan.getVersion()))
                .toList();
    }

    private static int version(MilestoneInput input) {
        if (input == null || input.version() == null) {
            throw BusinessException.invalid("version", "api.versionRequired");
        }
        return input.version();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
