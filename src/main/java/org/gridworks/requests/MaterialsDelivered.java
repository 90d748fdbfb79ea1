package org.gridworks.requests;

import java.time.LocalDate;

/** Fired when the last outstanding material of a project arrives on site: its "materials on site" milestone. */
public record MaterialsDelivered(long projectId, LocalDate on) {}
