package org.gridworks.stock;

/**
 * A balance of one material in one warehouse: on hand (on the shelves), reserved (promised to a request, still
 * on the shelves), in transit (sent by another warehouse, not yet arrived). Available is what can still be
 * issued or reserved. Pure arithmetic: the ledger applies deltas here and refuses results that are not valid.
 */
public record Balance(int onHand, int reserved, int inTransit) {

    public static final Balance ZERO = new Balance(0, 0, 0);

    public int available() {
        return onHand - reserved;
    }

    public Balance plus(Delta delta) {
        return new Balance(
                Math.addExact(onHand, delta.onHand()),
                Math.addExact(reserved, delta.reserved()),
                Math.addExact(inTransit, delta.inTransit()));
    }

    /** Nothing negative, and nothing reserved that is not on the shelves. */
    public boolean isValid() {
        return onHand >= 0 && reserved >= 0 && inTransit >= 0 && reserved <= onHand;
    }

    /** The change one movement makes to a balance. */
    public record Delta(int onHand, int reserved, int inTransit) {

        public static Delta receipt(int quantity) {
            return new Delta(quantity, 0, 0);
        }

        public static Delta issue(int quantity) {
            return new Delta(-quantity, 0, 0);
        }

        public static Delta adjustment(int signedQuantity) {
            return new Delta(signedQuantity, 0, 0);
        }

        /** At the source of a transfer: the stock leaves the shelves. */
        public static Delta sent(int quantity) {
            return new Delta(-quantity, 0, 0);
        }

        /** At the target of a transfer, when it leaves the source: on its way. */
        public static Delta incoming(int quantity) {
            return new Delta(0, 0, quantity);
        }

        /** At the target of a transfer, on arrival: from "in transit" to the shelves. */
        public static Delta arrived(int quantity) {
            return new Delta(quantity, 0, -quantity);
        }

        /** At the target of a transfer: a shortfall written off, no longer on its way. */
        public static Delta lostInTransit(int quantity) {
            return new Delta(0, 0, -quantity);
        }

        public static Delta reservation(int quantity) {
            return new Delta(0, quantity, 0);
        }

        /** Reserved stock leaves the warehouse for the site it was reserved for. */
        public static Delta issueReserved(int quantity) {
            return new Delta(-quantity, -quantity, 0);
        }

        public static Delta release(int quantity) {
            return new Delta(0, -quantity, 0);
        }
    }
}
