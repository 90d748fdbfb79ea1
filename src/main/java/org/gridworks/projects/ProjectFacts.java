package org.gridworks.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The facts of an application that decide its category. */
public record ProjectFacts(
        boolean residential,
        BigDecimal voltageKv,
        boolean dualSupply,
        boolean smallMicro,
        BigDecimal capacityKw,
        AreaType areaType,
        LocalDate acceptedOn) {}
