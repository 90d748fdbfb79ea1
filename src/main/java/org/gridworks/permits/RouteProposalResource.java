package org.gridworks.permits;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.SeenVersion;

/** The clerk's decision on a proposed permit track: confirm it, or override it with a reason. */
@Path("permit-proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RouteProposalResource {

    @Inject
    RouteProposals proposals;

    /** A decision on a proposal: override takes a mode (EXEMPT or none: no track) and a reason. */
    public record DecisionInput(
            @MaxLength(24) String mode,
            @MaxLength(500) String reason,
            @SeenVersion Integer version) {}

    @JsonbNillable
    @JsonbPropertyOrder({"id", "permitType", "mode", "because", "state", "chosenMode", "reason", "decidedBy", "version"
    })
    public record ProposalJson(
            long id,
            String permitType,
            PermitMode mode,
            String because,
            PermitProposal.State state,
            PermitMode chosenMode,
            String reason,
            String decidedBy,
            int version) {

        static ProposalJson of(PermitProposal p) {
            return new ProposalJson(
                    p.getId(),
                    p.getPermitType(),
                    p.getMode(),
                    p.getBecause(),
                    p.getState(),
                    p.getChosenMode(),
                    p.getReason(),
                    p.getDecidedBy(),
                    p.getVersion());
        }
    }

    /** needed is false for a type no rule makes needed (or one exempt); unmet lists the conditions that failed. */
    @JsonbNillable
    @JsonbPropertyOrder({"permitType", "needed", "mode", "because", "unmet"})
    public record WhyJson(String permitType, boolean needed, PermitMode mode, String because, List<String> unmet) {}

    @JsonbPropertyOrder({"proposals", "why"})
    public record RouteJson(List<ProposalJson> proposals, List<WhyJson> why) {}

    @POST
    @Path("{id}/confirm")
    public ProposalJson confirm(@PathParam("id") long id, @Valid DecisionInput input) {
        return ProposalJson.of(proposals.confirm(id, input == null ? null : input.version()));
    }

    @POST
    @Path("{id}/override")
    public ProposalJson override(@PathParam("id") long id, @Valid DecisionInput input) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return ProposalJson.of(
                proposals.override(id, RouteRuleResource.mode(input.mode()), input.reason(), input.version()));
    }
}
