package org.gridworks.platform.watch;

/** The two colours that raise a warning; green (and closed) records raise nothing. */
public enum Colour {
    YELLOW,
    RED
}
