package org.gridworks.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The red list and the outbox, for supervisors and administrators (everyone has the inbox behind the bell). */
@ApplicationScoped
public class AlertsMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem(
                70,
                "nav.alerts",
                "/alerts/index.xhtml",
                "pi pi-exclamation-triangle",
                Set.of(Roles.SUPERVISOR, Roles.ADMIN)));
    }
}
