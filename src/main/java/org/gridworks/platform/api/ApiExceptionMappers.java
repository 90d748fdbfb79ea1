package org.gridworks.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridworks.platform.AccessRefusals;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.DatabaseOutage;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;

/**
 * Every failure of an API call leaves as the JSON error body, in the caller's language (Accept-Language),
 * with the status of shared/API.md; never a stack trace, never HTML. Input that cannot be bound is a 400 naming
 * the field, wherever in the stack it is found. Unexpected failures are logged here with their cause and
 * answered with a plain 500.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {}

    static Locale callerLocale(HttpHeaders headers) {
        return headers == null
                ? Languages.CHINESE
                : Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** A message with the client's own text cut short: a 1 MB code must not come back in the error. */
    static String message(Locale locale, String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text) {
                shown[i] = ApiInput.shorten(text);
            }
        }
        return Messages.get(locale, key, shown);
    }

    static String field(String field) {
        return field == null || field.length() <= 100 ? field : field.substring(0, 100) + "…";
    }

    /** Refusals the rules chose, with their own message and the status of their kind. */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException refusal) {
            return ApiError.response(
                    statusOf(refusal.kind()),
                    message(callerLocale(headers), refusal.messageKey(), refusal.arguments()),
                    refusal.field());
        }

        static Response.Status statusOf(BusinessException.Kind kind) {
            return switch (kind) {
                case INVALID -> Response.Status.BAD_REQUEST;
                case FORBIDDEN -> Response.Status.FORBIDDEN;
                case NOT_FOUND -> Response.Status.NOT_FOUND;
                case CONFLICT -> Response.Status.CONFLICT;
            };
        }
    }

    /** Input refused before binding (broken JSON, wrong types, bad parameters): 400 with every fault. */
    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInputException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException e) {
            Locale locale = callerLocale(headers);
            return ApiError.invalid(e.faults().stream()
                    .map(f -> new ApiError.Problem(field(f.field()), message(locale, f.messageKey(), f.arguments())))
                    .toList());
        }
    }

    /** Bean Validation on input records and service parameters: 400 listing every violation. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<ApiError.Problem> problems = e.getConstraintViolations().stream()
                    .map(v -> new ApiError.Problem(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(p -> p.field() == null ? "" : p.field()))
                    .toList();
            if (problems.isEmpty()) {
                return ApiError.response(
                        Response.Status.BAD_REQUEST, Messages.get(callerLocale(headers), "api.error.400"), null);
            }
            return ApiError.invalid(problems);
        }

        /** The field as the client names it: {@code lines[0].quantity}, without the method and parameter. */
        static String fieldOf(ConstraintViolation<?> violation) {
            StringBuilder field = new StringBuilder();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.METHOD
                        || node.getKind() == ElementKind.PARAMETER
                        || node.getKind() == ElementKind.CONSTRUCTOR
                        || node.getKind() == ElementKind.RETURN_VALUE
                        || node.getKind() == ElementKind.CROSS_PARAMETER) {
                    field.setLength(0);
                    continue;
                }
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null) {
                    field.append(field.length() == 0 ? "" : ".").append(node.getName());
                }
            }
            return field.length() == 0 ? null : field.toString();
        }
    }

    /** JAX-RS' own refusals (unknown path, wrong method, wrong content type): the status kept, our body. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof BadParameterException bad) {
                return ApiError.response(
                        Response.Status.BAD_REQUEST,
                        message(callerLocale(headers), bad.messageKey(), bad.arguments()),
                        bad.parameter());
            }
            String parameter = JerseyParameters.nameOf(e);
            if (parameter != null) {
                // a primitive int or long parameter JAX-RS could not read: Jersey says 404, the caller sent a 400
                return ApiError.response(
                        Response.Status.BAD_REQUEST,
                        Messages.get(callerLocale(headers), "api.badParameter", parameter),
                        parameter);
            }
            Response cause = Unexpected.inputFault(e, headers);
            if (cause != null) {
                return cause;
            }
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API call failed", e);
            }
            Response.ResponseBuilder builder =
                    Response.fromResponse(ApiError.response(e.getResponse().getStatusInfo(), messageFor(status), null));
            // a 401 must keep telling clients how to authenticate
            Object challenge = e.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
            if (challenge != null) {
                builder.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
            }
            Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
            if (allow != null) {
                builder.header(HttpHeaders.ALLOW, allow);
            }
            return builder.build();
        }

        private String messageFor(int status) {
            String key = switch (status) {
                case 400, 401, 403, 404, 405, 406, 409, 415 -> "api.error." + status;
                case 413 -> "api.error.413";
                default -> status >= 500 ? "api.error.500" : "api.error.400";
            };
            return Messages.get(callerLocale(headers), key, BodyLimitFilter.JSON_LIMIT / 1024 / 1024);
        }
    }

    /**
     * Anything else: access refusals are 403, a stale version found on commit is 409, input that could not be
     * read is 400, an unreachable database is 503 with Retry-After; otherwise the cause goes to the log and the caller gets a plain 500.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            if (AccessRefusals.isRefusal(e)) {
                return ApiError.response(
                        Response.Status.FORBIDDEN, Messages.get(callerLocale(headers), "api.error.403"), null);
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return ApiError.response(
                            Response.Status.CONFLICT, Messages.get(callerLocale(headers), "error.stale"), "version");
                }
                if (cause instanceof BusinessException refusal) {
                    Business business = new Business();
                    business.headers = headers;
                    return business.toResponse(refusal);
                }
                if (cause instanceof ConstraintViolationException violation) {
                    Validation validation = new Validation();
                    validation.headers = headers;
                    return validation.toResponse(violation);
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            Response input = inputFault(e, headers);
            if (input != null) {
                return input;
            }
            if (DatabaseOutage.isCause(e)) {
                LOG.log(Level.WARNING, "API call refused: the database cannot be reached", e);
                return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .type(ApiError.JSON)
                        .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                        .entity(new ApiError(Messages.get(callerLocale(headers), "api.error.503"), null, null))
                        .build();
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return ApiError.response(
                    Response.Status.INTERNAL_SERVER_ERROR, Messages.get(callerLocale(headers), "api.error.500"), null);
        }

        /**
         * A 400 when the failure comes from reading what the client sent (JSON-B binding, JSON parsing, a date
         * or number that does not parse), else null. These are refused earlier by JsonBodyInterceptor; this is
         * the net for bodies it does not check.
         */
        static Response inputFault(Throwable e, HttpHeaders headers) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    Invalid mapper = new Invalid();
                    mapper.headers = headers;
                    return mapper.toResponse(invalid);
                }
                if (cause instanceof JsonbException
                        || cause instanceof JsonException
                        || cause instanceof DateTimeException) {
                    // most likely the client's input; logged in case it was a response the server failed to write
                    LOG.log(Level.WARNING, "API input refused as malformed", e);
                    return ApiError.response(
                            Response.Status.BAD_REQUEST,
                            Messages.get(callerLocale(headers), "api.json.malformed"),
                            null);
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return null;
        }
    }
}
