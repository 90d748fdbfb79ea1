package org.gridworks.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text a user sees exists in Chinese and in English, and every key a page uses exists. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/gridworks/i18n");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void chineseAndEnglishHaveTheSameKeysAndNoEmptyTexts(String bundle) throws IOException {
        Properties chinese = load(bundle + "_zh_CN.properties");
        Properties english = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(chinese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        for (String key : chinese.stringPropertyNames()) {
            assertTrue(!chinese.getProperty(key).isBlank() && !english.getProperty(key).isBlank(), key);
        }
    }

    /** MessageFormat reads a lone ' as the start of quoted text: "project's {0}" would print without the date. */
    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_CN.properties", "messages_en.properties"})
    void messagesWithArgumentsHaveNoLoneApostrophe(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (text.matches("(?s).*\\{\\d.*")) {
                assertTrue(!text.replace("''", "").contains("'"), "a lone apostrophe in " + key + ": " + text);
            }
        }
    }

    @Test
    void chineseTextsAreChineseAndEnglishTextsAreNot() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        Properties english = load("messages_en.properties");
        Set<String> sameEverywhere = Set.of("app.name", "header.language.zh", "header.language.en");
        for (String key : chinese.stringPropertyNames()) {
            if (!sameEverywhere.contains(key)) {
                assertTrue(CJK.matcher(chinese.getProperty(key)).find(), "untranslated Chinese text: " + key);
                assertTrue(!CJK.matcher(english.getProperty(key)).find(), "Chinese in the English text: " + key);
            }
        }
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
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

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(file))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
