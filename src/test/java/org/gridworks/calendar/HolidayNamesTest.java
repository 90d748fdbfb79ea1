package org.gridworks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.gridworks.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Holiday names in English: each official name, a double holiday joined as a list, anything else as written. */
class HolidayNamesTest {

    private static String english(String name) {
        return HolidayNames.shown(name, key -> Messages.get(Locale.ENGLISH, key));
    }

    @Test
    void officialNamesInEnglish() {
        assertEquals("National Day", english("国庆节"));
        assertEquals("Spring Festival", english("春节"));
        assertEquals("Mid-Autumn Festival, National Day", english("中秋节、国庆节"));
        assertEquals("New Year’s Day", english("元旦"));
    }

    @Test
    void inChineseTheNoticesOwnWords() {
        assertEquals("中秋节、国庆节", HolidayNames.shown("中秋节、国庆节", key -> Messages.get(Locale.SIMPLIFIED_CHINESE, key)));
    }

    @Test
    void anAdministratorsOwnNameStaysAsWritten() {
        assertEquals("抢修停工", english("抢修停工"));
        assertEquals("国庆节调休补班", english("国庆节调休补班"));
        assertEquals("国庆节、抢修", english("国庆节、抢修"), "not half translated");
        assertNull(english(null));
    }
}
