package org.gridworks.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.gridworks.platform.i18n.Languages;

/**
 * The language of a public page ({@link PublicPages}) for its template, in place of the session's
 * {@link LanguageSwitch}, which a public page must not touch (it would create a session).
 */
@Named("publicLanguage")
@RequestScoped
public class PublicLanguage {

    /** Whether this request is a public page's (or its error page's): templates then leave the session alone. */
    public boolean isHere() {
        return PublicPages.isPublic((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public Locale getLocale() {
        return PublicPages.locale((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return Languages.CHINESE.equals(getLocale());
    }

    /** This page's address in the other language (the session-free links of the public header). */
    public String switchUrl(String tag) {
        return LanguageSwitch.switchUrlFor(tag);
    }
}
