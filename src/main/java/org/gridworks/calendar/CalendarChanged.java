package org.gridworks.calendar;

import org.gridworks.platform.cluster.ClusterWide;

/**
 * Fired when an administrator changed the calendar; the in-memory calendar reloads once the change commits, on this
 * server and (cluster-wide, through the Data Grid) on every other.
 */
public record CalendarChanged(String what) implements ClusterWide {}
