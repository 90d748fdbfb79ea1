package org.gridworks.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.gridworks.audit.Changes;

/**
 * The open capacity of one substation (feeder null) or one of its feeders, in kVA, as of a date. The place
 * (substation, feeder) is unique; feeder_key carries the feeder or '' so that the database's unique key holds for a
 * substation's own row too (V22).
 */
@Entity
@Table(name = "grid_capacity")
public class GridCapacity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String substation;

    @Column(length = 100)
    private String feeder;

    @Column(name = "feeder_key", nullable = false, length = 100)
    private String feederKey;

    @Column(name = "voltage_kv", nullable = false, precision = 5, scale = 1)
    private BigDecimal voltageKv;

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    @Column(name = "available_kva", nullable = false)
    private int availableKva;

    @Column(name = "updated_on", nullable = false)
    private LocalDate updatedOn;

    @Version
    private int version;

    protected GridCapacity() {}

    GridCapacity(String substation, String feeder) {
        this.substation = substation;
        this.feeder = feeder;
        this.feederKey = feeder == null ? "" : feeder;
    }

    void set(String substation, String feeder, BigDecimal voltageKv, String unitCode, int availableKva, LocalDate on) {
        this.substation = substation;
        this.feeder = feeder;
        this.feederKey = feeder == null ? "" : feeder;
        this.voltageKv = voltageKv;
        this.unitCode = unitCode;
        this.availableKva = availableKva;
        this.updatedOn = on;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = Changes.snapshot();
        state.put("substation", substation);
        state.put("feeder", feeder);
        state.put(
                "voltageKv",
                voltageKv == null ? null : voltageKv.stripTrailingZeros().toPlainString());
        state.put("unit", unitCode);
        state.put("availableKva", availableKva);
        state.put("updatedOn", updatedOn);
        return state;
    }

    /** The place as the audit trail and messages name it: "substation" or "substation / feeder". */
    public String place() {
        return feeder == null ? substation : substation + " / " + feeder;
    }

    public CapacityLevel getLevel() {
        return CapacityLevel.of(availableKva);
    }

    public Long getId() {
        return id;
    }

    public String getSubstation() {
        return substation;
    }

    public String getFeeder() {
        return feeder;
    }

    public BigDecimal getVoltageKv() {
        return voltageKv;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getAvailableKva() {
        return availableKva;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    public int getVersion() {
        return version;
    }
}
