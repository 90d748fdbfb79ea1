package org.gridworks.calendar;

/** A number of working days, and whether it reaches into a year whose schedule is not loaded (provisional). */
public record CountResult(int workingDays, boolean provisional) {}
