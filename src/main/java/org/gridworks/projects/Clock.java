package org.gridworks.projects;

import java.time.LocalDate;

/**
 * One legal clock of a project: scope is WHOLE, HANDLING or a step code; used and limit in working days; due is
 * the last day to stay within the limit (null while the clock is stopped for the customer's part, or closed).
 * Provisional when the due date reaches into a year whose holiday schedule is not loaded.
 */
public record Clock(
        String scope, int limitWorkingDays, int usedWorkingDays, LocalDate due, ClockStatus status, boolean provisional)
        implements java.io.Serializable {}
