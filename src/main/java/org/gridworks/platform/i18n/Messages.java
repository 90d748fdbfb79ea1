package org.gridworks.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the message bundles for code that runs outside a page (API errors, e-mails, exports). */
public final class Messages {

    public static final String BUNDLE = "org.gridworks.platform.i18n.AreaTexts";

    private Messages() {}

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Languages.closest(locale));
    }

    /** The text for a key, with {0}-style arguments filled in; the key itself when it is missing, never an exception. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Languages.closest(locale)).format(args);
    }
}
