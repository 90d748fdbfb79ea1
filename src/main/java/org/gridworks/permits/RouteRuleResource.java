package org.gridworks.permits;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.SeenVersion;

/** The permit route rules: everyone who works on projects reads them, administrators keep them. */
@Path("permit-routes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RouteRuleResource {

    @Inject
    RouteRuleService rules;

    /** A rule as sent: permit type and mode as codes, dates YYYY-MM-DD (effectiveTo optional, exclusive). */
    public record RuleInput(
            @MaxLength(32) String permitType,
            @MaxLength(300) String condition,
            @MaxLength(24) String mode,
            @MaxLength(40) String effectiveFrom,
            @MaxLength(40) String effectiveTo,
            @SeenVersion Integer version) {}

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "permitType",
        "condition",
        "mode",
        "effectiveFrom",
        "effectiveTo",
        "shippedDefault",
        "version"
    })
    public record RuleJson(
            long id,
            String permitType,
            String condition,
            PermitMode mode,
            String effectiveFrom,
            String effectiveTo,
            boolean shippedDefault,
            int version) {

        static RuleJson of(PermitRouteRule r) {
            return new RuleJson(
                    r.getId(),
                    r.getPermitType(),
                    r.getCondition(),
                    r.getMode(),
                    r.getEffectiveFrom().toString(),
                    r.getEffectiveTo() == null ? null : r.getEffectiveTo().toString(),
                    r.isShippedDefault(),
                    r.getVersion());
        }
    }

    @GET
    public List<RuleJson> list() {
        return rules.list().stream().map(RuleJson::of).toList();
    }

    @POST
    public Response create(@Valid RuleInput input) {
        PermitRouteRule rule = rules.save(form(null, input, 0));
        return Response.status(Response.Status.CREATED)
                .entity(RuleJson.of(rule))
                .build();
    }

    @PUT
    @Path("{id}")
    public RuleJson update(@PathParam("id") long id, @Valid RuleInput input) {
        if (input == null || input.version() == null) {
            throw BusinessException.invalid("version", "api.versionRequired");
        }
        return RuleJson.of(rules.save(form(id, input, input.version())));
    }

    private static RouteRuleService.RuleForm form(Long id, RuleInput input, int version) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return new RouteRuleService.RuleForm(
                id,
                input.permitType(),
                input.condition(),
                mode(input.mode()),
                ApiInput.optionalDate("effectiveFrom", input.effectiveFrom()),
                ApiInput.optionalDate("effectiveTo", input.effectiveTo()),
                version);
    }

    static PermitMode mode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PermitMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("mode", "api.unknownCode", text);
        }
    }
}
