package org.gridworks.permits;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The permit board for clerks, supervisors and administrators; the permit types and route rules for administrators. */
@ApplicationScoped
public class PermitsMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(
                new MenuItem(
                        40,
                        "nav.permits",
                        "/permits/board.xhtml",
                        "pi pi-verified",
                        Set.of(Roles.PERMIT_CLERK, Roles.SUPERVISOR, Roles.ADMIN)),
                new MenuItem(140, "nav.permitTypes", "/admin/permit-types.xhtml", "pi pi-file", Set.of(Roles.ADMIN)),
                new MenuItem(
                        141,
                        "nav.permitRoutes",
                        "/admin/permit-routes.xhtml",
                        "pi pi-directions",
                        Set.of(Roles.ADMIN)));
    }
}
