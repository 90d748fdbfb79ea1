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

    /**
     * The page's CSP nonce, for a public form to post back itself. PrimeFaces requires it on every postback
     * ("Missing CSP nonce", a 500 after the action has run) and its script puts it into each form; the public pages
     * use no PrimeFaces component, so that script is not on them and a real browser posted without it: a rating
     * was kept and the customer got the error instead of the thanks (ReportsIT's rating test in Chromium).
     */
    public String getNonce() {
        return org.primefaces.context.PrimeFacesContext.getCspState(FacesContext.getCurrentInstance())
                .getNonce();
    }

    /** This page's address in the other language (the session-free links of the public header). */
    public String switchUrl(String tag) {
        return LanguageSwitch.switchUrlFor(tag);
    }
}
