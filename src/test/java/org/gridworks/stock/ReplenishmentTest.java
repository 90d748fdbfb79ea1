package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitKind;
import org.junit.jupiter.api.Test;

class ReplenishmentTest {

    private static final Warehouse CENTRAL = warehouse(1, "WH-JH", "JH", true);
    private static final Warehouse WUCHENG = warehouse(2, "WH-WC", "WC", false);
    private static final Warehouse LANXI = warehouse(3, "WH-LX", "LX", false);
    private static final Warehouse YIWU = warehouse(4, "WH-YW", "YW", false);

    private static Warehouse warehouse(long id, String code, String unit, boolean central) {
        return new Warehouse(id, code, new Unit(unit, unit, unit, UnitKind.COUNTY, null), central);
    }

    private static Replenishment.Position at(
            Warehouse w, int onHand, int reserved, int inTransit, Integer min, Integer ceiling) {
        return new Replenishment.Position(100, w, new Balance(onHand, reserved, inTransit), min, ceiling);
    }

    @Test
    void aShortageIsProposedUpToTheCeilingWithTheLargestSurplusFirst() {
        List<Replenishment.Proposal> proposals = Replenishment.propose(List.of(
                at(WUCHENG, 4, 1, 0, 10, 30), // available 3 < 10: needs 27
                at(CENTRAL, 60, 0, 0, 30, 90), // surplus 30
                at(LANXI, 25, 0, 0, 10, 30))); // surplus 15
        assertEquals(1, proposals.size());
        Replenishment.Proposal p = proposals.get(0);
        assertEquals(WUCHENG, p.shortage().warehouse());
        assertEquals(27, p.need());
        assertEquals(
                List.of(new Replenishment.Donor(CENTRAL, 30, 27), new Replenishment.Donor(LANXI, 15, 15)), p.donors());
        assertEquals(0, p.toBuy(), "the central warehouse can send all of it");
    }

    @Test
    void stockInTransitCountsSoNothingIsOrderedTwice() {
        assertEquals(
                List.of(),
                Replenishment.propose(List.of(at(WUCHENG, 2, 0, 8, 10, 30), at(CENTRAL, 90, 0, 0, 30, 90))),
                "2 on the shelf and 8 on the way reach the level");
        Replenishment.Proposal p =
                Replenishment.propose(List.of(at(WUCHENG, 2, 0, 5, 10, 30))).get(0);
        assertEquals(23, p.need(), "up to the ceiling, counting what is on its way");
    }

    @Test
    void onlyStockAboveTheDonorsOwnReserveLevelIsOffered() {
        Replenishment.Proposal p = Replenishment.propose(List.of(
                        at(WUCHENG, 0, 0, 0, 10, 20),
                        at(LANXI, 10, 0, 0, 10, 30), // exactly at its level: nothing to give
                        at(CENTRAL, 40, 25, 0, 10, 30), // 15 available, 5 above its level
                        at(YIWU, 6, 0, 0, null, null))) // not on its list: all 6 may go
                .get(0);
        assertEquals(List.of(new Replenishment.Donor(YIWU, 6, 6), new Replenishment.Donor(CENTRAL, 5, 5)), p.donors());
        assertEquals(14, p.toBuy(), "20 needed, the best donor gives 6");
    }

    @Test
    void withoutAnyDonorEverythingHasToBeBought() {
        Replenishment.Proposal p =
                Replenishment.propose(List.of(at(WUCHENG, 1, 0, 0, 4, 6))).get(0);
        assertTrue(p.donors().isEmpty());
        assertNull(p.best());
        assertEquals(5, p.toBuy());
    }

    @Test
    void theEmptiestWarehouseComesFirstAndWarehousesWithoutALevelAreNeverShort() {
        List<Replenishment.Proposal> proposals = Replenishment.propose(List.of(
                new Replenishment.Position(1, LANXI, new Balance(8, 0, 0), 10, 20),
                new Replenishment.Position(2, WUCHENG, new Balance(1, 0, 0), 10, 20),
                new Replenishment.Position(3, YIWU, new Balance(0, 0, 0), null, null)));
        assertEquals(
                List.of(WUCHENG, LANXI),
                proposals.stream().map(p -> p.shortage().warehouse()).toList());
    }
}
