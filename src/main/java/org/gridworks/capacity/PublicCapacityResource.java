package org.gridworks.capacity;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.gridworks.customer.LookupPolicy;
import org.gridworks.customer.LookupThrottle;
import org.gridworks.platform.Time;
import org.gridworks.platform.api.ApiError;
import org.gridworks.platform.i18n.CallerLocale;
import org.gridworks.platform.i18n.Messages;

/**
 * The open grid capacity for anyone, without an account or a session (web.xml lets /api/v1/public/* through): by
 * district, each figure with its colour. Throttled per client address in the database like the progress lookup
 * (customer/LookupThrottle), with an allowance of its own: a list is cheap, but not free for a script in a loop.
 */
@Path("public/capacity")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicCapacityResource {

    /** 60 reads a minute from one address: a person never reaches it, a crawler is slowed. */
    static final LookupPolicy PER_ADDRESS = new LookupPolicy("capacity:", 60, Duration.ofMinutes(1));

    @Inject
    CapacityService capacity;

    @Inject
    LookupThrottle throttle;

    @Context
    HttpServletRequest request;

    /** Every district's rows; 429 with Retry-After past the allowance. */
    @GET
    public Response published() {
        LocalDateTime now = Time.now();
        long wait = throttle.admitRead(PER_ADDRESS, request.getRemoteAddr(), now);
        Locale locale = CallerLocale.current();
        if (wait > 0) {
            return Response.fromResponse(ApiError.response(
                            Response.Status.TOO_MANY_REQUESTS, Messages.get(locale, "progress.throttled"), null))
                    .header("Retry-After", wait)
                    .build();
        }
        PublishedCapacity published = PublishedCapacity.of(capacity.published(), locale);
        return Response.ok(new CapacityJson.PublishedJson(
                        published.asOf() == null ? null : published.asOf().toString(),
                        CapacityLevel.PLENTY_FROM_KVA,
                        published.districts().stream()
                                .map(d -> new CapacityJson.DistrictJson(
                                        d.unitCode(),
                                        d.name(),
                                        d.rows().stream()
                                                .map(CapacityJson.PublicRowJson::of)
                                                .toList()))
                                .toList()))
                .build();
    }
}
