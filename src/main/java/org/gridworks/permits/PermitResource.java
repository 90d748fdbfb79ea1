package org.gridworks.permits;

import static org.gridworks.platform.api.ApiInput.optionalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.SeenVersion;
import org.gridworks.platform.watch.Colour;

/** Permits over the JSON API (shapes fixed in shared/API.md); the service decides who may do what. */
@Path("permits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PermitResource {

    @Inject
    PermitService permits;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    /** Everything a permit action may carry; each action reads its own fields. */
    public record PermitInput(
            @MaxLength(32) String type,
            @MaxLength(40) String on,
            @MaxLength(64) String number,
            @MaxLength(40) String validFrom,
            @MaxLength(40) String validTo,
            @MaxLength(40) String worksUntil,
            @MaxLength(500) String reason,
            @MaxLength(32) String document,
            @MaxLength(40) String dueOn,
            @SeenVersion Integer version) {}

    @JsonbNillable
    @JsonbPropertyOrder({"id", "name", "state", "deferredTo", "fileName", "contentType", "size", "version"})
    public record DocumentJson(
            long id,
            String name,
            DocumentState state,
            String deferredTo,
            String fileName,
            String contentType,
            Integer size,
            int version) {
        static DocumentJson of(PermitDocument d) {
            return new DocumentJson(
                    d.getId(),
                    d.getName(),
                    d.getState(),
                    text(d.getDeferredTo()),
                    d.getFileName(),
                    d.getContentType(),
                    d.getFileSize(),
                    d.getVersion());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({
        "id",
        "type",
        "mode",
        "authority",
        "status",
        "submittedOn",
        "due",
        "provisional",
        "decidedOn",
        "clock",
        "usedWorkingDays",
        "limitWorkingDays",
        "permitNumber",
        "validFrom",
        "validTo",
        "expiresTooSoon",
        "version",
        "documentWarning",
        "missingDocuments",
        "documents"
    })
    public record TrackJson(
            long id,
            String type,
            PermitMode mode,
            String authority,
            PermitStatus status,
            String submittedOn,
            String due,
            boolean provisional,
            String decidedOn,
            String clock,
            int usedWorkingDays,
            int limitWorkingDays,
            String permitNumber,
            String validFrom,
            String validTo,
            boolean expiresTooSoon,
            int version,
            Colour documentWarning,
            List<String> missingDocuments,
            List<DocumentJson> documents) {}

    @JsonbNillable
    @JsonbPropertyOrder({"tracks", "allGrantedOn"})
    public record ProjectPermitsJson(List<TrackJson> tracks, String allGrantedOn) {}

    @GET
    @Path("{id}")
    public TrackJson get(@PathParam("id") long id) {
        return json(permits.track(id));
    }

    /** The tracks waiting for a decision that the caller may see, soonest due first (the clerk's board). */
    @GET
    public List<TrackJson> open() {
        List<PermitTrack> open = permits.openTracks();
        Map<Long, PermitClock.Result> clocks = permits.clocks(open);
        return open.stream()
                .map(t -> json(t, clocks.get(t.getId()), permits.documentWarning(t)))
                .toList();
    }

    /** The clerk's board as Excel: the open tracks the caller may see, soonest due first. */
    @GET
    @Path("export.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response export(@QueryParam("lang") String lang) {
        Locale locale = ApiInput.locale(lang, headers);
        return Downloads.xlsx(PermitBoardWorkbook.write(permits.boardRows(locale), locale), "permits.xlsx");
    }

    /** The board's permits per authority against their limits as Excel (the table beside the board's chart). */
    @GET
    @Path("authorities.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response exportAuthorities(@QueryParam("lang") String lang) {
        Locale locale = ApiInput.locale(lang, headers);
        return Downloads.xlsx(
                AuthorityFigures.workbook(AuthorityFigures.of(permits.boardRows(locale)), locale),
                "permits-by-authority.xlsx");
    }

    @POST
    @Path("{id}/{action}")
    public TrackJson act(@PathParam("id") long id, @PathParam("action") String action, @Valid PermitInput input) {
        PermitInput in = body(input);
        PermitTrack track = switch (action) {
            case "submit" -> permits.submit(id, optionalDate("on", in.on()), in.version());
            case "supplement" ->
                permits.requestSupplement(
                        id,
                        in.document(),
                        optionalDate("on", in.on()),
                        optionalDate("dueOn", in.dueOn()),
                        in.version());
            case "supplied" -> permits.supplied(id, optionalDate("on", in.on()), in.version());
            case "grant" ->
                permits.grant(
                        id,
                        optionalDate("on", in.on()),
                        in.number(),
                        optionalDate("validFrom", in.validFrom()),
                        optionalDate("validTo", in.validTo()),
                        optionalDate("worksUntil", in.worksUntil()),
                        in.version());
            case "refuse" -> permits.refuse(id, optionalDate("on", in.on()), in.reason(), in.version());
            case "withdraw" -> permits.withdraw(id, in.reason(), in.version());
            default -> throw BusinessException.notFound("api.unknownAction", action);
        };
        return json(track);
    }

    TrackJson json(PermitTrack track) {
        return json(track, permits.clock(track), permits.documentWarning(track));
    }

    /** A track as the API shows it; documentWarning: the colour its deferred documents past their date give it. */
    static TrackJson json(PermitTrack track, PermitClock.Result clock, Colour documentWarning) {
        return new TrackJson(
                track.getId(),
                track.getType().getCode(),
                track.getMode(),
                track.getType().getAuthority(),
                track.getStatus(),
                text(track.getSubmittedOn()),
                text(clock.due()),
                clock.provisional(),
                text(track.getDecidedOn()),
                clock.status() == null ? null : clock.status().name(),
                clock.used(),
                clock.limit(),
                track.getPermitNumber(),
                text(track.getValidFrom()),
                text(track.getValidTo()),
                track.isExpiringTooSoon(),
                track.getVersion(),
                documentWarning,
                track.missingDocuments(),
                track.getDocuments().stream().map(DocumentJson::of).toList());
    }

    static PermitInput body(PermitInput input) {
        return input == null ? new PermitInput(null, null, null, null, null, null, null, null, null, null) : input;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
