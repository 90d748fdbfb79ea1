package org.gridworks.reports;

import java.io.Serializable;
import java.util.List;

/**
 * What the home page shows the signed-in user: counts of their own yellow and red items by kind (each linking
 * to the list that shows them), and for supervisors the same per unit.
 */
public record Dashboard(List<Tile> tiles, List<UnitRow> units) implements Serializable {

    /** A count on the dashboard and where it leads. */
    public record Tile(String key, long count, String colour, String link) implements Serializable {}

    /** A unit's red and yellow items by kind (the supervisor's view of all units). */
    public record UnitRow(
            String unit,
            String name,
            long redProjects,
            long yellowProjects,
            long redDeliveries,
            long redPermits,
            long redMilestones)
            implements Serializable {

        public long getRedTotal() {
            return redProjects + redDeliveries + redPermits + redMilestones;
        }
    }
}
