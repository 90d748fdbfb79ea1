package org.gridworks.requests;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The delivery board for warehouse staff, supervisors and administrators (the red list links there); the delivery settings for administrators. */
@ApplicationScoped
public class RequestsMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(
                new MenuItem(
                        50,
                        "nav.deliveries",
                        "/requests/board.xhtml",
                        "pi pi-truck",
                        Set.of(Roles.WAREHOUSE, Roles.SUPERVISOR, Roles.ADMIN)),
                new MenuItem(160, "nav.delivery", "/admin/delivery.xhtml", "pi pi-truck", Set.of(Roles.ADMIN)));
    }
}
