package org.gridworks.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridworks.identity.SignInPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Walks the running application as each demo user would and collects everything that went wrong, by page or
 * call: every GET operation that /openapi lists (with parameters taken from the demo data), every page of the
 * user's menu, every link on their dashboard and the record pages behind them, and each dashboard tile against the
 * rows of the list it opens. A 5xx, an error page, an unresolved bundle key (???key???) or a browser console error
 * is a finding. The same walk runs on the embedded database and on MariaDB, so the two engines answer alike.
 */
public final class Crawl {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");

    private final Http http;
    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> okByLogin = new LinkedHashMap<>();
    private int tilesWithItems;

    public Crawl(URI base) {
        this.http = new Http(base);
    }

    public List<String> findings() {
        return findings;
    }

    /** Tiles that counted something and whose list showed as many: comparing only zeros would prove little. */
    public int tilesWithItems() {
        return tilesWithItems;
    }

    /** How many calls or pages answered well, per login: a walk that reached nothing proves nothing. */
    public Map<String, Integer> reached() {
        return okByLogin;
    }

    // ---------------------------------------------------------------- the API

    /** Calls every GET operation of /openapi as the given user; answers how many calls were made. */
    public int api(String login) {
        JsonObject paths =
                Http.json(http.get("/openapi", "Accept", "application/json")).getJsonObject("paths");
        Samples samples = new Samples(login);
        int calls = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
            if (get == null || path.getKey().endsWith("/file")) {
                continue; // a stored document's bytes: reached below through a real document id
            }
            for (String address : samples.addresses(path.getKey(), get)) {
                calls++;
                check(
                        login,
                        "GET " + address,
                        http.get(
                                address,
                                "Authorization",
                                DemoUsers.basic(login),
                                "Accept-Language",
                                calls % 2 == 0 ? "en" : "zh-CN"));
            }
        }
        for (String document : samples.documents) {
            calls++;
            check(
                    login,
                    "GET document " + document,
                    http.get(
                            "/api/v1/permit-documents/" + document + "/file", "Authorization", DemoUsers.basic(login)));
        }
        return calls;
    }

    private void check(String login, String what, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        if (response.statusCode() >= 500) {
            findings.add(login + ": " + what + " answered " + response.statusCode() + ": " + abbreviate(body));
        } else if (body.contains("???")) {
            findings.add(login + ": " + what + " shows an unresolved bundle key: " + abbreviate(body));
        } else if (response.statusCode() == 200) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("application/json")) {
                try {
                    Http.parse(body);
                } catch (RuntimeException e) {
                    findings.add(login + ": " + what + " is not JSON: " + abbreviate(body));
                    return;
                }
            }
            okByLogin.merge(login, 1, Integer::sum);
        }
    }

    /** Values from the demo data for path and query parameters, as the given user finds them. */
    private final class Samples {

        final List<String> projects = new ArrayList<>();
        final List<String> requests = new ArrayList<>();
        final List<String> permits = new ArrayList<>();
        final Set<String> documents = new LinkedHashSet<>();
        final String material;
        final String warehouse;
        final String unit;
        final LocalDate today = LocalDate.now(COMPANY);

        Samples(String login) {
            String auth = DemoUsers.basic(login);
            unit = Http.json(http.get("/api/v1/me", "Authorization", auth)).getString("unit");
            ids("/api/v1/projects?limit=200", auth, projects, 4);
            ids("/api/v1/material-requests", auth, requests, 3);
            JsonStructure tracks = list("/api/v1/permits", auth);
            if (tracks instanceof JsonArray array) {
                for (JsonObject track : array.getValuesAs(JsonObject.class)) {
                    if (permits.size() < 3) {
                        permits.add(track.get("id").toString());
                    }
                    track.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                            .filter(d -> !d.isNull("fileName"))
                            .limit(1)
                            .forEach(d -> documents.add(d.get("id").toString()));
                }
            }
            material = first("/api/v1/materials", auth, "code", "0");
            warehouse = first("/api/v1/warehouses", auth, "code", "WH-JH");
        }

        /** The addresses to call for one operation: one per sample id for a path with an id, else one. */
        List<String> addresses(String template, JsonObject operation) {
            StringBuilder query = new StringBuilder();
            for (JsonObject parameter : operation.getJsonArray("parameters") == null
                    ? List.<JsonObject>of()
                    : operation.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                if ("query".equals(parameter.getString("in"))) {
                    String value = queryValue(template, parameter.getString("name"));
                    if (value != null) {
                        query.append(query.isEmpty() ? '?' : '&')
                                .append(parameter.getString("name"))
                                .append('=')
                                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                    }
                }
            }
            Matcher parameter = PATH_PARAM.matcher(template);
            if (!parameter.find()) {
                return List.of(template + query);
            }
            List<String> values = switch (parameter.group(1)) {
                case "login" -> List.of(DemoUsers.MANAGER, DemoUsers.ADMIN);
                default ->
                    template.startsWith("/api/v1/projects")
                            ? projects
                            : template.startsWith("/api/v1/material-requests")
                                    ? requests
                                    : template.startsWith("/api/v1/permits") ? permits : List.of("1");
            };
            // a second path parameter (a request's signature) gets a plain 1: the call must answer, 404 at worst
            return values.stream()
                    .map(v -> PATH_PARAM.matcher(parameter.replaceFirst(v)).replaceAll("1") + query)
                    .toList();
        }

        private String queryValue(String path, String name) {
            return switch (name) {
                case "from" ->
                    path.contains("calendar")
                            ? today.toString()
                            : today.minusYears(1).toString();
                case "to" -> today.toString();
                case "workingDays" -> "3";
                case "unit" -> unit;
                case "lang" -> "zh-CN";
                case "material" -> material;
                case "warehouse" -> path.contains("ledger") ? warehouse : null;
                case "q" -> path.contains("materials") || path.contains("stock") ? "电" : "";
                case "status" -> path.contains("outbox") ? null : "OPEN";
                case "category" -> path.contains("stock") ? null : "HV_SINGLE";
                case "clock" -> "RED";
                case "first" -> "0";
                case "limit" -> "20";
                case "year" -> Integer.toString(today.getYear());
                case "half" -> today.getMonthValue() <= 6 ? "1" : "2";
                case "belowReserve" -> "true";
                default -> null;
            };
        }

        private JsonStructure list(String address, String auth) {
            HttpResponse<String> response = http.get(address, "Authorization", auth);
            return response.statusCode() == 200 ? Http.parse(response.body()) : null;
        }

        private void ids(String address, String auth, List<String> into, int limit) {
            if (list(address, auth) instanceof JsonArray array) {
                array.getValuesAs(JsonObject.class).stream()
                        .limit(limit)
                        .forEach(o -> into.add(o.get("id").toString()));
            }
        }

        private String first(String address, String auth, String field, String otherwise) {
            return list(address, auth) instanceof JsonArray array && !array.isEmpty()
                    ? array.getJsonObject(0).getString(field)
                    : otherwise;
        }
    }

    // ---------------------------------------------------------------- the pages

    /**
     * Signs in as the user in the browser and opens every page of their menu, every link on their dashboard and
     * the record pages behind them; then opens each dashboard tile's list and compares the count. Answers how
     * many pages were opened.
     */
    public int pages(Browser browser, String login) {
        browser.driver().manage().deleteAllCookies();
        SignInPage.open(browser, http.base()).signIn(login, DemoUsers.PASSWORD);
        browser.consoleErrors();
        browser.screenshot("home-" + login); // the README's picture is the supervisor's (src/site/images/home.png)
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(browser.driver().getCurrentUrl());
        addresses.addAll(hrefs(browser, "#gw-nav a.gw-nav-link"));
        addresses.addAll(hrefs(browser, "#dashboard a.gw-tile, #units-overview a, .gw-welcome a"));
        Map<String, Long> tiles = new LinkedHashMap<>();
        for (WebElement tile : browser.driver().findElements(By.cssSelector("#dashboard a.gw-tile"))) {
            tiles.put(
                    tile.getAttribute("href"),
                    Long.parseLong(tile.findElement(By.cssSelector(".gw-tile-count"))
                            .getText()
                            .trim()));
        }
        addresses.addAll(recordPages(login, addresses));
        int opened = 0;
        for (String address : addresses) {
            browser.open(URI.create(address));
            opened++;
            checkPage(browser, login, address);
            if (tiles.containsKey(address)) {
                checkTile(browser, login, address, tiles.get(address));
            }
        }
        return opened;
    }

    private void checkTile(Browser browser, String login, String address, long count) {
        List<WebElement> total = browser.driver().findElements(By.cssSelector(".gw-list-total"));
        if (total.isEmpty()) {
            findings.add(login + ": the list behind the tile " + address + " shows no total");
        } else if (Long.parseLong(total.get(0).getAttribute("data-total")) != count) {
            findings.add(login + ": the tile says " + count + " but its list " + address + " has "
                    + total.get(0).getAttribute("data-total"));
        } else if (count > 0) {
            tilesWithItems++;
        }
    }

    private void checkPage(Browser browser, String login, String address) {
        String source = browser.driver().getPageSource();
        List<String> console = browser.consoleErrors();
        if (!browser.driver().findElements(By.cssSelector(".gw-error-text")).isEmpty()) {
            findings.add(login + ": " + address + " shows an error page: "
                    + browser.driver()
                            .findElement(By.cssSelector(".gw-error-text"))
                            .getText());
        } else if (source.contains("???")) {
            int at = source.indexOf("???");
            findings.add(login + ": " + address + " shows an unresolved bundle key near "
                    + source.substring(Math.max(0, at - 40), Math.min(source.length(), at + 60)));
        } else if (!console.isEmpty()) {
            findings.add(login + ": " + address + " logs console errors: " + console);
        } else if (signInPageShown(browser)) {
            findings.add(login + ": " + address + " sent the signed-in user back to the sign-in page");
        } else {
            okByLogin.merge(login, 1, Integer::sum);
        }
    }

    private static boolean signInPageShown(Browser browser) {
        return !browser.driver().findElements(By.id("signIn:submit")).isEmpty();
    }

    private static List<String> hrefs(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(a -> a.getAttribute("href"))
                .filter(h -> h != null && h.contains(".xhtml"))
                .toList();
    }

    /** The pages of single records the user's menu leads to, for records of the user's own unit. */
    private List<String> recordPages(String login, Set<String> menu) {
        Samples samples = new Samples(login);
        List<String> pages = new ArrayList<>();
        boolean projects = menu.stream().anyMatch(a -> a.contains("/projects/index.xhtml"));
        for (String id : samples.projects.stream().limit(2).toList()) {
            if (projects) {
                pages.add("projects/project.xhtml?id=" + id);
                pages.add("milestones/plan.xhtml?id=" + id);
                pages.add("permits/project.xhtml?id=" + id);
                pages.add("requests/project.xhtml?id=" + id);
            }
        }
        if (menu.stream().anyMatch(a -> a.contains("/projects/edit.xhtml")) && !samples.projects.isEmpty()) {
            pages.add("projects/edit.xhtml?id=" + samples.projects.get(0));
        }
        if (menu.stream().anyMatch(a -> a.contains("/stock/index.xhtml"))) {
            pages.add("stock/material.xhtml?code=" + samples.material);
            pages.add("stock/ledger.xhtml?material=" + samples.material + "&warehouse=" + samples.warehouse);
        }
        if (menu.stream().anyMatch(a -> a.contains("/stock/post.xhtml"))) {
            pages.add("stock/post.xhtml?material=" + samples.material);
        }
        if (menu.stream().anyMatch(a -> a.contains("/admin/users.xhtml"))) {
            pages.add("admin/user.xhtml?login=" + DemoUsers.MANAGER);
        }
        return pages.stream().map(p -> http.resolve(p).toString()).toList();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
