package org.gridworks.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.gridworks.platform.SystemInfo;

/** The home page: what GridWorks is for and the state of this installation. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    SystemInfo system;

    public LocalDate getToday() {
        return system.today();
    }
}
