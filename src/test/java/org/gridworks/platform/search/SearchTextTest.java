package org.gridworks.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the search box's text means: full-width input as ASCII, too short means no search, too long is cut. */
class SearchTextTest {

    @Test
    void fullWidthLettersAndDigitsFromAChineseKeyboardReadAsAscii() {
        assertEquals(Optional.of("WC-2026"), SearchText.of("  ＷＣ－２０２６　"));
    }

    @Test
    void oneLatinCharacterIsTooShortButOneChineseCharacterIsEnough() {
        assertEquals(Optional.empty(), SearchText.of("4"));
        assertEquals(Optional.empty(), SearchText.of("   "));
        assertEquals(Optional.empty(), SearchText.of(null));
        assertEquals(Optional.of("王"), SearchText.of(" 王 "));
        assertEquals(Optional.of("4x"), SearchText.of("4x"));
    }

    @Test
    void aTextLongerThanFiftyIsCut() {
        assertEquals(Optional.of("a".repeat(50)), SearchText.of("a".repeat(80)));
    }
}
