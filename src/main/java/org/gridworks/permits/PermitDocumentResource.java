package org.gridworks.permits;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.SeenVersion;

/**
 * The documents of permit tracks: their state (received, deferred to a supplement-by date, not needed; clerks of
 * the unit), the file's upload (the same clerks) and download (whoever may see the project).
 */
@Path("permit-documents")
@RequestScoped
public class PermitDocumentResource {

    @Inject
    PermitService permits;

    /** A document's new state; deferredTo only with DEFERRED (a working day, not in the past). */
    public record DocumentStateInput(
            @MaxLength(16) String state,
            @MaxLength(40) String deferredTo,
            @SeenVersion Integer version) {}

    @POST
    @Path("{id}/state")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public PermitResource.DocumentJson mark(@PathParam("id") long documentId, @Valid DocumentStateInput input) {
        DocumentStateInput in = input == null ? new DocumentStateInput(null, null, null) : input;
        DocumentState state = in.state() == null ? null : ApiInput.code(DocumentState.class, "state", in.state());
        return PermitResource.DocumentJson.of(permits.markDocument(
                documentId, state, ApiInput.optionalDate("deferredTo", in.deferredTo()), in.version()));
    }

    /** Attaches a file to a required document: the body is the file, ?name= its file name. */
    @PUT
    @Path("{id}/file")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long documentId, @QueryParam("name") String name, byte[] content) {
        PermitDocument document = permits.upload(documentId, name, content);
        return Response.ok(PermitResource.DocumentJson.of(document)).build();
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long documentId) {
        PermitService.StoredFile file = permits.download(documentId);
        return Response.ok(file.content(), file.contentType())
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(file.name(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }
}
