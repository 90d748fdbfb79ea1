package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class BalanceTest {

    @Test
    void availableIsOnHandLessReserved() {
        assertEquals(7, new Balance(10, 3, 4).available());
    }

    @Test
    void aTransferMovesStockFromTheSourceThroughInTransitToTheTarget() {
        Balance source = new Balance(50, 0, 0).plus(Balance.Delta.sent(20));
        Balance target = new Balance(5, 0, 0).plus(Balance.Delta.incoming(20));
        assertEquals(new Balance(30, 0, 0), source);
        assertEquals(new Balance(5, 0, 20), target);
        assertEquals(new Balance(25, 0, 0), target.plus(Balance.Delta.arrived(20)));
    }

    @Test
    void anIssueMayNotTakeReservedStock() {
        Balance reserved = new Balance(10, 8, 0);
        assertTrue(reserved.plus(Balance.Delta.issue(2)).isValid());
        assertFalse(reserved.plus(Balance.Delta.issue(3)).isValid(), "only 2 are available");
        assertFalse(reserved.plus(Balance.Delta.reservation(3)).isValid(), "nor reserved twice");
        assertFalse(reserved.plus(Balance.Delta.adjustment(-3)).isValid(), "nor written off");
    }

    @Test
    void nothingMayGoNegative() {
        assertFalse(Balance.ZERO.plus(Balance.Delta.issue(1)).isValid());
        assertFalse(Balance.ZERO.plus(Balance.Delta.release(1)).isValid());
        assertFalse(Balance.ZERO.plus(Balance.Delta.arrived(1)).isValid(), "nothing arrives that was not sent");
        assertTrue(Balance.ZERO.plus(Balance.Delta.receipt(1)).isValid());
    }

    /**
     * A random sequence of movements, refused whenever the result is not valid (as the ledger does): the balance
     * always equals the sum of the accepted deltas, and never shows anything negative.
     */
    @RepeatedTest(50)
    void theBalanceIsAlwaysTheSumOfTheAcceptedMovements(RepetitionInfo repetition) {
        Random random = new Random(7919L * repetition.getCurrentRepetition());
        Balance balance = Balance.ZERO;
        List<Balance.Delta> accepted = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int q = 1 + random.nextInt(20);
            Balance.Delta delta = switch (random.nextInt(7)) {
                case 0 -> Balance.Delta.receipt(q);
                case 1 -> Balance.Delta.issue(q);
                case 2 -> Balance.Delta.incoming(q);
                case 3 -> Balance.Delta.arrived(q);
                case 4 -> Balance.Delta.reservation(q);
                case 5 -> Balance.Delta.release(q);
                default -> Balance.Delta.adjustment(random.nextBoolean() ? q : -q);
            };
            Balance next = balance.plus(delta);
            if (next.isValid()) {
                balance = next;
                accepted.add(delta);
            }
            assertTrue(balance.onHand() >= 0 && balance.reserved() >= 0 && balance.inTransit() >= 0
                    && balance.available() >= 0, balance.toString());
        }
        int onHand = accepted.stream().mapToInt(Balance.Delta::onHand).sum();
        int reserved = accepted.stream().mapToInt(Balance.Delta::reserved).sum();
        int inTransit = accepted.stream().mapToInt(Balance.Delta::inTransit).sum();
        assertEquals(new Balance(onHand, reserved, inTransit), balance);
    }
}
