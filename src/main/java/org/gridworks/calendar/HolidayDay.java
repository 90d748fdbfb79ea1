package org.gridworks.calendar;

import java.time.LocalDate;

/**
 * A date that differs from the Monday-to-Friday rule, as the State Council's notice has it: a weekday off
 * (offDay true) or a weekend day worked in exchange (调休, offDay false), with the holiday's name.
 */
public record HolidayDay(LocalDate date, boolean offDay, String name) {}
