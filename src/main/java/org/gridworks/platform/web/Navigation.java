package org.gridworks.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;

/** The main menu as the signed-in user may see it; business areas add their entries here as they arrive. */
@Named
@RequestScoped
public class Navigation {

    static final List<MenuItem> ITEMS = List.of(
            new MenuItem("nav.home", "/index.xhtml", "pi pi-home", Set.of()),
            new MenuItem("nav.projects", "/projects/index.xhtml", "pi pi-briefcase", Set.of()),
            new MenuItem("nav.portfolio", "/milestones/portfolio.xhtml", "pi pi-flag",
                    Set.of(Roles.PROJECT_MANAGER, Roles.SUPERVISOR)),
            new MenuItem("nav.permits", "/permits/board.xhtml", "pi pi-verified",
                    Set.of(Roles.PERMIT_CLERK, Roles.SUPERVISOR)),
            new MenuItem("nav.deliveries", "/requests/board.xhtml", "pi pi-truck",
                    Set.of(Roles.WAREHOUSE, Roles.SUPERVISOR)),
            new MenuItem("nav.stock", "/stock/index.xhtml", "pi pi-box", Set.of()),
            new MenuItem("nav.stockPost", "/stock/post.xhtml", "pi pi-arrow-right-arrow-left", Set.of(Roles.WAREHOUSE)),
            new MenuItem("nav.replenishment", "/stock/replenishment.xhtml", "pi pi-sync",
                    Set.of(Roles.WAREHOUSE, Roles.SUPERVISOR, Roles.ADMIN)),
            new MenuItem("nav.reserveList", "/stock/reserve-list.xhtml", "pi pi-table",
                    Set.of(Roles.WAREHOUSE, Roles.SUPERVISOR, Roles.ADMIN)),
            new MenuItem("nav.alerts", "/alerts/index.xhtml", "pi pi-exclamation-triangle",
                    Set.of(Roles.SUPERVISOR, Roles.ADMIN)),
            new MenuItem("nav.reports", "/reports/evaluation.xhtml", "pi pi-chart-bar",
                    Set.of(Roles.SUPERVISOR, Roles.ADMIN)),
            new MenuItem("nav.calendar", "/calendar.xhtml", "pi pi-calendar", Set.of()),
            new MenuItem("nav.audit", "/audit/index.xhtml", "pi pi-history", Set.of(Roles.SUPERVISOR, Roles.ADMIN)),
            new MenuItem("nav.users", "/admin/users.xhtml", "pi pi-users", Set.of(Roles.ADMIN)),
            new MenuItem("nav.units", "/admin/units.xhtml", "pi pi-sitemap", Set.of(Roles.ADMIN)),
            new MenuItem("nav.policies", "/admin/policies.xhtml", "pi pi-clock", Set.of(Roles.ADMIN)),
            new MenuItem("nav.template", "/admin/milestone-template.xhtml", "pi pi-list", Set.of(Roles.ADMIN)),
            new MenuItem("nav.permitTypes", "/admin/permit-types.xhtml", "pi pi-file", Set.of(Roles.ADMIN)),
            new MenuItem("nav.materials", "/admin/materials.xhtml", "pi pi-box", Set.of(Roles.ADMIN)),
            new MenuItem("nav.delivery", "/admin/delivery.xhtml", "pi pi-truck", Set.of(Roles.ADMIN)),
            new MenuItem("nav.account", "/account.xhtml", "pi pi-user", Set.of()));

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
