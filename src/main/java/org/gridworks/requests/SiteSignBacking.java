package org.gridworks.requests;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridworks.platform.web.FacesFeedback;

/**
 * Signing on site, on the phone: the lines still outstanding with what arrived of each (all of it unless changed),
 * the name of who signs and the signature they draw (signature-pad.js puts it, as a PNG data URL, in a hidden field).
 * Each signing is one delivery; what did not come stays outstanding for the next one.
 */
@Named
@ViewScoped
public class SiteSignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeliveryNotes notes;

    @Inject
    SiteDeliveries deliveries;

    private Long id;
    private DeliveryNote note;
    private List<Arrived> arrived = List.of();
    private String signedBy;
    private String signature;

    public void load() {
        FacesFeedback.orNotFound(this::loadNow);
    }

    private void loadNow() {
        note = notes.note(id == null ? -1 : id, locale());
        arrived = note.lines().stream()
                .filter(l -> l.getOutstanding() > 0)
                .map(Arrived::new)
                .toList();
    }

    /** A line still to come and how many of it arrived now (all that is outstanding unless changed). */
    public static class Arrived implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DeliveryNote.Line line;
        private Integer quantity;

        Arrived(DeliveryNote.Line line) {
            this.line = line;
            this.quantity = line.getOutstanding();
        }

        public DeliveryNote.Line getLine() {
            return line;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    public void sign() {
        Map<Long, Integer> counts = new HashMap<>();
        arrived.forEach(a -> counts.put(a.getLine().lineId(), a.getQuantity()));
        MaterialRequest signed =
                FacesFeedback.attempt(() -> deliveries.deliverLines(id, signedBy, counts, signature, note.version()));
        if (signed != null) {
            FacesFeedback.info("request.signedOnSite", id);
            signedBy = null;
            signature = null;
            loadNow();
        }
        // refused: what was typed stays as typed, to be corrected (a drawing is drawn again: the canvas is new)
    }

    /** The lines still to come, the ones the form asks about. */
    public List<Arrived> getArrived() {
        return arrived;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DeliveryNote getNote() {
        return note;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public void setSignedBy(String signedBy) {
        this.signedBy = signedBy;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
