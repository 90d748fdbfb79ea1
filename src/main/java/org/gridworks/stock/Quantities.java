package org.gridworks.stock;

import org.gridworks.platform.BusinessException;
import org.gridworks.platform.validation.Quantity;

/**
 * The one rule for a quantity of stock, wherever it is booked (postings, request lines, deliveries, levels): a
 * whole number up to {@link Quantity#MAX}, positive except for an adjustment, which may take stock down but is
 * never zero. The API's records check the same bound earlier with {@link Quantity}; this is what the services
 * rely on, whoever calls them.
 */
public final class Quantities {

    public static final int MAX = Quantity.MAX;

    private Quantities() {}

    /** A quantity moved, requested or delivered: 1 to MAX. */
    public static int positive(String field, Integer quantity) {
        return check(field, quantity, false);
    }

    /** An adjustment's quantity: −MAX to MAX, not 0. */
    public static int nonZero(String field, Integer quantity) {
        return check(field, quantity, true);
    }

    private static int check(String field, Integer quantity, boolean signed) {
        if (quantity == null) {
            throw BusinessException.invalid(field, "stock.quantityRequired");
        }
        if (Math.abs((long) quantity) > MAX) {
            throw BusinessException.invalid(field, "stock.quantityTooLarge", MAX);
        }
        if (signed ? quantity == 0 : quantity <= 0) {
            throw BusinessException.invalid(field, signed ? "stock.quantityNonZero" : "stock.quantityPositive");
        }
        return quantity;
    }
}
