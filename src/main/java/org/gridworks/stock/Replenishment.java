package org.gridworks.stock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replenishment (补库) and allocation (调配) proposals, as pure arithmetic over reserve levels and balances.
 * A warehouse is short of a material when what it has and what is on its way (available + in transit) is below
 * its reserve level; it needs enough to reach its ceiling. Another warehouse can give what it has available
 * above its own reserve level (all of it when the material is not on its reserve list). What no warehouse can
 * give has to be bought.
 */
public final class Replenishment {

    private Replenishment() {}

    /** A material in a warehouse: its balance and its reserve level and ceiling (null when not on the list). */
    public record Position(long materialId, Warehouse warehouse, Balance balance, Integer minimum, Integer ceiling) {

        int onHandAndComing() {
            return balance.available() + balance.inTransit();
        }

        boolean isShort() {
            return minimum != null && onHandAndComing() < minimum;
        }

        int need() {
            return Math.max(0, (ceiling == null ? minimum : ceiling) - onHandAndComing());
        }

        int surplus() {
            return Math.max(0, balance.available() - (minimum == null ? 0 : minimum));
        }
    }

    /** A warehouse that can send some of the need, and how much it would send. */
    public record Donor(Warehouse warehouse, int surplus, int quantity) {}

    /** A shortage: what is needed to reach the ceiling, who could send it (best first), and what is left to buy. */
    public record Proposal(Position shortage, int need, List<Donor> donors, int toBuy) {

        public Donor best() {
            return donors.isEmpty() ? null : donors.get(0);
        }
    }

    /**
     * The proposals for every shortage among the positions, most urgent first (the furthest below its reserve
     * level, as a share of it). Donors are the other warehouses with a surplus of the same material, largest
     * first; each would send what it can, up to the need.
     */
    public static List<Proposal> propose(List<Position> positions) {
        List<Proposal> proposals = new ArrayList<>();
        for (Position shortage : positions) {
            if (!shortage.isShort()) {
                continue;
            }
            int need = shortage.need();
            List<Donor> donors = positions.stream()
                    .filter(p -> p.materialId() == shortage.materialId()
                            && !p.warehouse()
                                    .getId()
                                    .equals(shortage.warehouse().getId())
                            && p.surplus() > 0)
                    .sorted(Comparator.comparingInt(Position::surplus)
                            .reversed()
                            .thenComparing(p -> p.warehouse().getCode()))
                    .map(p -> new Donor(p.warehouse(), p.surplus(), Math.min(p.surplus(), need)))
                    .toList();
            int fromBest = donors.isEmpty() ? 0 : donors.get(0).quantity();
            proposals.add(new Proposal(shortage, need, donors, need - fromBest));
        }
        proposals.sort(Comparator.comparingDouble((Proposal p) -> urgency(p.shortage()))
                .thenComparing(p -> p.shortage().warehouse().getCode()));
        return proposals;
    }

    /** How full the warehouse is against its reserve level: 0 is empty, 1 is at the level. */
    private static double urgency(Position position) {
        return position.minimum() == 0 ? 1 : (double) position.onHandAndComing() / position.minimum();
    }
}
