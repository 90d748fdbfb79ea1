package org.gridworks.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gridworks.platform.web.FacesFeedback;

/** The delivery note of one request, to print or to show on site (nothing on it changes anything). */
@Named
@RequestScoped
public class DeliveryNoteBacking {

    @Inject
    DeliveryNotes notes;

    private Long id;
    private DeliveryNote note;

    public void load() {
        FacesFeedback.orNotFound(() -> note = notes.note(
                id == null ? -1 : id,
                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
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
}
