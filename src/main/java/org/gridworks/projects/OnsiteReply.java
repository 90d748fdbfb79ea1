package org.gridworks.projects;

import java.math.BigDecimal;

/**
 * Who may get the supply plan on site (供电方案现场答复): a 10 or 20 kV application under 500 kVA whose scheme is
 * simple (高供低计). The requested capacity stands for the kVA, as the application form gives it.
 */
public final class OnsiteReply {

    private static final BigDecimal LIMIT_KVA = new BigDecimal("500");

    private OnsiteReply() {}

    public static boolean eligible(BigDecimal voltageKv, BigDecimal capacity, boolean simpleScheme) {
        if (!simpleScheme || voltageKv == null || capacity == null) {
            return false;
        }
        boolean tenOrTwenty =
                voltageKv.compareTo(BigDecimal.TEN) == 0 || voltageKv.compareTo(new BigDecimal("20")) == 0;
        return tenOrTwenty && capacity.compareTo(LIMIT_KVA) < 0;
    }
}
