package org.gridworks.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.gridworks.platform.SystemInfo;
import org.gridworks.reports.Dashboard;
import org.gridworks.reports.DashboardService;

/** The home page: the signed-in user's dashboard, what GridWorks is for, and the state of this installation. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    SystemInfo system;

    @Inject
    DashboardService dashboards;

    private Dashboard dashboard;

    public LocalDate getToday() {
        return system.today();
    }

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = dashboards.forCaller(
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return dashboard;
    }
}
