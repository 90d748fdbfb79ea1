package org.gridworks.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.SeenVersion;

/** Application document types: everyone signed in reads them, administrators keep them. */
@Path("application-document-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentTypeResource {

    @Inject
    DocumentTypeService types;

    /** A type as sent; fourFree and active default to false and true. */
    public record TypeInput(
            @MaxLength(32) String code,
            @MaxLength(100) String nameZh,
            @MaxLength(100) String nameEn,
            Boolean fourFree,
            Boolean active,
            @SeenVersion Integer version) {}

    @JsonbPropertyOrder({"code", "nameZh", "nameEn", "fourFree", "active", "version"})
    public record TypeJson(String code, String nameZh, String nameEn, boolean fourFree, boolean active, int version) {

        static TypeJson of(ApplicationDocumentType t) {
            return new TypeJson(
                    t.getCode(), t.getNameZh(), t.getNameEn(), t.isFourFree(), t.isActive(), t.getVersion());
        }
    }

    @GET
    public List<TypeJson> list() {
        return types.list().stream().map(TypeJson::of).toList();
    }

    @POST
    public Response create(@Valid TypeInput input) {
        ApplicationDocumentType created = types.create(form(input == null ? null : input.code(), input, 0));
        return Response.status(Response.Status.CREATED)
                .entity(TypeJson.of(created))
                .build();
    }

    @PUT
    @Path("{code}")
    public TypeJson update(@PathParam("code") String code, @Valid TypeInput input) {
        if (input == null || input.version() == null) {
            throw BusinessException.invalid("version", "api.versionRequired");
        }
        return TypeJson.of(types.update(form(code, input, input.version())));
    }

    private static DocumentTypeForm form(String code, TypeInput input, int version) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return new DocumentTypeForm(
                code,
                input.nameZh(),
                input.nameEn(),
                Boolean.TRUE.equals(input.fourFree()),
                !Boolean.FALSE.equals(input.active()),
                version);
    }
}
