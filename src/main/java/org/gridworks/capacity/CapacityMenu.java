package org.gridworks.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The open grid capacity, kept by administrators (the public page needs no menu: it has no account). */
@ApplicationScoped
public class CapacityMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem(155, "nav.capacity", "/admin/capacity.xhtml", "pi pi-bolt", Set.of(Roles.ADMIN)));
    }
}
