package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A material's unit of measure in the reader's language; an unknown one stays as the catalogue has it. */
class UnitOfMeasureTest {

    private static Material in(String uom) {
        return new Material("500100001", "电缆", "YJV22-8.7/15kV-3×240", uom, MaterialCategory.CABLE_10KV);
    }

    @Test
    void theUsualUnitsReadInEnglishAndStayChineseInChinese() {
        assertEquals("m", in("米").uom(Locale.ENGLISH));
        assertEquals("unit", in("台").uom(Locale.ENGLISH));
        assertEquals("pc", in("只").uom(Locale.ENGLISH));
        assertEquals("米", in("米").uom(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aUnitTheTextsDoNotNameStaysAsStored() {
        assertEquals("盘", in("盘").uom(Locale.ENGLISH));
        assertEquals("kg", in("kg").uom(Locale.ENGLISH));
    }
}
