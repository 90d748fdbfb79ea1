package org.gridworks.permits;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridworks.permits.RouteProposalResource.ProposalJson;
import org.gridworks.permits.RouteProposalResource.RouteJson;
import org.gridworks.permits.RouteProposalResource.WhyJson;

/** The permit route of a project: the tracks proposed from its facts and why each permit type is or is not needed. */
@Path("projects/{id}/permit-route")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectRouteResource {

    @Inject
    RouteProposals proposals;

    @GET
    public RouteJson ofProject(@PathParam("id") long projectId) {
        List<ProposalJson> list =
                proposals.proposals(projectId).stream().map(ProposalJson::of).toList();
        List<WhyJson> why = proposals.why(projectId).stream()
                .map(w -> new WhyJson(w.permitType(), w.isNeeded(), w.mode(), w.because(), w.unmet()))
                .toList();
        return new RouteJson(list, why);
    }
}
