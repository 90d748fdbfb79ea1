package org.gridworks.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.gridworks.platform.i18n.Messages;

/**
 * A holiday's name in the page's language. The State Council's notices (and the holiday-cn files) name the public
 * holidays in Chinese, sometimes two at once ("中秋节、国庆节"); each official name has a text in the calendar's
 * bundle. A name an administrator gave a corrected day stays as written.
 */
@Named
@ApplicationScoped
public class HolidayNames {

    /** The official names and their text keys. */
    static final Map<String, String> OFFICIAL = Map.of(
            "元旦", "holiday.newYear",
            "春节", "holiday.springFestival",
            "清明节", "holiday.qingming",
            "劳动节", "holiday.labourDay",
            "端午节", "holiday.dragonBoat",
            "中秋节", "holiday.midAutumn",
            "国庆节", "holiday.nationalDay");

    /** The name as the page's language shows it. */
    public String shown(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return shown(name, key -> Messages.get(faces.getViewRoot().getLocale(), key));
    }

    /** Each official part of the name through {@code text}, joined as the language joins lists. */
    static String shown(String name, UnaryOperator<String> text) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String[] parts = name.split("、");
        if (!Arrays.stream(parts).allMatch(OFFICIAL::containsKey)) {
            return name;
        }
        return Arrays.stream(parts)
                .map(part -> text.apply(OFFICIAL.get(part)))
                .collect(Collectors.joining(text.apply("list.separator")));
    }
}
