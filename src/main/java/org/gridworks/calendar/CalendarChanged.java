package org.gridworks.calendar;

/** Fired when an administrator changed the calendar; the in-memory calendar reloads once the change commits. */
public record CalendarChanged(String what) {
}
