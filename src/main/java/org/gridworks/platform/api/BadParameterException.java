package org.gridworks.platform.api;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter that does not parse. It is a WebApplicationException because JAX-RS passes only
 * those out of a ParamConverter unchanged (anything else becomes a 404 without a name).
 */
public class BadParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    public BadParameterException(String parameter, String messageKey, Object... arguments) {
        super(messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
