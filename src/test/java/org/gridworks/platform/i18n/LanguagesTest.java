package org.gridworks.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void acceptLanguagePicksTheBestSupportedLanguage() {
        assertEquals(Languages.ENGLISH, Languages.fromAcceptLanguage("en-US,en;q=0.9"));
        assertEquals(Languages.CHINESE, Languages.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Languages.CHINESE, Languages.fromAcceptLanguage("zh-TW"));
        assertEquals(Languages.ENGLISH, Languages.fromAcceptLanguage("fr-FR,en;q=0.5"));
    }

    @Test
    void anythingElseFallsBackToChinese() {
        assertEquals(Languages.CHINESE, Languages.fromAcceptLanguage(null));
        assertEquals(Languages.CHINESE, Languages.fromAcceptLanguage(""));
        assertEquals(Languages.CHINESE, Languages.fromAcceptLanguage("fr-FR"));
        assertEquals(Languages.CHINESE, Languages.fromAcceptLanguage(";;;q=garbage"));
    }

    @Test
    void switchTagsAreReadLeniently() {
        assertEquals(Languages.ENGLISH, Languages.fromTag("en"));
        assertEquals(Languages.ENGLISH, Languages.fromTag("en_GB"));
        assertEquals(Languages.CHINESE, Languages.fromTag("zh-CN"));
        assertEquals(Languages.CHINESE, Languages.fromTag("zh_CN"));
        assertEquals(Languages.CHINESE, Languages.fromTag("<script>"));
        assertEquals(Languages.CHINESE, Languages.fromTag(null));
    }

    @Test
    void messagesFillArgumentsAndNeverThrowForMissingKeys() {
        assertEquals("Version 1.2", Messages.get(Locale.ENGLISH, "footer.version", "1.2"));
        assertEquals("版本 1.2", Messages.get(Locale.SIMPLIFIED_CHINESE, "footer.version", "1.2"));
        assertEquals("no.such.key", Messages.get(Locale.ENGLISH, "no.such.key"));
    }

    @Test
    void aNameKeptInBothLanguagesIsReadInTheReadersAndInChineseWhenNoEnglishIsKept() {
        assertEquals("Jinhua", Languages.pick(Locale.forLanguageTag("en-GB"), "金华", "Jinhua"));
        assertEquals("金华", Languages.pick(Locale.SIMPLIFIED_CHINESE, "金华", "Jinhua"));
        assertEquals("金华", Languages.pick(Locale.FRENCH, "金华", "Jinhua"), "Chinese is the default language");
        assertEquals("金华", Languages.pick(Locale.ENGLISH, "金华", " "));
        assertEquals("金华", Languages.pick(Locale.ENGLISH, "金华", null));
    }
}
