package org.gridworks.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The user interface texts of every area as one bundle: each area keeps its own file beside its code
 * ({@code org/gridworks/<area>/texts_zh_CN.properties} and {@code texts_en.properties}), so a feature edits its
 * area's texts and not one file every feature shares. Pages read it as {@code msg} (faces-config.xml), other code
 * through {@link Messages}. This class is the Chinese bundle, and the root one. A lookup for a language with no
 * bundle of its own would fall back to the JVM's default locale (perhaps English) before the root: every lookup
 * asks for zh_CN or en only ({@code Languages.closest} in Messages; the supported locales in faces-config.xml).
 */
public class AreaTexts extends ResourceBundle {

    /** The areas with texts, in the order their files load; a key defined twice stops the load. */
    public static final List<String> AREAS = List.of(
            "platform",
            "identity",
            "audit",
            "calendar",
            "home",
            "projects",
            "milestones",
            "permits",
            "stock",
            "requests",
            "delays",
            "alerts",
            "reports",
            "customer",
            "capacity");

    private final Map<String, String> texts;

    public AreaTexts() {
        this("zh_CN");
    }

    protected AreaTexts(String language) {
        this.texts = load(language);
    }

    /** Every area's texts in one language, refusing a key two areas define. */
    static Map<String, String> load(String language) {
        Map<String, String> all = new HashMap<>();
        for (String area : AREAS) {
            String file = "/org/gridworks/" + area + "/texts_" + language + ".properties";
            Properties properties = new Properties();
            try (InputStream in = AreaTexts.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing texts: " + file);
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
            for (String key : properties.stringPropertyNames()) {
                if (all.putIfAbsent(key, properties.getProperty(key)) != null) {
                    throw new IllegalStateException("Text " + key + " is defined twice (again in " + file + ")");
                }
            }
        }
        return Map.copyOf(all);
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    protected Set<String> handleKeySet() {
        return texts.keySet();
    }

    /** Its own keys and its parent's (the English bundle's parent is the Chinese root), as the contract asks. */
    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new HashSet<>(texts.keySet());
        if (parent != null) {
            keys.addAll(parent.keySet());
        }
        return Collections.enumeration(keys);
    }
}
