package org.gridworks.stock;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The stock check for everyone, postings for warehouse staff, replenishment and the reserve list, the material catalogue. */
@ApplicationScoped
public class StockMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(
                new MenuItem(60, "nav.stock", "/stock/index.xhtml", "pi pi-box", Set.of()),
                new MenuItem(
                        61,
                        "nav.stockPost",
                        "/stock/post.xhtml",
                        "pi pi-arrow-right-arrow-left",
                        Set.of(Roles.WAREHOUSE)),
                new MenuItem(
                        62,
                        "nav.replenishment",
                        "/stock/replenishment.xhtml",
                        "pi pi-sync",
                        Set.of(Roles.WAREHOUSE, Roles.SUPERVISOR, Roles.ADMIN)),
                new MenuItem(
                        63,
                        "nav.reserveList",
                        "/stock/reserve-list.xhtml",
                        "pi pi-table",
                        Set.of(Roles.WAREHOUSE, Roles.SUPERVISOR, Roles.ADMIN)),
                new MenuItem(150, "nav.materials", "/admin/materials.xhtml", "pi pi-box", Set.of(Roles.ADMIN)));
    }
}
