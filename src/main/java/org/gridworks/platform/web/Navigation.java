package org.gridworks.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The main menu as the signed-in user may see it; each area declares its own entries (AreaMenu). */
@Named
@RequestScoped
public class Navigation {

    @Inject
    Menu menu;

    public List<MenuItem> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return menu.items().stream()
                .filter(item -> item.isOpen()
                        || item.getRoles().stream()
                                .anyMatch(role -> faces.getExternalContext().isUserInRole(role)))
                .toList();
    }

    /** Whether the page being shown is the one the item opens, so the menu can mark it. */
    public boolean isCurrent(MenuItem item) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null
                && item.getOutcome().equals(faces.getViewRoot().getViewId());
    }
}
