package org.gridworks.reports;

import java.util.List;

/** Small arithmetic the reports share: rates and percentiles, as people count them. */
public final class Figures {

    private Figures() {}

    /** A share between 0 and 1, or null when there is nothing to count. */
    public static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The nearest-rank percentile (p in 0..100) of sorted values; null for none. */
    public static Integer percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** One decimal, for averages shown to people. */
    public static Double round1(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
