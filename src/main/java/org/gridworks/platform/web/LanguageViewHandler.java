package org.gridworks.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Gives every new view the session's language from the start, so that texts made before rendering (in view
 * actions, messages of the first request) are in the user's language, not the browser's.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        if (request instanceof HttpServletRequest http
                && (PublicPages.isPublic(http)
                        || (http.getSession(false) == null
                                && context.getApplication().getResourceHandler().isResourceRequest(context)))) {
            // no session on public pages; nor for the styles and scripts of a page without one (Faces asks for a
            // locale on every resource request, and the session's language bean would create a session there)
            return PublicPages.locale(http);
        }
        return CDI.current().select(LanguageSwitch.class).get().getLocale();
    }
}
