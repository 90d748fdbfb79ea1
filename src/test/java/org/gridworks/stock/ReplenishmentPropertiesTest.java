package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridworks.identity.Unit;
import org.gridworks.identity.UnitKind;

/**
 * Replenishment and allocation proposals for any stock of two materials in five warehouses: every warehouse below
 * its reserve level (counting what is on its way) gets one proposal up to its ceiling; a donor is another
 * warehouse of the same material and is never asked for more than it has above its own reserve level, nor more
 * than the need; what the best donor cannot give is bought.
 */
class ReplenishmentPropertiesTest {

    private static final List<Warehouse> WAREHOUSES = List.of(
            warehouse(1, "WH-JH", true),
            warehouse(2, "WH-WC", false),
            warehouse(3, "WH-LX", false),
            warehouse(4, "WH-YW", false),
            warehouse(5, "WH-PA", false));

    /** A warehouse that prints as its code, so that a shrunk sample reads as warehouses, not object ids. */
    private static Warehouse warehouse(long id, String code, boolean central) {
        return new Warehouse(id, code, new Unit(code, code, code, UnitKind.COUNTY, null), central) {
            @Override
            public String toString() {
                return code;
            }
        };
    }

    @Property(tries = 1000)
    void everyWarehouseBelowItsReserveLevelGetsOneProposalUpToItsCeiling(
            @ForAll("positions") List<Replenishment.Position> positions) {
        List<Replenishment.Proposal> proposals = Replenishment.propose(positions);
        for (Replenishment.Position position : positions) {
            int has = position.balance().available() + position.balance().inTransit();
            boolean isShort = position.minimum() != null && has < position.minimum();
            List<Replenishment.Proposal> its = proposals.stream()
                    .filter(p -> p.shortage().equals(position))
                    .toList();
            assertEquals(isShort ? 1 : 0, its.size(), position.toString());
            if (isShort) {
                assertEquals(position.ceiling(), has + its.get(0).need(), "the need fills it to its ceiling");
            }
        }
    }

    @Property(tries = 1000)
    void noDonorIsAskedForMoreThanItsSurplusNorMoreThanTheNeed(
            @ForAll("positions") List<Replenishment.Position> positions) {
        for (Replenishment.Proposal proposal : Replenishment.propose(positions)) {
            for (Replenishment.Donor donor : proposal.donors()) {
                Replenishment.Position given = positions.stream()
                        .filter(p -> p.warehouse() == donor.warehouse()
                                && p.materialId() == proposal.shortage().materialId())
                        .findFirst()
                        .orElseThrow();
                assertNotEquals(proposal.shortage().warehouse(), donor.warehouse(), "a warehouse never gives itself");
                int minimum = given.minimum() == null ? 0 : given.minimum();
                assertTrue(donor.quantity() > 0 && donor.quantity() <= proposal.need(), donor + " for " + proposal);
                assertTrue(
                        given.balance().available() - donor.quantity() >= minimum,
                        donor + " would fall below its own reserve level " + minimum);
                assertEquals(given.balance().available() - minimum, donor.surplus(), "the surplus shown");
            }
        }
    }

    @Property(tries = 1000)
    void theLargestSurplusComesFirstAndOnlyWhatItCannotGiveIsBought(
            @ForAll("positions") List<Replenishment.Position> positions) {
        for (Replenishment.Proposal proposal : Replenishment.propose(positions)) {
            List<Replenishment.Donor> donors = proposal.donors();
            for (int i = 1; i < donors.size(); i++) {
                assertTrue(donors.get(i - 1).surplus() >= donors.get(i).surplus(), donors.toString());
            }
            int fromBest = donors.isEmpty() ? 0 : donors.get(0).quantity();
            assertEquals(proposal.need() - fromBest, proposal.toBuy(), proposal.toString());
            assertTrue(proposal.toBuy() >= 0 && proposal.toBuy() <= proposal.need(), proposal.toString());
        }
    }

    @Property(tries = 1000)
    void theEmptiestWarehouseAgainstItsLevelComesFirst(@ForAll("positions") List<Replenishment.Position> positions) {
        List<Replenishment.Proposal> proposals = Replenishment.propose(positions);
        for (int i = 1; i < proposals.size(); i++) {
            Replenishment.Position earlier = proposals.get(i - 1).shortage();
            Replenishment.Position later = proposals.get(i).shortage();
            // has/minimum compared without division: earlier.has * later.min <= later.has * earlier.min
            long earlierFill = (long) has(earlier) * later.minimum();
            long laterFill = (long) has(later) * earlier.minimum();
            assertTrue(earlierFill <= laterFill, earlier + " before " + later);
        }
    }

    private static int has(Replenishment.Position position) {
        return position.balance().available() + position.balance().inTransit();
    }

    /** One position per material and warehouse; some warehouses keep no reserve level for a material. */
    @Provide
    Arbitrary<List<Replenishment.Position>> positions() {
        Arbitrary<Integer> onHand = Arbitraries.integers().between(0, 100);
        Arbitrary<Integer> reservedShare = Arbitraries.integers().between(0, 100);
        Arbitrary<Integer> inTransit = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> minimum = Arbitraries.integers().between(0, 60).injectNull(0.2);
        Arbitrary<Integer> aboveMinimum = Arbitraries.integers().between(0, 60);
        Arbitrary<Level> level = Combinators.combine(onHand, reservedShare, inTransit, minimum, aboveMinimum)
                .as(Level::new);
        return level.list().ofSize(2 * WAREHOUSES.size()).map(levels -> {
            List<Replenishment.Position> positions = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                Level l = levels.get(i);
                Balance balance = new Balance(l.onHand(), l.onHand() * l.reservedShare() / 100, l.inTransit());
                positions.add(new Replenishment.Position(
                        1 + i / WAREHOUSES.size(),
                        WAREHOUSES.get(i % WAREHOUSES.size()),
                        balance,
                        l.minimum(),
                        l.minimum() == null ? null : l.minimum() + l.aboveMinimum()));
            }
            return positions;
        });
    }

    record Level(int onHand, int reservedShare, int inTransit, Integer minimum, int aboveMinimum) {}
}
