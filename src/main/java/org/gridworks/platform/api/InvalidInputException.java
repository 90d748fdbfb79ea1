package org.gridworks.platform.api;

import java.util.List;

/**
 * Input the API refuses before any service sees it (broken or oversized JSON, a value of the wrong type, a
 * parameter that does not parse), with every fault found. Answered as 400 by {@link ApiExceptionMappers}.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One fault: the field (a JSON path such as {@code lines[0].quantity}, or null), a message key, its arguments. */
    public record Fault(String field, String messageKey, Object... arguments) {}

    private final transient List<Fault> faults;

    public InvalidInputException(List<Fault> faults) {
        super(faults.isEmpty() ? "invalid input" : faults.get(0).messageKey(), null, false, false);
        this.faults = List.copyOf(faults);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new Fault(field, messageKey, arguments)));
    }

    public List<Fault> faults() {
        return faults;
    }
}
