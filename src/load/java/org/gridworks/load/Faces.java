package org.gridworks.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Faces pages for Gatling, as a browser drives them: a page is opened with a GET and kept (JsfPage) in the virtual
 * user's session; an ajax request is built from that page as PrimeFaces builds it (partial/ajax headers, source,
 * execute, render, event, the whole form serialised, ViewState and CSP nonce) and its answer applied to the page.
 * Every answer is checked, so a failure counts as an error in Gatling's report: status 200, no {@code <error>},
 * no redirect (a refused nonce sends one), no whole-page replacement (an error page answers an ajax request
 * that way), no error message on the page, and the text the request must produce.
 */
final class Faces {

    static final String PAGE = "page";
    private static final String BODY = "body";

    private Faces() {}

    /** Signs in through the sign-in page as the session's {@code login}, as a person types it. */
    static ChainBuilder signIn() {
        return open("sign-in: page", "/login.xhtml", "signIn:login")
                .exec(http("sign-in: submit")
                        .post(s -> page(s).action("signIn"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body(StringBody(s -> encode(with(
                                page(s).fields("signIn"),
                                values(
                                        "signIn:login",
                                        s.getString("login"),
                                        "signIn:password",
                                        Settings.PASSWORD,
                                        "signIn:submit",
                                        "")))))
                        .check(
                                status().is(200),
                                substring("id=\"gw-nav\"").exists(),
                                substring("id=\"signIn:password\"").notExists()))
                .exec(s -> s.remove(PAGE));
    }

    /** Opens a page (GET, redirects followed) that must show {@code expect}, and keeps it for the ajax requests. */
    static ChainBuilder open(String name, String path, String expect) {
        return keep(http(name).get(path), expect); // path may hold Gatling EL: #{project}
    }

    static ChainBuilder open(String name, Function<Session, String> path, String expect) {
        return keep(http(name).get(path), expect);
    }

    private static ChainBuilder keep(HttpRequestActionBuilder get, String expect) {
        return exec(get.check(
                        status().is(200),
                        substring(expect).exists(),
                        substring("gw-error-page").notExists(),
                        bodyString().saveAs(BODY)))
                .exec(s -> s.contains(BODY)
                        ? s.set(PAGE, new JsfPage(s.getString(BODY))).remove(BODY)
                        : s);
    }

    /**
     * An ajax request built from the kept page. {@code request} gives its parameters from the session; the answer
     * must contain every {@code expect} text.
     */
    static ChainBuilder ajax(String name, Function<Session, Ajax> request, String... expect) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(
                status().is(200),
                substring("<partial-response").exists(),
                substring("<error>").notExists(),
                substring("<redirect").notExists(),
                substring("jakarta.faces.ViewRoot").notExists(),
                // the message itself, so that Gatling's error list says what the page refused
                regex("ui-messages-error-summary\">([^<]*)<").notExists(),
                substring("ui-messages-error").notExists(),
                bodyString().saveAs(BODY)));
        Arrays.stream(expect).forEach(text -> checks.add(substring(text).exists()));
        return exec(s -> {
                    try {
                        return s.set("ajax", request.apply(s));
                    } catch (RuntimeException e) {
                        // the page lacks what the click needs: the request fails with this, in Gatling's error list
                        return s.set("ajax", e.getMessage()).markAsFailed();
                    }
                })
                .exec(http(name)
                        .post(s -> ajaxOf(s).url())
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .header("Accept", "application/xml, text/xml, */*; q=0.01")
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .body(StringBody(s -> ajaxOf(s).body()))
                        .check(checks))
                .exec(s -> s.contains(BODY)
                        ? s.set(PAGE, page(s).apply(s.getString(BODY))).remove(BODY)
                        : s)
                .exec(s -> s.remove("ajax"));
    }

    private static Ajax ajaxOf(Session session) {
        Object ajax = session.get("ajax");
        if (ajax instanceof Ajax request) {
            return request;
        }
        throw new IllegalStateException(String.valueOf(ajax));
    }

    static JsfPage page(Session session) {
        return (JsfPage) session.get(PAGE);
    }

    /**
     * One PrimeFaces ajax request: what PrimeFaces.ab and the form give, with some fields set as the user set them
     * ({@code values}) and the extra parameters a widget adds (a table's page).
     */
    record Ajax(
            String url,
            String source,
            String execute,
            String render,
            String event,
            List<Map.Entry<String, String>> form,
            Map<String, String> values,
            Map<String, String> extra) {

        /** A component's behaviour or a button, as the page's PrimeFaces.ab call for it describes it. */
        static Ajax of(JsfPage page, String source, String event, Map<String, String> values) {
            Map<String, String> ab = page.behaviour(source, event)
                    .orElseThrow(() -> new IllegalStateException("no ajax behaviour for " + source + " " + event));
            String form = ab.get("f");
            return new Ajax(
                    page.action(form),
                    source,
                    ab.getOrDefault("p", source).replace(',', ' '),
                    ab.getOrDefault("u", "").replace(',', ' '),
                    ab.get("e"),
                    page.fields(form),
                    values,
                    Map.of());
        }

        /** A lazy table's paginator: it sends no behaviour of its own, only the table's page parameters. */
        static Ajax page(JsfPage page, String form, String table, int first, int rows) {
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put(table + "_pagination", "true");
            extra.put(table + "_first", String.valueOf(first));
            extra.put(table + "_rows", String.valueOf(rows));
            extra.put(table + "_skipChildren", "true");
            extra.put(table + "_encodeFeature", "true");
            return new Ajax(page.action(form), table, table, table, null, page.fields(form), Map.of(), extra);
        }

        String body() {
            List<Map.Entry<String, String>> params = new ArrayList<>();
            params.add(Map.entry("jakarta.faces.partial.ajax", "true"));
            params.add(Map.entry("jakarta.faces.source", source));
            params.add(Map.entry("jakarta.faces.partial.execute", execute));
            if (!render.isEmpty()) {
                params.add(Map.entry("jakarta.faces.partial.render", render));
            }
            if (event != null) {
                params.add(Map.entry("jakarta.faces.behavior.event", event));
                params.add(Map.entry(
                        "jakarta.faces.partial.event",
                        switch (event) {
                            case "valueChange" -> "change";
                            case "action" -> "click";
                            default -> event;
                        }));
            } else if (extra.isEmpty()) {
                params.add(Map.entry(source, source)); // a button sends itself
            }
            extra.forEach((k, v) -> params.add(Map.entry(k, v)));
            params.addAll(with(form, values));
            return encode(params);
        }
    }

    /** The form's fields with some set to new values; a value the form lacks is added, as a widget's input would be. */
    static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, Map<String, String> values) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(form.stream()
                .map(f -> values.containsKey(f.getKey()) ? Map.entry(f.getKey(), values.get(f.getKey())) : f)
                .toList());
        values.forEach((k, v) -> {
            if (form.stream().noneMatch(f -> f.getKey().equals(k))) {
                fields.add(Map.entry(k, v));
            }
        });
        return fields;
    }

    static String encode(List<Map.Entry<String, String>> params) {
        return params.stream()
                .map(p -> enc(p.getKey()) + "=" + enc(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Map.of for pairs given as one list (values may repeat keys of the form). */
    static Map<String, String> values(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
