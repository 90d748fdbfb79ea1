package org.gridworks.projects;

/** Where the customer is: it decides the three-zero capacity limit before 2023. */
public enum AreaType {
    URBAN,
    RURAL
}
