package org.gridworks.permits;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;

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
    public record PermitInput(String type, String on, String number, String validFrom, String validTo,
                              String worksUntil, String reason, String document, String dueOn, Integer version) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"id", "name", "state", "fileName", "contentType", "size"})
    public record DocumentJson(long id, String name, DocumentState state, String fileName, String contentType,
                               Integer size) {
        static DocumentJson of(PermitDocument d) {
            return new DocumentJson(d.getId(), d.getName(), d.getState(), d.getFileName(), d.getContentType(),
                    d.getFileSize());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"id", "type", "authority", "status", "submittedOn", "due", "decidedOn", "clock",
            "usedWorkingDays", "limitWorkingDays", "permitNumber", "validFrom", "validTo", "expiresTooSoon", "version",
            "documents"})
    public record TrackJson(long id, String type, String authority, PermitStatus status, String submittedOn,
                            String due, String decidedOn, String clock, int usedWorkingDays, int limitWorkingDays,
                            String permitNumber, String validFrom, String validTo, boolean expiresTooSoon,
                            int version, List<DocumentJson> documents) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"tracks", "allGrantedOn"})
    public record ProjectPermitsJson(List<TrackJson> tracks, String allGrantedOn) {
    }

    @GET
    @Path("{id}")
    public TrackJson get(@PathParam("id") long id) {
        return json(permits.track(id));
    }

    /** The tracks waiting for a decision that the caller may see, soonest due first (the clerk's board). */
    @GET
    public List<TrackJson> open() {
        return permits.openTracks().stream().map(this::json).toList();
    }

    /** The clerk's board as Excel: the open tracks the caller may see, soonest due first. */
    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response export(@QueryParam("lang") String lang) {
        Locale locale = lang == null || lang.isBlank()
                ? Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                : Languages.fromTag(lang);
        List<List<Object>> rows = new ArrayList<>();
        for (PermitTrack track : permits.openTracks()) {
            PermitRow row = PermitRow.of(track, permits.clock(track), locale);
            List<Object> cells = new ArrayList<>();
            cells.add(row.projectNumber());
            cells.add(row.customer());
            cells.add(row.typeName());
            cells.add(row.authority());
            cells.add(Messages.get(locale, "permitStatus." + row.status()));
            cells.add(row.submittedOn() == null ? "" : row.submittedOn().toString());
            cells.add(row.due() == null ? "" : row.due().toString());
            cells.add(row.clock() == null ? "" : Messages.get(locale, "clockStatus." + row.clock()));
            cells.add(row.used());
            cells.add(row.limit());
            rows.add(cells);
        }
        try (Sheets sheets = new Sheets()) {
            sheets.table(Messages.get(locale, "permits.board"), List.of(Messages.get(locale, "field.number"),
                    Messages.get(locale, "field.customer"), Messages.get(locale, "permits.type"),
                    Messages.get(locale, "permits.authority"), Messages.get(locale, "field.status"),
                    Messages.get(locale, "permits.submittedOn"), Messages.get(locale, "field.due"),
                    Messages.get(locale, "field.clock"), Messages.get(locale, "projects.used"),
                    Messages.get(locale, "projects.limit")), rows);
            return Response.ok(sheets.bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"permits.xlsx\"").build();
        }
    }

    @POST
    @Path("{id}/{action}")
    public TrackJson act(@PathParam("id") long id, @PathParam("action") String action, PermitInput input) {
        PermitInput in = body(input);
        PermitTrack track = switch (action) {
            case "submit" -> permits.submit(id, date("on", in.on()), in.version());
            case "supplement" -> permits.requestSupplement(id, in.document(), date("on", in.on()),
                    date("dueOn", in.dueOn()), in.version());
            case "supplied" -> permits.supplied(id, date("on", in.on()), in.version());
            case "grant" -> permits.grant(id, date("on", in.on()), in.number(), date("validFrom", in.validFrom()),
                    date("validTo", in.validTo()), date("worksUntil", in.worksUntil()), in.version());
            case "refuse" -> permits.refuse(id, date("on", in.on()), in.reason(), in.version());
            case "withdraw" -> permits.withdraw(id, in.reason(), in.version());
            default -> throw BusinessException.notFound("api.unknownAction", action);
        };
        return json(track);
    }

    TrackJson json(PermitTrack track) {
        return json(track, permits);
    }

    static TrackJson json(PermitTrack track, PermitService permits) {
        PermitClock.Result clock = permits.clock(track);
        return new TrackJson(track.getId(), track.getType().getCode(), track.getType().getAuthority(),
                track.getStatus(), text(track.getSubmittedOn()), text(clock.due()), text(track.getDecidedOn()),
                clock.status() == null ? null : clock.status().name(), clock.used(), clock.limit(),
                track.getPermitNumber(), text(track.getValidFrom()), text(track.getValidTo()),
                track.isExpiringTooSoon(), track.getVersion(),
                track.getDocuments().stream().map(DocumentJson::of).toList());
    }

    static PermitInput body(PermitInput input) {
        return input == null ? new PermitInput(null, null, null, null, null, null, null, null, null, null) : input;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "api.badDate", text);
        }
    }
}
