package org.gridworks.platform.i18n;

/** The areas' texts in Chinese, the first language (see {@link AreaTexts}). */
public class AreaTexts_zh_CN extends AreaTexts {

    public AreaTexts_zh_CN() {
        super("zh_CN");
    }
}
