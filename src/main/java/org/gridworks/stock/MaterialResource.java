package org.gridworks.stock;

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
import java.util.List;
import org.gridworks.platform.BusinessException;

/** The materials catalogue over the JSON API: search for everyone, changes for administrators. */
@Path("materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaterialResource {

    @Inject
    Catalogue catalogue;

    @Inject
    MaterialService materials;

    /** Active materials whose code, name or specification contains {@code q} (all when empty), at most 50. */
    @GET
    public List<StockJson.MaterialJson> search(@QueryParam("q") String q) {
        return catalogue.search(q).stream().map(StockJson.MaterialJson::of).toList();
    }

    @POST
    public Response create(@Valid StockJson.MaterialInput input) {
        Material created = materials.create(form(input, null));
        return Response.status(Response.Status.CREATED)
                .entity(StockJson.MaterialJson.of(created))
                .build();
    }

    @PUT
    @Path("{code}")
    public StockJson.MaterialJson update(@PathParam("code") String code, @Valid StockJson.MaterialInput input) {
        Material material =
                catalogue.material(code).orElseThrow(() -> BusinessException.notFound("stock.unknownMaterial", code));
        return StockJson.MaterialJson.of(
                materials.update(material.getId(), form(input, input == null ? null : input.version())));
    }

    private static MaterialForm form(StockJson.MaterialInput in, Integer version) {
        if (in == null) {
            throw BusinessException.invalid("code", "material.required");
        }
        return new MaterialForm(in.code(), in.name(), in.spec(), in.unit(), in.category(), in.active(), version);
    }
}
