package org.gridworks.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The audit trail, for supervisors and administrators. */
@ApplicationScoped
public class AuditMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem(
                100, "nav.audit", "/audit/index.xhtml", "pi pi-history", Set.of(Roles.SUPERVISOR, Roles.ADMIN)));
    }
}
