package org.gridworks.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.api.ApiInput;

/** The caller's own personal API tokens: issue (the token is in this answer only), list, revoke. */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyTokensResource {

    @Inject
    ApiTokenService tokens;

    @GET
    public List<TokenJson.Listed> list() {
        return tokens.mine().stream().map(TokenJson.Listed::of).toList();
    }

    @POST
    public Response issue(@Valid TokenJson.Input input) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return issued(tokens.issueMine(input.name(), ApiInput.optionalDate("expiresOn", input.expiresOn())));
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revokeMine(id);
        return Response.noContent().build();
    }

    /** 201 with the token; no cache on the way may keep it. */
    static Response issued(ApiTokenService.Issued issued) {
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(TokenJson.Issued.of(issued))
                .build();
    }
}
