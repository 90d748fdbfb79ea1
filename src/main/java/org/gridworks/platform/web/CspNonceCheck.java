package org.gridworks.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Refuses an ajax post whose CSP nonce is not the one its page was given, before anything of it is applied.
 * PrimeFaces makes the same comparison, but only while rendering the answer, after the action has run: a posting
 * with a stale or forged nonce was booked and then answered 500 "your data was not changed", and a user who
 * believed it booked it again. Here such a post is answered, before anything of it is applied, by sending the
 * browser back to the page freshly loaded with a notice that nothing was done ({@code expired=1}, shown by the
 * frame template). Not by throwing: the error page would be rendered in the same request, where PrimeFaces checks
 * the same nonce again and fails once more.
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspNonceCheck.class.getName());

    /** The request parameter PrimeFaces sends and the view-map key it keeps the page's nonce under. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback()
                || !context.getPartialViewContext().isAjaxRequest()
                || context.getViewRoot() == null) {
            return;
        }
        Map<String, Object> view = context.getViewRoot().getViewMap(false);
        Object given = view == null ? null : view.get(NONCE);
        if (given == null) {
            return; // a page rendered without a nonce (CSP off) has nothing to compare
        }
        String sent = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (!given.equals(sent)) {
            LOG.warning(() -> "Ajax post refused before it was applied: CSP nonce mismatch on "
                    + context.getViewRoot().getViewId());
            sendBack(context);
        }
    }

    /** An ajax redirect written by hand: nothing of Faces' rendering (and so nothing of PrimeFaces') runs. */
    private static void sendBack(FacesContext context) {
        String viewId = context.getViewRoot().getViewId();
        String url = context.getApplication()
                .getViewHandler()
                .getBookmarkableURL(context, viewId, Map.of("expired", List.of("1")), true);
        ExternalContext external = context.getExternalContext();
        try {
            external.setResponseContentType("text/xml");
            external.setResponseCharacterEncoding("UTF-8");
            external.getResponseOutputWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<partial-response><redirect url=\""
                            + escape(url) + "\"></redirect></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored: the nonce lives in the view
    }
}
