package org.gridworks.permits;

import java.time.LocalDate;

/** Fired when the last required permit of a project is granted: its permits milestone is reached that day. */
public record PermitsGranted(long projectId, LocalDate on) {}
