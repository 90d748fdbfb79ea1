package org.gridworks.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.function.Supplier;
import org.gridworks.platform.AccessRefusals;
import org.gridworks.platform.BusinessException;
import org.gridworks.platform.i18n.Messages;

/**
 * Runs a page action against a service and turns its refusals into messages on the page, in the user's
 * language: business refusals, invalid input and stale versions. The page keeps what the user typed.
 * Anything unexpected still goes to the error page.
 */
public final class FacesFeedback {

    private FacesFeedback() {}

    /** Runs the action; on a refusal shows its message and answers null (stay on the page). */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (!show(e)) {
                throw e;
            }
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public static boolean attempt(Runnable action) {
        return attempt(() -> {
                    action.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    /**
     * Runs a page's loading; when what the address names does not exist (or is out of the user's reach, which
     * services report the same way), the answer is the 404 page rather than an error.
     */
    public static void orNotFound(Runnable load) {
        try {
            load.run();
        } catch (RuntimeException e) {
            if (!isNotFound(e)) {
                throw e;
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            faces.responseComplete();
        }
    }

    private static boolean isNotFound(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return refusal.kind() == BusinessException.Kind.NOT_FOUND;
            }
        }
        return false;
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, Messages.get(locale(), key, arguments));
    }

    /**
     * An information for the page an action redirects to (Post-Redirect-Get): kept in the flash for the one
     * request after the redirect, else the saved form would close without a word.
     */
    public static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, Messages.get(locale(), key, arguments));
    }

    private static boolean show(Throwable failure) {
        if (AccessRefusals.isRefusal(failure)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                add(FacesMessage.SEVERITY_ERROR, Messages.get(locale(), refusal.messageKey(), refusal.arguments()));
                return true;
            }
            if (cause instanceof ConstraintViolationException invalid) {
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    add(FacesMessage.SEVERITY_ERROR, fieldLabel(violation) + violation.getMessage());
                }
                return true;
            }
            if (cause instanceof OptimisticLockException) {
                add(FacesMessage.SEVERITY_ERROR, Messages.get(locale(), "error.stale"));
                return true;
            }
        }
        return false;
    }

    private static String fieldLabel(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        String label = Messages.get(locale(), "field." + field);
        return label.equals("field." + field) ? field + ": " : label + "：";
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
