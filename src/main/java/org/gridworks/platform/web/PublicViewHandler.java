package org.gridworks.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes a public page's view stateless from the moment it is created, not only once its template's
 * {@code <f:view transient="true">} has been applied: PrimeFaces asks for the page's CSP nonce before the view is
 * built and keeps it in the view map unless the view is transient, and a view map lives in the session, so the
 * public page created one (found by ReportsIT's Set-Cookie check).
 */
public class PublicViewHandler extends ViewHandlerWrapper {

    public PublicViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null
                && context.getExternalContext().getRequest() instanceof HttpServletRequest http
                && PublicPages.isPublic(http)) {
            root.setTransient(true);
        }
        return root;
    }
}
