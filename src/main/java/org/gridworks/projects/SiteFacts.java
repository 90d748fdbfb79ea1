package org.gridworks.projects;

/**
 * What the site of a connection is like: the length of the new line and whether its route crosses a road, occupies
 * green space or lies in a protected zone (they decide the permits it needs, with the voltage), and whether the
 * scheme is simple (高供低计), which with 10(20) kV under 500 kVA allows the supply plan on site.
 */
public record SiteFacts(
        int newLineMetres,
        boolean crossesRoad,
        boolean occupiesGreenSpace,
        boolean inProtectedZone,
        boolean simpleScheme) {}
