package org.gridworks.capacity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.gridworks.projects.ConnectionProject;

/**
 * The open capacity beside a high-voltage project (10 kV and up): the feeders of the project's own unit at the
 * project's voltage, so its manager sees where the new load may go before planning the supply.
 */
@Named
@RequestScoped
public class ProjectCapacityBacking {

    /** From this voltage an application is high-voltage (projects' categories: HV_SINGLE and HV_DUAL). */
    static final BigDecimal HIGH_VOLTAGE_KV = BigDecimal.TEN;

    @Inject
    CapacityService capacity;

    private List<CapacityRow> rows;

    public boolean applies(ConnectionProject project) {
        return project != null
                && project.getVoltageKv() != null
                && project.getVoltageKv().compareTo(HIGH_VOLTAGE_KV) >= 0;
    }

    /** The unit's rows at the project's voltage, by substation and feeder. */
    public List<CapacityRow> rows(ConnectionProject project) {
        if (rows == null) {
            rows = capacity.ofUnit(project.getUnit().getCode()).stream()
                    .filter(r -> r.voltageKv().compareTo(project.getVoltageKv()) == 0)
                    .toList();
        }
        return rows;
    }
}
