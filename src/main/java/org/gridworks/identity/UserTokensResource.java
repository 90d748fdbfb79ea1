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

/** Another user's personal API tokens, for administrators (the service checks): e.g. an integrating system's. */
@Path("users/{login}/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserTokensResource {

    @Inject
    ApiTokenService tokens;

    @GET
    public List<TokenJson.Listed> list(@PathParam("login") String login) {
        return tokens.tokensOf(login).stream().map(TokenJson.Listed::of).toList();
    }

    @POST
    public Response issue(@PathParam("login") String login, @Valid TokenJson.Input input) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return MyTokensResource.issued(
                tokens.issueFor(login, input.name(), ApiInput.optionalDate("expiresOn", input.expiresOn())));
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("login") String login, @PathParam("id") long id) {
        tokens.revokeOf(login, id);
        return Response.noContent().build();
    }
}
