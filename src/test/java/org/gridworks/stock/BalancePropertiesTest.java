package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of movements, each refused when its result is not valid (as the ledger does): the balance always
 * equals the sum of the accepted movements and never shows anything negative. A failure shrinks to the shortest
 * sequence that breaks it.
 */
class BalancePropertiesTest {

    @Property(tries = 500)
    void theBalanceIsAlwaysTheSumOfTheAcceptedMovements(@ForAll("movements") List<Balance.Delta> movements) {
        Balance balance = Balance.ZERO;
        List<Balance.Delta> accepted = new ArrayList<>();
        for (Balance.Delta delta : movements) {
            Balance next = balance.plus(delta);
            if (next.isValid()) {
                balance = next;
                accepted.add(delta);
            }
            assertTrue(
                    balance.onHand() >= 0
                            && balance.reserved() >= 0
                            && balance.inTransit() >= 0
                            && balance.available() >= 0,
                    balance.toString());
        }
        int onHand = accepted.stream().mapToInt(Balance.Delta::onHand).sum();
        int reserved = accepted.stream().mapToInt(Balance.Delta::reserved).sum();
        int inTransit = accepted.stream().mapToInt(Balance.Delta::inTransit).sum();
        assertEquals(new Balance(onHand, reserved, inTransit), balance);
    }

    @Provide
    Arbitrary<List<Balance.Delta>> movements() {
        Arbitrary<Integer> quantity = Arbitraries.integers().between(1, 20);
        Arbitrary<Balance.Delta> movement = Combinators.combine(
                        Arbitraries.integers().between(0, 7), quantity)
                .as((kind, q) -> switch (kind) {
                    case 0 -> Balance.Delta.receipt(q);
                    case 1 -> Balance.Delta.issue(q);
                    case 2 -> Balance.Delta.incoming(q);
                    case 3 -> Balance.Delta.arrived(q);
                    case 4 -> Balance.Delta.reservation(q);
                    case 5 -> Balance.Delta.release(q);
                    case 6 -> Balance.Delta.issueReserved(q);
                    default -> Balance.Delta.adjustment(-q);
                });
        return movement.list().ofMaxSize(200);
    }
}
