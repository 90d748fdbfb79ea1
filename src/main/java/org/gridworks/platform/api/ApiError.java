package org.gridworks.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one error body of the API: {"error": message in the caller's language, "field": the field at fault}, and
 * for 400 also "errors" with every invalid field at once (shared/API.md). Field is left out when the fault is
 * not one field's; absent values are left out, never sent as null.
 */
@JsonbPropertyOrder({"error", "field", "errors"})
public record ApiError(String error, String field, List<Problem> errors) {

    /** One invalid field and what is wrong with it. */
    @JsonbPropertyOrder({"field", "error"})
    public record Problem(String field, String error) {}

    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    public static Response response(Response.StatusType status, String message, String field) {
        if (status.getStatusCode() == Response.Status.BAD_REQUEST.getStatusCode()) {
            return invalid(List.of(new Problem(field, message)));
        }
        return Response.status(status)
                .type(JSON)
                .entity(new ApiError(message, field, null))
                .build();
    }

    /** A 400 naming every invalid field; the first one also fills "error" and "field". */
    public static Response invalid(List<Problem> problems) {
        Problem first = problems.get(0);
        return Response.status(Response.Status.BAD_REQUEST)
                .type(JSON)
                .entity(new ApiError(first.error(), first.field(), List.copyOf(problems)))
                .build();
    }

    /** The same body as text, for the few places that answer outside JAX-RS (authentication, body limits). */
    public static String json(String message, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", message);
        if (field != null) {
            body.add("field", field);
        }
        return body.build().toString();
    }
}
