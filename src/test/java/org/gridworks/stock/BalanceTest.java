package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
