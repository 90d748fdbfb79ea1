package org.gridworks.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.persistence.OptimisticLockException;
import org.gridworks.platform.AccessRefusals;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.i18n.Languages;
import org.gridworks.platform.i18n.Messages;

/**
 * Every failure of an API call leaves as the JSON error body, in the caller's language (Accept-Language),
 * with the status of shared/API.md; never a stack trace, never HTML. Unexpected failures are logged here
 * with their cause and answered with a plain 500.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    static Locale callerLocale(HttpHeaders headers) {
        return headers == null ? Languages.CHINESE
                : Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Refusals the rules chose, with their own message and the status of their kind. */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BusinessException refusal) {
            String message = Messages.get(callerLocale(headers), refusal.messageKey(), refusal.arguments());
            return ApiError.response(statusOf(refusal.kind()), message, refusal.field());
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

    /** Bean Validation on resource and service parameters: 400 naming the first field at fault. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            ConstraintViolation<?> first = e.getConstraintViolations().stream().findFirst().orElse(null);
            if (first == null) {
                return ApiError.response(Response.Status.BAD_REQUEST,
                        Messages.get(callerLocale(headers), "api.error.400"), null);
            }
            return ApiError.response(Response.Status.BAD_REQUEST, first.getMessage(),
                    lastNode(first.getPropertyPath().toString()));
        }

        private static String lastNode(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    /** JAX-RS' own refusals (unknown path, wrong method, unreadable JSON): the status kept, our body. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API call failed", e);
            }
            Response.ResponseBuilder builder = Response.fromResponse(
                    ApiError.response(e.getResponse().getStatusInfo(), messageFor(status), null));
            // a 401 must keep telling clients how to authenticate
            Object challenge = e.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
            if (challenge != null) {
                builder.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
            }
            return builder.build();
        }

        private String messageFor(int status) {
            String key = switch (status) {
                case 400, 401, 403, 404, 405, 406, 409, 415 -> "api.error." + status;
                default -> status >= 500 ? "api.error.500" : "api.error.400";
            };
            return Messages.get(callerLocale(headers), key);
        }
    }

    /**
     * Anything else: access refusals are 403, a stale version found on commit is 409; otherwise the cause goes
     * to the log and the caller gets a plain 500.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            if (AccessRefusals.isRefusal(e)) {
                return ApiError.response(Response.Status.FORBIDDEN,
                        Messages.get(callerLocale(headers), "api.error.403"), null);
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return ApiError.response(Response.Status.CONFLICT,
                            Messages.get(callerLocale(headers), "error.stale"), "version");
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
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                    Messages.get(callerLocale(headers), "api.error.500"), null);
        }
    }
}
