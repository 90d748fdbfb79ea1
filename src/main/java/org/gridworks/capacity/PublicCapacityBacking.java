package org.gridworks.capacity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public capacity page (/public/capacity.xhtml): read once per request in the page's language; no session. */
@Named
@RequestScoped
public class PublicCapacityBacking {

    @Inject
    CapacityService capacity;

    private PublishedCapacity published;

    public PublishedCapacity getPublished() {
        if (published == null) {
            published = PublishedCapacity.of(
                    capacity.published(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return published;
    }

    public int getPlentyFromKva() {
        return CapacityLevel.PLENTY_FROM_KVA;
    }
}
