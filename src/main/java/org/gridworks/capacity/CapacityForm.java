package org.gridworks.capacity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A capacity row as an administrator or a client sends it. {@code unit} is a unit's code or its district's name (as
 * the workbook may say either); {@code version} is the one the user saw, null for a new row.
 */
public record CapacityForm(
        Long id,
        String substation,
        String feeder,
        BigDecimal voltageKv,
        String unit,
        Integer availableKva,
        LocalDate updatedOn,
        Integer version)
        implements Serializable {}
