package org.gridworks.capacity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.gridworks.platform.i18n.Languages;

/** A capacity row with its district's names, as pages, the API and the export show it. */
public record CapacityRow(
        Long id,
        String substation,
        String feeder,
        BigDecimal voltageKv,
        String unitCode,
        String unitNameZh,
        String unitNameEn,
        int availableKva,
        LocalDate updatedOn,
        int version)
        implements Serializable {

    public CapacityLevel level() {
        return CapacityLevel.of(availableKva);
    }

    public String districtName(Locale locale) {
        return Languages.pick(locale, unitNameZh, unitNameEn);
    }

    /** The voltage as people write it: 10, 0.4, 110. */
    public String voltage() {
        return voltageKv.stripTrailingZeros().toPlainString();
    }

    /** The figure in MVA, up to two decimals: 2500 kVA is 2.5 MVA. */
    public String mva() {
        return BigDecimal.valueOf(availableKva, 3)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    // properties for pages beside the components (RecordELResolver reads those)

    public String getVoltage() {
        return voltage();
    }

    public String getMva() {
        return mva();
    }

    public String getStyleClass() {
        return level().getStyleClass();
    }

    public String getLevelName() {
        return level().name();
    }
}
