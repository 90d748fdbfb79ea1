package org.gridworks.delays;

/** Why something was late; codes as on the wire. */
public enum DelayCause {
    MATERIALS,
    PERMITS,
    CUSTOMER,
    DESIGN,
    CONSTRUCTION,
    WEATHER,
    OTHER
}
