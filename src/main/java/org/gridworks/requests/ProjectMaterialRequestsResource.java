package org.gridworks.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A project's material requests over the JSON API (its own class: JAX-RS matches the longest literal path). */
@Path("projects/{id}/material-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectMaterialRequestsResource {

    @Inject
    MaterialRequestService requests;

    @Inject
    RequestSourcing sourcing;

    @Inject
    RequestLifecycle lifecycle;

    @GET
    public List<RequestJson.RequestOut> list(@PathParam("id") long project) {
        return requests.jsonOf(project);
    }

    /** Makes the request, sourced and reserved: 201, or 409 when a line cannot be supplied. */
    @POST
    public Response create(@PathParam("id") long project, @Valid RequestJson.RequestIn input) {
        MaterialRequest created = lifecycle.create(project, input(input));
        return Response.status(Response.Status.CREATED)
                .entity(requests.json(created.getId()))
                .build();
    }

    /** What the request would be (due date, warehouses, best date) without making it. */
    @POST
    @Path("proposal")
    public RequestJson.ProposalOut propose(@PathParam("id") long project, @Valid RequestJson.RequestIn input) {
        return RequestJson.ProposalOut.of(sourcing.propose(project, input(input)));
    }

    private static RequestInput input(RequestJson.RequestIn input) {
        return input == null ? new RequestInput(null, null, null) : input.input();
    }
}
