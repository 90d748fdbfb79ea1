package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StockSearchTest {

    @Test
    void theTextMatchesAnywhereInAnyCase() {
        assertEquals("%yjv22-8.7/15kv-3x240%", StockSearch.likePattern("  YJV22-8.7/15kV-3×240 "));
        assertEquals("%yjv22-8.7/15kv%", StockSearch.likePattern("YJV22-8.7/15kV"));
    }

    /** The catalogue writes 3×150; a phone keyboard types 3x150, 3X150, 3*150 or 3 x 150. */
    @Test
    void anySignBetweenTwoDigitsStandsForTheMultiplicationSign() {
        for (String typed : new String[] {"3×150", "3x150", "3X150", "3*150", "3 x 150", "3 ×150", "３×１５０"}) {
            assertEquals("%3x150%", StockSearch.likePattern(typed), typed);
        }
        assertEquals("%box 3%", StockSearch.likePattern("box 3"), "an x not between digits is a letter");
        assertEquals("%x150%", StockSearch.likePattern("x150"));
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
