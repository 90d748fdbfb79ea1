package org.gridworks.milestones;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The milestone portfolio for managers, supervisors and administrators; the plan template for administrators. */
@ApplicationScoped
public class MilestonesMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(
                new MenuItem(
                        30,
                        "nav.portfolio",
                        "/milestones/portfolio.xhtml",
                        "pi pi-flag",
                        Set.of(Roles.PROJECT_MANAGER, Roles.SUPERVISOR, Roles.ADMIN)),
                new MenuItem(
                        130, "nav.template", "/admin/milestone-template.xhtml", "pi pi-list", Set.of(Roles.ADMIN)));
    }
}
