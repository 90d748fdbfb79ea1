package org.gridworks.customer;

import java.time.LocalDate;
import java.util.List;
import org.gridworks.projects.Category;
import org.gridworks.projects.ClockStatus;
import org.gridworks.projects.ProjectStatus;
import org.gridworks.projects.StepCode;
import org.gridworks.projects.StepState;

/**
 * What a customer sees of their application, and nothing internal: no staff names, notes or pause reasons. The main
 * clock's working days count against the legal limit; {@code customerWorkingDays} are the working days since
 * acceptance the limit does not count (the customer's own part between steps, and pauses the customer asked for).
 */
public record ProgressView(
        String number,
        Category category,
        ProjectStatus status,
        LocalDate acceptedOn,
        String clockScope,
        int limitWorkingDays,
        int usedWorkingDays,
        int customerWorkingDays,
        LocalDate due,
        ClockStatus clockStatus,
        List<Step> steps,
        StepCode nextStep,
        String unitNameZh,
        String unitNameEn,
        boolean rated) {

    /** One step: its state, when it opened and closed, and its own working days against its budget. */
    public record Step(
            StepCode code,
            StepState state,
            LocalDate openedOn,
            LocalDate closedOn,
            Integer usedWorkingDays,
            Integer limitWorkingDays) {}

    /** A connected application that has not been rated yet may be. */
    public boolean isMayRate() {
        return isConnected() && !rated;
    }

    public boolean isConnected() {
        return status == ProjectStatus.CONNECTED;
    }
}
