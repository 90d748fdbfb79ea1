package org.gridworks.projects;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.gridworks.platform.Roles;
import org.gridworks.platform.web.AreaMenu;
import org.gridworks.platform.web.MenuItem;

/** The project list for everyone; the time-limit policies for administrators. */
@ApplicationScoped
public class ProjectsMenu implements AreaMenu {

    @Override
    public List<MenuItem> items() {
        return List.of(
                new MenuItem(20, "nav.projects", "/projects/index.xhtml", "pi pi-briefcase", Set.of()),
                new MenuItem(120, "nav.policies", "/admin/policies.xhtml", "pi pi-clock", Set.of(Roles.ADMIN)),
                new MenuItem(
                        121,
                        "nav.documentTypes",
                        "/admin/application-documents.xhtml",
                        "pi pi-paperclip",
                        Set.of(Roles.ADMIN)));
    }
}
