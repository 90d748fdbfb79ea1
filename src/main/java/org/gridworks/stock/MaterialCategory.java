package org.gridworks.stock;

/** The kinds of distribution-network material the reserve list keeps; names in the bundles (materialCategory.*). */
public enum MaterialCategory {
    CABLE_10KV,
    CABLE_LV,
    DISTRIBUTION_TRANSFORMER,
    BOX_SUBSTATION,
    RING_MAIN_UNIT,
    SWITCHGEAR,
    METER_BOX,
    SMART_METER,
    OVERHEAD_LINE,
    FITTINGS
}
