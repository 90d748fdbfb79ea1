package org.gridworks.calendar;

import java.time.LocalDate;

/** The N-th working day after a date, and whether it reaches into a year whose schedule is not loaded. */
public record DueResult(LocalDate due, boolean provisional) {}
