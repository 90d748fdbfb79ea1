package org.gridworks.projects;

import java.time.LocalDateTime;
import java.util.List;

/** When a step ran: opened, closed (null while open) and its pauses; what the clocks are computed from. */
public record StepTimes(StepCode code, LocalDateTime openedAt, LocalDateTime closedAt, List<Pause> pauses) {

    /** A pause of a step's clock; resumedAt is null while it lasts. */
    public record Pause(LocalDateTime pausedAt, LocalDateTime resumedAt) {}

    public StepTimes {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public boolean isRunning() {
        return openedAt != null && closedAt == null;
    }
}
