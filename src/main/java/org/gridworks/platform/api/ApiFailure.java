package org.gridworks.platform.api;

import jakarta.ws.rs.core.Response;

/**
 * A request the API refuses, with the status to answer, the bundle key of the message and the field at fault.
 * Resources throw it for bad parameters; business areas map their own exceptions onto it.
 */
public class ApiFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.Status status;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public ApiFailure(Response.Status status, String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public static ApiFailure badRequest(String field, String messageKey, Object... arguments) {
        return new ApiFailure(Response.Status.BAD_REQUEST, messageKey, field, arguments);
    }

    public Response.Status status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
