package org.gridworks.permits;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The files of permit documents: upload (clerks of the unit) and download (whoever may see the project). */
@Path("permit-documents")
@RequestScoped
public class PermitDocumentResource {

    @Inject
    PermitService permits;

    /** Attaches a file to a required document: the body is the file, ?name= its file name. */
    @PUT
    @Path("{id}/file")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long documentId, @QueryParam("name") String name, byte[] content) {
        PermitDocument document = permits.upload(documentId, name, content);
        return Response.ok(new PermitResource.DocumentJson(
                        document.getId(),
                        document.getName(),
                        document.getState(),
                        document.getFileName(),
                        document.getContentType(),
                        document.getFileSize()))
                .build();
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
