package org.gridworks.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text a user sees exists in Chinese and in English, in exactly one area's file, every area with texts is
 * loaded, and every key a page uses exists.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/gridworks");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    /** Each area's texts, and the Faces messages (converter and validator texts) beside them. */
    static List<String> bundles() {
        List<String> bundles = new ArrayList<>(
                AreaTexts.AREAS.stream().map(area -> area + "/texts").toList());
        bundles.add("i18n/faces");
        return bundles;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseAndEnglishHaveTheSameKeysAndNoEmptyTexts(String bundle) throws IOException {
        Properties chinese = load(bundle + "_zh_CN.properties");
        Properties english = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(chinese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        for (String key : chinese.stringPropertyNames()) {
            assertTrue(
                    !chinese.getProperty(key).isBlank()
                            && !english.getProperty(key).isBlank(),
                    key);
        }
    }

    /** A folder with texts that AreaTexts does not list would be texts nobody ever sees. */
    @Test
    void everyAreaWithTextsIsLoaded() throws IOException {
        Set<String> withTexts = new TreeSet<>();
        try (Stream<Path> folders = Files.list(RESOURCES)) {
            folders.filter(folder -> Files.exists(folder.resolve("texts_zh_CN.properties")))
                    .forEach(folder -> withTexts.add(folder.getFileName().toString()));
        }
        assertEquals(withTexts, new TreeSet<>(AreaTexts.AREAS));
    }

    @Test
    void theBundleHoldsEveryAreasTextsInTheAskedLanguage() {
        ResourceBundle chinese = Messages.bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle english = Messages.bundle(Locale.ENGLISH);
        assertEquals("业扩项目", chinese.getString("nav.projects"));
        assertEquals("Connection projects", english.getString("nav.projects"));
        assertEquals("Sign in", english.getString("signIn.submit"));
        // the JVM's default locale must not decide: on an English machine a reader of traditional Chinese (no
        // bundle of its own, which ResourceBundle would answer from the default locale) reads Chinese
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            assertEquals("业扩项目", Messages.bundle(Locale.TRADITIONAL_CHINESE).getString("nav.projects"));
            assertEquals("业扩项目", Messages.get(Locale.GERMAN, "nav.projects"), "any other language reads Chinese");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
        assertTrue(Collections.list(english.getKeys()).contains("nav.projects"));
        assertThrows(MissingResourceException.class, () -> english.getString("no.such.key"));
    }

    @Test
    void noKeyIsDefinedInTwoAreas() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String area : AreaTexts.AREAS) {
            for (String key : load(area + "/texts_zh_CN.properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(area + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), twice);
    }

    /** MessageFormat reads a lone ' as the start of quoted text: "project's {0}" would print without the date. */
    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void messagesWithArgumentsHaveNoLoneApostrophe(String language) throws IOException {
        Properties texts = all(language);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (text.matches("(?s).*\\{\\d.*")) {
                assertTrue(!text.replace("''", "").contains("'"), "a lone apostrophe in " + key + ": " + text);
            }
        }
    }

    @Test
    void chineseTextsAreChineseAndEnglishTextsAreNot() throws IOException {
        Properties chinese = all("zh_CN");
        Properties english = all("en");
        // the same in both languages, or punctuation (a full-width colon is not a Han character)
        Set<String> sameEverywhere = Set.of(
                "app.name", "header.language.zh", "header.language.en", "form.colon", "list.separator", "list.comma");
        for (String key : chinese.stringPropertyNames()) {
            if (!sameEverywhere.contains(key)) {
                assertTrue(CJK.matcher(chinese.getProperty(key)).find(), "untranslated Chinese text: " + key);
                assertTrue(!CJK.matcher(english.getProperty(key)).find(), "Chinese in the English text: " + key);
            }
        }
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Properties chinese = all("zh_CN");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher used = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (used.find()) {
                    if (!chinese.containsKey(used.group(1))) {
                        missing.add(page.getFileName() + ": " + used.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Properties all(String language) throws IOException {
        Properties all = new Properties();
        for (String area : AreaTexts.AREAS) {
            all.putAll(load(area + "/texts_" + language + ".properties"));
        }
        return all;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(file))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
