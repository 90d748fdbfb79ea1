package org.gridworks.capacity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.i18n.CallerLocale;

/**
 * Grid capacity for administrators: the rows with their ids and versions, add, change (with the version seen),
 * delete ({@code ?version=}). The public list is {@code /api/v1/public/capacity}; Excel is {@code grid-capacity.xlsx}.
 */
@Path("grid-capacity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {

    @Inject
    CapacityService capacity;

    /** Every row, by district, substation and feeder. */
    @GET
    public List<CapacityJson.RowJson> list() {
        return capacity.list().stream()
                .map(r -> CapacityJson.RowJson.of(r, CallerLocale.current()))
                .toList();
    }

    @GET
    @Path("{id}")
    public CapacityJson.RowJson get(@PathParam("id") long id) {
        return CapacityJson.RowJson.of(capacity.get(id), CallerLocale.current());
    }

    /** Adds a row: 201; 400 when a field is wrong or the substation and feeder are kept already. */
    @POST
    public Response create(@Valid CapacityJson.CapacityInput input) {
        CapacityRow saved = capacity.save(form(null, input));
        return Response.status(Response.Status.CREATED)
                .entity(CapacityJson.RowJson.of(saved, CallerLocale.current()))
                .build();
    }

    /** Changes a row; 409 when it changed since {@code version}. */
    @PUT
    @Path("{id}")
    public CapacityJson.RowJson update(@PathParam("id") long id, @Valid CapacityJson.CapacityInput input) {
        return CapacityJson.RowJson.of(capacity.save(form(id, input)), CallerLocale.current());
    }

    /** Deletes a row: 204; 409 when it changed since {@code version}. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version) {
        capacity.delete(id, (int) ApiInput.whole("version", version, 0, Integer.MAX_VALUE));
        return Response.noContent().build();
    }

    private static CapacityForm form(Long id, CapacityJson.CapacityInput in) {
        if (in == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return new CapacityForm(
                id,
                in.substation(),
                in.feeder(),
                in.voltageKv(),
                in.unit(),
                in.availableKva(),
                in.updatedOn() == null ? null : ApiInput.date("updatedOn", in.updatedOn()),
                id == null ? null : in.version());
    }
}
