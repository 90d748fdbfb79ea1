package org.gridworks.capacity;

/**
 * The colour a capacity figure is published in. The thresholds are the company's rule of thumb for a new 10 kV
 * customer, whose transformers are mostly 630 to 2,000 kVA (README "Open grid capacity"): with 2,000 kVA or more a
 * typical new high-voltage customer fits without reinforcement (plenty); below that some fit and some need the
 * planning department first (limited); at 0 nothing new can connect until the grid is reinforced (none).
 */
public enum CapacityLevel {
    PLENTY,
    LIMITED,
    NONE;

    /** At and above this many kVA a figure is plenty. */
    public static final int PLENTY_FROM_KVA = 2000;

    public static CapacityLevel of(int availableKva) {
        if (availableKva <= 0) {
            return NONE;
        }
        return availableKva < PLENTY_FROM_KVA ? LIMITED : PLENTY;
    }

    /** The CSS class of the colour (public.css and gridworks.css). */
    public String getStyleClass() {
        return "gw-capacity-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
