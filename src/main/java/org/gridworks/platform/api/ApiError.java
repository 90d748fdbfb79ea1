package org.gridworks.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one error body of the API: {"error": message in the caller's language, "field": the field at fault}.
 * Field is left out when the fault is not one field's.
 */
public record ApiError(String error, String field) {

    public static Response response(Response.StatusType status, String message, String field) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(message, field))
                .build();
    }

    /** The same body as text, for the few places that answer outside JAX-RS (authentication). */
    public static String json(String message, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", message);
        if (field != null) {
            body.add("field", field);
        }
        return body.build().toString();
    }
}
