package org.gridworks.delays;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The causes of late items, for the people who confirm them and for supervisors. */
@ApplicationScoped
public class DelaysMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem(
                85,
                "nav.delayCauses",
                "/delays/causes.xhtml",
                "pi pi-history",
                Set.of(Roles.PROJECT_MANAGER, Roles.PERMIT_CLERK, Roles.WAREHOUSE, Roles.SUPERVISOR)));
    }
}
