package org.gridworks.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;

/**
 * Recognises the container's refusal of a service call for lack of a role. The container throws
 * EJBAccessException for remote-style calls and AccessLocalException (an EJBException, not a subclass of
 * the former) for local ones; both mean 403.
 */
public final class AccessRefusals {

    private AccessRefusals() {}

    public static boolean isRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
