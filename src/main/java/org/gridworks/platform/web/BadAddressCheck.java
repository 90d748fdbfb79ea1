package org.gridworks.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An address whose parameters do not convert ({@code project.xhtml?id=abc}, an unknown colour) names nothing: the
 * answer is the 404 page. Without this the page's loading was skipped (its view action does not run after a failed
 * conversion) and the page then failed while rendering nothing, answering 500.
 */
public class BadAddressCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getResponseComplete()) {
            return; // a form's own validation keeps the user on the page with messages
        }
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the parameters are converted during the phase
    }
}
