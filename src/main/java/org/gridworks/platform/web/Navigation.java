package org.gridworks.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** The main menu as the signed-in user may see it; business areas add their entries here as they arrive. */
@Named
@RequestScoped
public class Navigation {

    static final List<MenuItem> ITEMS = List.of(
            new MenuItem("nav.home", "/index.xhtml", "pi pi-home", Set.of()));

    public List<MenuItem> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ITEMS.stream()
                .filter(item -> item.isOpen() || item.getRoles().stream()
                        .anyMatch(role -> faces.getExternalContext().isUserInRole(role)))
                .toList();
    }

    /** Whether the page being shown is the one the item opens, so the menu can mark it. */
    public boolean isCurrent(MenuItem item) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null && item.getOutcome().equals(faces.getViewRoot().getViewId());
    }
}
