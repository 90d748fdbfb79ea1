package org.gridworks.requests;

import java.time.LocalDate;
import java.util.List;
import org.gridworks.stock.Material;
import org.gridworks.stock.Warehouse;

/**
 * What a request would look like: its due date and, per line, the warehouse proposed and the day it can be on
 * site; a line no warehouse can supply has no warehouse. Provisional: the due date falls in a year whose calendar
 * is not loaded.
 */
public record Proposal(LocalDate requestDay, LocalDate due, boolean provisional, int dueDays, List<Line> lines) {

    /**
     * A proposed line; {@code available} is the most any single warehouse has; transfer days to the site. A line no
     * single warehouse can supply may come as two parts from two warehouses: each part is a Line of its own with
     * {@code split} set, its part of the quantity and its own day on site (canMeetDue is the later part's, on both).
     */
    public record Line(
            Material material,
            int quantity,
            Warehouse warehouse,
            LocalDate expectedOn,
            boolean canMeetDue,
            int available,
            int transferDays,
            boolean split) {

        public Line(
                Material material,
                int quantity,
                Warehouse warehouse,
                LocalDate expectedOn,
                boolean canMeetDue,
                int available,
                int transferDays) {
            this(material, quantity, warehouse, expectedOn, canMeetDue, available, transferDays, false);
        }

        public boolean isSupplied() {
            return warehouse != null;
        }
    }

    public boolean isCanMeetDue() {
        return lines.stream().allMatch(Line::canMeetDue);
    }

    /** The day the whole request can be on site: its latest line (null when a line cannot be supplied). */
    public LocalDate getBestDate() {
        if (lines.stream().anyMatch(l -> !l.isSupplied())) {
            return null;
        }
        return lines.stream().map(Line::expectedOn).max(LocalDate::compareTo).orElse(due);
    }
}
