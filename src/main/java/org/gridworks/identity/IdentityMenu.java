package org.gridworks.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** Users and units for administrators; everyone's own account, last in the menu. */
@ApplicationScoped
public class IdentityMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(
                new MenuItem(110, "nav.users", "/admin/users.xhtml", "pi pi-users", Set.of(Roles.ADMIN)),
                new MenuItem(111, "nav.units", "/admin/units.xhtml", "pi pi-sitemap", Set.of(Roles.ADMIN)),
                new MenuItem(170, "nav.account", "/account.xhtml", "pi pi-user", Set.of()));
    }
}
