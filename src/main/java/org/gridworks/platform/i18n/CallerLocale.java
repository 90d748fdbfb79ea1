package org.gridworks.platform.i18n;

import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The language of the request being served, for code that is not handed one: Bean Validation interpolates
 * messages of service and resource parameters without a locale. API requests set it from Accept-Language;
 * pages have it in their view.
 */
public final class CallerLocale {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private CallerLocale() {}

    public static void set(Locale locale) {
        CURRENT.set(Languages.closest(locale));
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The request's language: the API caller's, else the page's, else Chinese. */
    public static Locale current() {
        Locale set = CURRENT.get();
        if (set != null) {
            return set;
        }
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                return Languages.closest(faces.getViewRoot().getLocale());
            }
        } catch (RuntimeException | LinkageError noFaces) {
            // outside a page (timers, unit tests): the default language
        }
        return Languages.CHINESE;
    }
}
