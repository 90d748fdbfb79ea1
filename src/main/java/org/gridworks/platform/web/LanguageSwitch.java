package org.gridworks.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.gridworks.platform.i18n.Languages;

/**
 * The language of the user's session: Chinese unless the user picks English. The company works in Chinese,
 * so the browser's own preference is not followed for pages (the API does follow Accept-Language). The switch
 * in the header is a plain link with ?lang=..., read by {@link LanguageFilter}, so it works on every page,
 * error pages included, without a form or script.
 */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    static final String PARAMETER = "lang";
    private static final long serialVersionUID = 1L;

    private Locale locale = Languages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    void choose(String tag) {
        locale = Languages.fromTag(tag);
    }

    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return Languages.CHINESE.equals(getLocale());
    }

    /** The address of the page being shown (the one asked for, even on an error page) in the other language. */
    public String switchUrl(String tag) {
        return switchUrlFor(tag);
    }

    /** As {@link #switchUrl}, for pages without a session (PublicLanguage). */
    static String switchUrlFor(String tag) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // collapsed slashes: "//host/x" would otherwise be a link to another site
        String uri = (errorUri != null ? errorUri.toString() : request.getRequestURI()).replaceAll("/{2,}", "/");
        StringBuilder url = new StringBuilder(uri).append('?');
        if (errorUri == null) {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (isKeptOnSwitch(parameter.getKey())) {
                    for (String value : parameter.getValue()) {
                        url.append(encode(parameter.getKey()))
                                .append('=')
                                .append(encode(value))
                                .append('&');
                    }
                }
            }
        }
        return url.append(PARAMETER).append('=').append(encode(tag)).toString();
    }

    /** GET parameters that say what is shown are kept; the language itself and Faces' post-back state are not. */
    private static boolean isKeptOnSwitch(String name) {
        return !PARAMETER.equals(name) && !name.startsWith("jakarta.faces.") && !name.contains(":");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
