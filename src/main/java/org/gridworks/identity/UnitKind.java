package org.gridworks.identity;

/** The city company, its district sub-companies and the county companies. */
public enum UnitKind {
    CITY,
    DISTRICT,
    COUNTY
}
