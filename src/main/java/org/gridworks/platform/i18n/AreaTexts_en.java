package org.gridworks.platform.i18n;

/** The areas' texts in English, the second language (see {@link AreaTexts}). */
public class AreaTexts_en extends AreaTexts {

    public AreaTexts_en() {
        super("en");
    }
}
