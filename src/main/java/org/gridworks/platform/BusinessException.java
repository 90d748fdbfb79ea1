package org.gridworks.platform;

import jakarta.ejb.ApplicationException;

/**
 * The one business exception: a request the rules refuse. It carries the bundle key of the message the user
 * reads (in their language), its arguments, the field at fault when there is one, and what kind of refusal
 * it is, which the API turns into its status code. Thrown from a service, it rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal; the API answers 400, 403, 404 and 409 for them. */
    public enum Kind {
        INVALID,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final String field;
    private final Object[] arguments;

    public BusinessException(Kind kind, String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public static BusinessException invalid(String field, String messageKey, Object... arguments) {
        return new BusinessException(Kind.INVALID, messageKey, field, arguments);
    }

    public static BusinessException notFound(String messageKey, Object... arguments) {
        return new BusinessException(Kind.NOT_FOUND, messageKey, null, arguments);
    }

    public static BusinessException conflict(String messageKey, Object... arguments) {
        return new BusinessException(Kind.CONFLICT, messageKey, null, arguments);
    }

    public static BusinessException forbidden() {
        return new BusinessException(Kind.FORBIDDEN, "error.forbidden", null);
    }

    /** Someone saved the record since the user loaded it; nothing was changed. */
    public static BusinessException stale() {
        return conflict("error.stale");
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
