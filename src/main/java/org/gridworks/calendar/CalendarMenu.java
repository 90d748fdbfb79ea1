package org.gridworks.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The working-day calendar, for everyone (administrators correct it on the same page). */
@ApplicationScoped
public class CalendarMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem(90, "nav.calendar", "/calendar.xhtml", "pi pi-calendar", Set.of()));
    }
}
