package org.gridworks.alerts;

/** The ways a warning leaves GridWorks besides the inbox. */
public enum Channel {
    EMAIL,
    SMS
}
