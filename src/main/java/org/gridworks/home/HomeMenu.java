package org.gridworks.home;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The home page (the role dashboards), first in the menu. */
@ApplicationScoped
public class HomeMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem(10, "nav.home", "/index.xhtml", "pi pi-home", Set.of()));
    }
}
