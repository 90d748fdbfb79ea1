package org.gridworks.permits;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The permits of one project: its tracks side by side and the day the last required one was granted. */
@Path("projects/{id}/permits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectPermitsResource {

    @Inject
    PermitService permits;

    @GET
    public PermitResource.ProjectPermitsJson ofProject(@PathParam("id") long projectId) {
        List<PermitTrack> tracks = permits.tracksOf(projectId);
        Map<Long, PermitClock.Result> clocks = permits.clocks(tracks);
        List<PermitResource.TrackJson> list = tracks.stream()
                .map(track -> PermitResource.json(track, clocks.get(track.getId()), permits.documentWarning(track)))
                .toList();
        return new PermitResource.ProjectPermitsJson(
                list, permits.allGrantedOn(projectId).map(LocalDate::toString).orElse(null));
    }

    @POST
    public Response add(@PathParam("id") long projectId, @Valid PermitResource.PermitInput input) {
        PermitTrack track =
                permits.addTrack(projectId, PermitResource.body(input).type());
        return Response.status(Response.Status.CREATED)
                .entity(PermitResource.json(track, permits.clock(track), permits.documentWarning(track)))
                .build();
    }
}
