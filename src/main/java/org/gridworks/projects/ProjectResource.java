package org.gridworks.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.Sheets;
import org.gridworks.platform.api.ApiInput;
import org.gridworks.platform.api.Downloads;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.validation.MaxItems;
import org.gridworks.platform.validation.MaxLength;
import org.gridworks.platform.validation.Measure;
import org.gridworks.platform.validation.Required;
import org.gridworks.platform.validation.RequiredText;
import org.gridworks.platform.validation.SeenVersion;

/** Connection projects over the JSON API (shapes fixed in shared/API.md); the services decide who may do what. */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    ProjectSearch search;

    @Context
    HttpHeaders headers;

    /** A project as sent to create or change one. */
    public record ProjectInput(
            @RequiredText @MaxLength(200) String customerName,
            @MaxLength(300) String address,
            @MaxLength(32) String contactPhone,
            @MaxLength(32) String unit,
            @MaxLength(16) String areaType,
            @Required @Measure(integer = 9, fraction = 1) BigDecimal capacityKw,
            @Required @Measure(integer = 3, fraction = 1) BigDecimal voltageKv,
            Boolean dualSupply,
            Boolean smallMicroEnterprise,
            Boolean residential,
            @MaxLength(40) String acceptedOn,
            Boolean needsSupportingWorks,
            Boolean threeStepVariant,
            @MaxLength(24) String categoryOverride,
            @MaxLength(500) String overrideReason,
            @MaxLength(64) String manager,
            @SeenVersion Integer version) {}

    /** The site facts of a project: its route (they decide the permits) and whether its scheme is simple. */
    public record SiteInput(
            Integer newLineMetres,
            Boolean crossesRoad,
            Boolean occupiesGreenSpace,
            Boolean inProtectedZone,
            Boolean simpleScheme,
            @SeenVersion Integer version) {}

    /** The application's document list, as codes of document types. */
    public record DocumentsInput(
            @MaxItems(20) List<@MaxLength(32) String> documents,
            @SeenVersion Integer version) {}

    /** The supply plan given on site: when, and what was replied. */
    public record OnsiteInput(
            @MaxLength(40) String at,
            @MaxLength(500) String reply,
            @SeenVersion Integer version) {}

    @JsonbPropertyOrder({"newLineMetres", "crossesRoad", "occupiesGreenSpace", "inProtectedZone", "simpleScheme"})
    public record SiteJson(
            int newLineMetres,
            boolean crossesRoad,
            boolean occupiesGreenSpace,
            boolean inProtectedZone,
            boolean simpleScheme) {}

    /** A step action: when, why for pauses and reopening, and the version the caller last saw (optional). */
    public record StepInput(
            @MaxLength(40) String at,
            @MaxLength(500) String reason,
            @SeenVersion Integer version) {}

    @JsonbPropertyOrder({"code", "openedAt", "closedAt", "paused"})
    @JsonbNillable
    public record StepJson(String code, String openedAt, String closedAt, boolean paused) {}

    @JsonbPropertyOrder({"scope", "limitWorkingDays", "usedWorkingDays", "due", "status", "provisional"})
    @JsonbNillable
    public record ClockJson(
            String scope,
            int limitWorkingDays,
            int usedWorkingDays,
            String due,
            ClockStatus status,
            boolean provisional) {}

    /** {@code manager} is the project manager's login (what an edit sends), {@code managerName} their name; both
     *  absent while no manager is assigned. */
    @JsonbPropertyOrder({
        "id",
        "number",
        "version",
        "customerName",
        "unit",
        "manager",
        "managerName",
        "status",
        "category",
        "categoryReason",
        "acceptedOn",
        "clockStatus",
        "steps",
        "clocks",
        "site",
        "applicationDocuments",
        "documentsFlagged",
        "onsiteEligible",
        "onsiteReply"
    })
    public record ProjectJson(
            long id,
            String number,
            int version,
            String customerName,
            String unit,
            String manager,
            String managerName,
            ProjectStatus status,
            Category category,
            String categoryReason,
            String acceptedOn,
            ClockStatus clockStatus,
            List<StepJson> steps,
            List<ClockJson> clocks,
            SiteJson site,
            List<String> applicationDocuments,
            boolean documentsFlagged,
            boolean onsiteEligible,
            String onsiteReply) {}

    @JsonbPropertyOrder({
        "id",
        "number",
        "customerName",
        "unit",
        "category",
        "acceptedOn",
        "status",
        "clockStatus",
        "clockDue"
    })
    @JsonbNillable
    public record SummaryJson(
            long id,
            String number,
            String customerName,
            String unit,
            Category category,
            String acceptedOn,
            ProjectStatus status,
            ClockStatus clockStatus,
            String clockDue) {}

    @GET
    public List<SummaryJson> list(
            @QueryParam("q") String text,
            @QueryParam("status") String status,
            @QueryParam("category") String category,
            @QueryParam("clock") String clock,
            @QueryParam("unit") String unit,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        ProjectFilter filter = new ProjectFilter(
                text,
                parse(ProjectStatus.class, "status", status),
                parse(Category.class, "category", category),
                parse(ClockStatus.class, "clock", clock),
                unit);
        return search.find(filter, first, limit, "number", false).stream()
                .map(p -> new SummaryJson(
                        p.getId(),
                        p.getNumber(),
                        p.getCustomerName(),
                        p.getUnit().getCode(),
                        p.getCategory(),
                        p.getAcceptedOn().toString(),
                        p.getStatus(),
                        p.getClockStatus(),
                        p.getClockDue() == null ? null : p.getClockDue().toString()))
                .toList();
    }

    /** The list as an Excel workbook, with the same filters (at most 10,000 applications). */
    @GET
    @Path("export.xlsx")
    @Produces(Sheets.CONTENT_TYPE)
    public Response export(
            @QueryParam("q") String text,
            @QueryParam("status") String status,
            @QueryParam("category") String category,
            @QueryParam("clock") String clock,
            @QueryParam("unit") String unit,
            @QueryParam("lang") String lang) {
        ProjectFilter filter = new ProjectFilter(
                text,
                parse(ProjectStatus.class, "status", status),
                parse(Category.class, "category", category),
                parse(ClockStatus.class, "clock", clock),
                unit);
        return Downloads.xlsx(
                ProjectListWorkbook.write(search, filter, ApiInput.locale(lang, headers)), "projects.xlsx");
    }

    @GET
    @Path("{id}")
    public ProjectJson get(@PathParam("id") long id) {
        return json(projects.find(id));
    }

    @POST
    public Response create(@Valid ProjectInput input) {
        ConnectionProject created = projects.create(form(input, 0));
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    @PUT
    @Path("{id}")
    public ProjectJson update(@PathParam("id") long id, @Valid ProjectInput input) {
        if (input == null || input.version() == null) {
            throw BusinessException.invalid("version", "api.versionRequired");
        }
        return json(projects.update(id, form(input, input.version())));
    }

    @POST
    @Path("{id}/steps/{code}/{action}")
    public ProjectJson step(
            @PathParam("id") long id,
            @PathParam("code") String code,
            @PathParam("action") String action,
            @Valid StepInput input) {
        StepCode step = parse(StepCode.class, "code", code);
        StepInput body = input == null ? new StepInput(null, null, null) : input;
        ConnectionProject project = switch (action) {
            case "open" -> projects.openStep(id, step, time(body.at()), body.version());
            case "close" -> projects.closeStep(id, step, time(body.at()), body.version());
            case "pause" -> projects.pauseStep(id, step, time(body.at()), body.reason(), body.version());
            case "resume" -> projects.resumeStep(id, step, time(body.at()), body.version());
            case "reopen" -> projects.reopenStep(id, step, body.reason(), body.version());
            default -> throw BusinessException.notFound("api.unknownAction", action);
        };
        return json(project);
    }

    @PUT
    @Path("{id}/site-facts")
    public ProjectJson siteFacts(@PathParam("id") long id, @Valid SiteInput input) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        SiteFacts facts = new SiteFacts(
                input.newLineMetres() == null ? 0 : input.newLineMetres(),
                yes(input.crossesRoad()),
                yes(input.occupiesGreenSpace()),
                yes(input.inProtectedZone()),
                yes(input.simpleScheme()));
        return json(projects.updateSiteFacts(id, facts, input.version()));
    }

    @PUT
    @Path("{id}/application-documents")
    public ProjectJson applicationDocuments(@PathParam("id") long id, @Valid DocumentsInput input) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return json(projects.setApplicationDocuments(id, input.documents(), input.version()));
    }

    @POST
    @Path("{id}/onsite-reply")
    public ProjectJson onsiteReply(@PathParam("id") long id, @Valid OnsiteInput input) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return json(projects.replyOnSite(id, input.reply(), time(input.at()), input.version()));
    }

    private ProjectJson json(ConnectionProject project) {
        Locale locale = Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<StepJson> steps = project.getSteps().stream()
                .map(s -> new StepJson(s.getCode().name(), text(s.getOpenedAt()), text(s.getClosedAt()), s.isPaused()))
                .toList();
        List<ClockJson> clocks = projects.clocksOf(project.getId()).stream()
                .map(c -> new ClockJson(
                        c.scope(),
                        c.limitWorkingDays(),
                        c.usedWorkingDays(),
                        c.due() == null ? null : c.due().toString(),
                        c.status(),
                        c.provisional()))
                .toList();
        return new ProjectJson(
                project.getId(),
                project.getNumber(),
                project.getVersion(),
                project.getCustomerName(),
                project.getUnit().getCode(),
                project.getManager() == null ? null : project.getManager().getLogin(),
                project.getManager() == null ? null : project.getManager().getDisplayName(),
                project.getStatus(),
                project.getCategory(),
                CategoryExplanation.of(project, locale),
                project.getAcceptedOn().toString(),
                project.getClockStatus(),
                steps,
                clocks,
                site(project.siteFacts()),
                project.getApplicationDocuments().stream()
                        .map(ApplicationDocumentType::getCode)
                        .toList(),
                project.isDocumentsFlagged(),
                project.isOnsiteEligible(),
                project.getOnsiteReply());
    }

    private static SiteJson site(SiteFacts f) {
        return new SiteJson(
                f.newLineMetres(), f.crossesRoad(), f.occupiesGreenSpace(), f.inProtectedZone(), f.simpleScheme());
    }

    private static ProjectForm form(ProjectInput input, int version) {
        if (input == null) {
            throw BusinessException.invalid(null, "api.bodyRequired");
        }
        return new ProjectForm(
                input.customerName(),
                input.address(),
                input.contactPhone(),
                input.unit(),
                parse(AreaType.class, "areaType", input.areaType()),
                input.capacityKw(),
                input.voltageKv(),
                yes(input.dualSupply()),
                yes(input.smallMicroEnterprise()),
                yes(input.residential()),
                ApiInput.optionalDate("acceptedOn", input.acceptedOn()),
                yes(input.needsSupportingWorks()),
                yes(input.threeStepVariant()),
                parse(Category.class, "categoryOverride", input.categoryOverride()),
                input.overrideReason(),
                input.manager(),
                version);
    }

    private static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static LocalDateTime time(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("at", "step.timeRequired");
        }
        return ApiInput.dateTime("at", text);
    }

    private static String text(LocalDateTime time) {
        return time == null ? null : time.toString().length() == 16 ? time + ":00" : time.toString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, "api.unknownCode", text);
        }
    }
}
