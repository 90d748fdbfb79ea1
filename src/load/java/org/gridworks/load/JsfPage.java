package org.gridworks.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Faces page as the browser holds it, so the load test posts what a browser would: the form's fields as jQuery
 * serialises them (checked boxes only, the selected option, no buttons), the CSP nonce PrimeFaces adds to every form
 * (primefaces.nonce), the ViewState, and after each ajax answer the page with the updated parts replaced, so the
 * next click finds the buttons and values the answer rendered (a posting's new idempotency key, the delivery
 * board's next button). Immutable: each answer gives a new page.
 */
final class JsfPage {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern UPDATE = Pattern.compile("<update id=\"([^\"]+)\">(.*?)</update>", Pattern.DOTALL);
    private static final Pattern EVAL = Pattern.compile("<eval>(.*?)</eval>", Pattern.DOTALL);
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern BEHAVIOUR = Pattern.compile("PrimeFaces\\.ab\\(\\{([^}]*)}\\)");
    private static final Pattern CONFIG = Pattern.compile("(\\w+):(?:\"([^\"]*)\"|([\\w.]+))");

    private final String html;
    private final String nonce;

    JsfPage(String html) {
        this(html, find(NONCE, html).orElse(null));
    }

    private JsfPage(String html, String nonce) {
        this.html = html;
        this.nonce = nonce;
    }

    String html() {
        return html;
    }

    /** Where the form posts to: its action, as PrimeFaces' getPostUrl takes it. */
    String action(String form) {
        String tag = formTag(form).orElseThrow(() -> new IllegalStateException("no form " + form + " on the page"));
        return unescape(attributes(tag).getOrDefault("action", ""));
    }

    /** The form's fields in document order as jQuery's serializeArray gives them, and the nonce input last. */
    List<Map.Entry<String, String>> fields(String form) {
        int start = html.indexOf("<form id=\"" + form + "\"");
        if (start < 0) {
            throw new IllegalStateException("no form " + form + " on the page");
        }
        int end = html.indexOf("</form>", start);
        String body = html.substring(start, end < 0 ? html.length() : end);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher tag = FIELD.matcher(body);
        while (tag.find()) {
            Map<String, String> a = attributes(tag.group(2));
            String name = a.get("name");
            if (name == null || a.containsKey("disabled")) {
                continue;
            }
            switch (tag.group(1)) {
                case "input" -> {
                    String type = a.getOrDefault("type", "text");
                    if (List.of("submit", "button", "image", "reset", "file").contains(type)
                            || (List.of("checkbox", "radio").contains(type) && !a.containsKey("checked"))) {
                        continue;
                    }
                    fields.add(Map.entry(
                            name,
                            unescape(a.getOrDefault(
                                    "value", List.of("checkbox", "radio").contains(type) ? "on" : ""))));
                }
                case "select" -> {
                    int close = body.indexOf("</select>", tag.end());
                    selected(body.substring(tag.end(), close < 0 ? body.length() : close))
                            .ifPresent(value -> fields.add(Map.entry(name, value)));
                }
                default -> { // textarea
                    int close = body.indexOf("</textarea>", tag.end());
                    fields.add(Map.entry(name, unescape(body.substring(tag.end(), close < 0 ? tag.end() : close))));
                }
            }
        }
        if (nonce != null) {
            fields.add(Map.entry("primefaces.nonce", nonce));
        }
        return fields;
    }

    /** A field's current value, as the form would send it. */
    Optional<String> value(String form, String name) {
        return fields(form).stream()
                .filter(f -> f.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * What PrimeFaces sends for a component's ajax behaviour or button (its PrimeFaces.ab call in the page: source,
     * event, form, process and update), for the given event or, with null, the one without an event (a button).
     */
    Optional<Map<String, String>> behaviour(String source, String event) {
        Optional<Map<String, String>> found = Optional.empty();
        Matcher call = BEHAVIOUR.matcher(html.replace("&quot;", "\""));
        while (call.find()) { // the last one wins: an ajax answer registers a re-rendered button's anew
            Map<String, String> config = new LinkedHashMap<>();
            Matcher entry = CONFIG.matcher(call.group(1));
            while (entry.find()) {
                config.put(entry.group(1), entry.group(2) != null ? entry.group(2) : entry.group(3));
            }
            if (source.equals(config.get("s"))
                    && (event == null ? !config.containsKey("e") : event.equals(config.get("e")))) {
                found = Optional.of(config);
            }
        }
        return found;
    }

    /** The page after an ajax answer: every updated element replaced, the new ViewState in every form. */
    JsfPage apply(String partialResponse) {
        String page = html;
        Matcher update = UPDATE.matcher(partialResponse);
        while (update.find()) {
            String id = update.group(1);
            StringBuilder content = new StringBuilder();
            Matcher cdata = CDATA.matcher(update.group(2));
            while (cdata.find()) {
                content.append(cdata.group(1));
            }
            if (id.contains("jakarta.faces.ViewState")) {
                page = VIEW_STATE
                        .matcher(page)
                        .replaceAll(m -> Matcher.quoteReplacement(
                                m.group().substring(0, m.start(1) - m.start()) + content + "\""));
            } else if (id.equals("jakarta.faces.ViewRoot")) {
                page = content.toString();
            } else {
                page = replaceElement(page, id, content.toString());
            }
        }
        // scripts the answer runs: with CSP on, the new buttons' behaviours are registered there, and
        // PrimeFaces.csp.init hands the forms the nonce again
        StringBuilder scripts = new StringBuilder();
        Matcher eval = EVAL.matcher(partialResponse);
        while (eval.find()) {
            Matcher cdata = CDATA.matcher(eval.group(1));
            while (cdata.find()) {
                scripts.append(cdata.group(1));
            }
        }
        if (scripts.length() > 0) {
            page = page + "<script>" + scripts + "</script>";
        }
        return new JsfPage(page, find(NONCE, scripts.toString()).orElse(nonce));
    }

    private static String replaceElement(String page, String id, String replacement) {
        int at = page.indexOf(" id=\"" + id + "\"");
        if (at < 0) {
            return page; // not rendered before: a browser would not show it either
        }
        int start = page.lastIndexOf('<', at);
        Matcher name = Pattern.compile("<([\\w:-]+)").matcher(page).region(start, page.length());
        if (!name.lookingAt()) {
            return page;
        }
        String tag = name.group(1);
        Pattern open = Pattern.compile("<" + Pattern.quote(tag) + "[\\s>/]|</" + Pattern.quote(tag) + ">");
        Matcher m = open.matcher(page);
        int depth = 0;
        int from = start;
        while (m.find(from)) {
            if (m.group().startsWith("</")) {
                depth--;
            } else {
                int close = page.indexOf('>', m.start());
                depth += page.charAt(close - 1) == '/' ? 0 : 1;
            }
            from = m.end();
            if (depth == 0) {
                int end = m.group().startsWith("</") ? m.end() : page.indexOf('>', m.start()) + 1;
                return page.substring(0, start) + replacement + page.substring(end);
            }
        }
        return page;
    }

    private Optional<String> formTag(String form) {
        return find(Pattern.compile("(<form id=\"" + Pattern.quote(form) + "\"[^>]*>)"), html);
    }

    private static Optional<String> selected(String options) {
        String first = null;
        Matcher option = OPTION.matcher(options);
        while (option.find()) {
            Map<String, String> a = attributes(option.group(1));
            String value = unescape(a.getOrDefault("value", ""));
            if (a.containsKey("selected")) {
                return Optional.of(value);
            }
            if (first == null && !a.containsKey("disabled")) {
                first = value;
            }
        }
        return Optional.ofNullable(first);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            attributes.putIfAbsent(a.group(1), a.group(2));
        }
        return attributes;
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Matcher entity =
                Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(text);
        int from = 0;
        while (entity.find()) {
            out.append(text, from, entity.start());
            String e = entity.group(1);
            out.append(
                    switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default ->
                            new String(Character.toChars(
                                    e.startsWith("#x")
                                            ? Integer.parseInt(e.substring(2), 16)
                                            : Integer.parseInt(e.substring(1))));
                    });
            from = entity.end();
        }
        return out.append(text.substring(from)).toString();
    }
}
