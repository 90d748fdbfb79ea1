package org.gridworks.platform.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Bean Validation messages (ValidationMessages_*.properties) in the caller's language. The default interpolator
 * uses the JVM's locale whenever no locale is passed, which is how service and API parameters are validated;
 * this one passes {@link CallerLocale} instead. Configured in META-INF/validation.xml.
 */
public class CallerLocaleInterpolator implements MessageInterpolator {

    /** Made on first use, not while the provider reads validation.xml and creates this class. */
    private volatile MessageInterpolator standard;

    @Override
    public String interpolate(String template, Context context) {
        return standard().interpolate(template, context, CallerLocale.current());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return standard().interpolate(template, context, Languages.closest(locale));
    }

    private MessageInterpolator standard() {
        MessageInterpolator found = standard;
        if (found == null) {
            found = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
            standard = found;
        }
        return found;
    }
}
