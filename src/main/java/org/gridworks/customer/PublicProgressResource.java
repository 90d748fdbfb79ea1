package org.gridworks.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gridworks.platform.api.ApiError;
import org.gridworks.platform.i18n.CallerLocale;
import org.gridworks.platform.i18n.Messages;
import org.gridworks.platform.validation.MaxLength;

/**
 * The customer's progress over the API, without an account (web.xml lets /api/v1/public/* through): the same proof,
 * throttle and audit as the public page. A wrong number and a wrong phone both answer 404 with the same body; too
 * many attempts answer 429 with Retry-After.
 */
@Path("public")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicProgressResource {

    @Inject
    CustomerProgress progress;

    @Context
    HttpServletRequest request;

    @JsonbPropertyOrder({"code", "state", "openedOn", "closedOn", "usedWorkingDays", "limitWorkingDays"})
    @JsonbNillable
    public record StepJson(
            String code,
            String state,
            String openedOn,
            String closedOn,
            Integer usedWorkingDays,
            Integer limitWorkingDays) {}

    @JsonbPropertyOrder({
        "number",
        "category",
        "status",
        "acceptedOn",
        "clockScope",
        "limitWorkingDays",
        "usedWorkingDays",
        "customerWorkingDays",
        "due",
        "clockStatus",
        "steps",
        "nextStep",
        "unit",
        "hotline",
        "supervisionHotline",
        "rated",
        "mayRate"
    })
    @JsonbNillable
    public record ProgressJson(
            String number,
            String category,
            String status,
            String acceptedOn,
            String clockScope,
            int limitWorkingDays,
            int usedWorkingDays,
            int customerWorkingDays,
            String due,
            String clockStatus,
            List<StepJson> steps,
            String nextStep,
            String unit,
            String hotline,
            String supervisionHotline,
            boolean rated,
            boolean mayRate) {}

    /** A rating: the proof again, 1-5 per aspect, an optional comment. */
    public record RatingInput(
            @MaxLength(32) String number,
            @MaxLength(8) String phone4,
            Integer speed,
            Integer clarity,
            Integer staff,
            @MaxLength(500) String comment) {}

    @GET
    @Path("progress")
    public Response progress(@QueryParam("number") String number, @QueryParam("phone4") String phone4) {
        List<String[]> problems = CustomerProgress.problems(number, phone4);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        return answer(progress.lookup(number, phone4, request.getRemoteAddr()), Response.Status.OK);
    }

    @POST
    @Path("rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@Valid RatingInput input) {
        if (input == null) {
            return invalid(List.<String[]>of(new String[] {null, "api.bodyRequired"}));
        }
        List<String[]> problems = CustomerProgress.problems(input.number(), input.phone4());
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        return answer(
                progress.rate(
                        input.number(),
                        input.phone4(),
                        request.getRemoteAddr(),
                        stars(input.speed()),
                        stars(input.clarity()),
                        stars(input.staff()),
                        input.comment()),
                Response.Status.CREATED);
    }

    private static int stars(Integer given) {
        return given == null ? 0 : given;
    }

    private static Response answer(CustomerProgress.Lookup lookup, Response.Status found) {
        return switch (lookup.outcome()) {
            case FOUND -> Response.status(found).entity(json(lookup.progress())).build();
            case NOT_MATCHED ->
                ApiError.response(
                        Response.Status.NOT_FOUND, Messages.get(CallerLocale.current(), "progress.notMatched"), null);
            case THROTTLED ->
                Response.fromResponse(ApiError.response(
                                Response.Status.TOO_MANY_REQUESTS,
                                Messages.get(CallerLocale.current(), "progress.throttled"),
                                null))
                        .header("Retry-After", lookup.retryAfterSeconds())
                        .build();
        };
    }

    private static Response invalid(List<String[]> problems) {
        return ApiError.invalid(problems.stream()
                .map(p -> new ApiError.Problem(p[0], Messages.get(CallerLocale.current(), p[1])))
                .toList());
    }

    static ProgressJson json(ProgressView view) {
        boolean chinese = "zh".equals(CallerLocale.current().getLanguage());
        return new ProgressJson(
                view.number(),
                view.category().name(),
                view.status().name(),
                view.acceptedOn().toString(),
                view.clockScope(),
                view.limitWorkingDays(),
                view.usedWorkingDays(),
                view.customerWorkingDays(),
                view.due() == null ? null : view.due().toString(),
                view.clockStatus().name(),
                view.steps().stream()
                        .map(s -> new StepJson(
                                s.code().name(),
                                s.state().name(),
                                s.openedOn() == null ? null : s.openedOn().toString(),
                                s.closedOn() == null ? null : s.closedOn().toString(),
                                s.usedWorkingDays(),
                                s.limitWorkingDays()))
                        .toList(),
                view.nextStep() == null ? null : view.nextStep().name(),
                chinese ? view.unitNameZh() : view.unitNameEn(),
                CustomerProgress.HOTLINE,
                CustomerProgress.SUPERVISION_HOTLINE,
                view.rated(),
                view.isMayRate());
    }
}
