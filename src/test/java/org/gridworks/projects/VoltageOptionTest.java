package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A saved project's voltage, read back with the database's one decimal, is one of the form's buttons again. */
class VoltageOptionTest {

    @Test
    void aStoredVoltageIsTheButtonOfTheSameValue() {
        BigDecimal[] options = new ProjectEditBacking().getVoltages();
        assertSame(options[1], ProjectEditBacking.asOption(new BigDecimal("10.0")), "10.0 is the 10 kV button");
        assertSame(options[2], ProjectEditBacking.asOption(new BigDecimal("20.0")));
        assertSame(options[0], ProjectEditBacking.asOption(new BigDecimal("0.40")));
        assertEquals(new BigDecimal("35.0"), ProjectEditBacking.asOption(new BigDecimal("35.0")), "unknown: as stored");
    }
}
