package org.gridworks.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The evaluation and the half-year reports, for supervisors and administrators. */
@ApplicationScoped
public class ReportsMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem(
                80,
                "nav.reports",
                "/reports/evaluation.xhtml",
                "pi pi-chart-bar",
                Set.of(Roles.SUPERVISOR, Roles.ADMIN)));
    }
}
