package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StockSearchTest {

    @Test
    void theTextMatchesAnywhereInAnyCase() {
        assertEquals("%yjv22-8.7/15kv-3×240%", StockSearch.likePattern("  YJV22-8.7/15kV-3×240 "));
    }

    @Test
    void wildcardsTheUserTypesAreTakenLiterally() {
        assertEquals("%50\\%\\_a\\\\b%", StockSearch.likePattern("50%_a\\b"));
    }

    @Test
    void nothingTypedMatchesEverything() {
        assertEquals("%%", StockSearch.likePattern(null));
    }
}
