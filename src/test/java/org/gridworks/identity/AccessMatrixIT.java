package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridworks.testing.DemoUsers;
import org.gridworks.testing.Deployments;
import org.gridworks.testing.Http;
import org.gridworks.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call which service, checked through the API with each demo user (the services refuse, not only the
 * pages), plus the identity rules that can only be seen end to end: pauses after wrong passwords, exact logins,
 * the password policy, the session cookie kept from cross-site writes, audit of edits, stale versions, personal
 * API tokens (issue, use, expiry, revocation, audit) and remembered Basic passwords forgotten when an account changes.
 * Later business areas add their rows to the matrix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final List<String> EVERYONE =
            List.of(DemoUsers.ADMIN, DemoUsers.SUPERVISOR, DemoUsers.MANAGER, DemoUsers.WAREHOUSE, DemoUsers.CLERK);

    /** Expected status per call and user; anything not listed as allowed must be 403. */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("GET /api/v1/me", EVERYONE),
            Map.entry("GET /api/v1/units", EVERYONE),
            Map.entry("GET /api/v1/users", List.of(DemoUsers.ADMIN)),
            Map.entry("GET /api/v1/users/manager", List.of(DemoUsers.ADMIN)),
            Map.entry("GET /api/v1/me/tokens", EVERYONE),
            Map.entry("GET /api/v1/users/manager/tokens", List.of(DemoUsers.ADMIN)),
            Map.entry("GET /api/v1/audit", List.of(DemoUsers.ADMIN, DemoUsers.SUPERVISOR)),
            Map.entry("GET /api/v1/calendar/due?from=2024-09-27&workingDays=3", EVERYONE),
            Map.entry("GET /api/v1/projects", EVERYONE),
            Map.entry("GET /api/v1/permits", EVERYONE),
            Map.entry("GET /api/v1/stock?material=500100001", EVERYONE),
            Map.entry(
                    "GET /api/v1/stock/reserve-list.xlsx",
                    List.of(DemoUsers.ADMIN, DemoUsers.SUPERVISOR, DemoUsers.WAREHOUSE)),
            Map.entry("GET /api/v1/material-requests", EVERYONE),
            Map.entry("GET /api/v1/me/inbox", EVERYONE),
            Map.entry("GET /api/v1/alerts/red", List.of(DemoUsers.ADMIN, DemoUsers.SUPERVISOR)),
            Map.entry("GET /api/v1/alerts/outbox", List.of(DemoUsers.ADMIN)));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private Http http() {
        return new Http(Http.loopback(deploymentUrl));
    }

    @Test
    void eachRoleReachesItsOwnServicesAndIsRefusedTheRest() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> call : ALLOWED.entrySet()) {
            String path = call.getKey().substring("GET ".length());
            for (String user : EVERYONE) {
                int expected = call.getValue().contains(user) ? 200 : 403;
                HttpResponse<String> response =
                        http().get(path, "Authorization", DemoUsers.basic(user), "Accept-Language", "en");
                if (response.statusCode() != expected) {
                    wrong.add(call.getKey() + " as " + user + ": " + response.statusCode() + " " + response.body());
                }
            }
            HttpResponse<String> anonymous = http().get(path);
            if (anonymous.statusCode() != 401) {
                wrong.add(call.getKey() + " anonymous: " + anonymous.statusCode());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aProjectManagerCannotAdministerUsersEvenByCallingTheServiceDirectly() {
        HttpResponse<String> response = send(
                "PUT",
                "/api/v1/users/warehouse",
                DemoUsers.MANAGER,
                "{\"displayName\":\"hijacked\",\"unit\":\"WC\",\"roles\":[\"ADMIN\"],\"enabled\":true,\"version\":0}");
        assertEquals(403, response.statusCode());
        assertEquals(
                "张仓管",
                Http.json(http().get("/api/v1/users/warehouse", "Authorization", DemoUsers.basic(DemoUsers.ADMIN)))
                        .getString("displayName"),
                "nothing changed");
    }

    @Test
    void meDescribesTheCaller() {
        JsonObject me = Http.json(http().get("/api/v1/me", "Authorization", DemoUsers.basic(DemoUsers.MANAGER)));
        assertEquals("manager", me.getString("login"));
        assertEquals("WC", me.getString("unit"));
        assertEquals("PROJECT_MANAGER", me.getJsonArray("roles").getString(0));
    }

    @Test
    void anEditIsAuditedWithOldAndNewValuesAndAStaleEditIsRefused() {
        String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(
                "POST",
                "/api/v1/users",
                DemoUsers.ADMIN,
                "{\"login\":\"" + login
                        + "\",\"displayName\":\"测试员\",\"unit\":\"LX\",\"roles\":[\"WAREHOUSE\"],\"password\":\"river7Stone9\"}");
        assertEquals(201, created.statusCode(), created.body());
        int version = Http.json(created).getInt("version");

        HttpResponse<String> edited = send(
                "PUT",
                "/api/v1/users/" + login,
                DemoUsers.ADMIN,
                "{\"displayName\":\"测试员甲\",\"unit\":\"LX\",\"roles\":[\"WAREHOUSE\",\"PERMIT_CLERK\"],"
                        + "\"enabled\":true,\"version\":" + version + "}");
        assertEquals(200, edited.statusCode(), edited.body());

        HttpResponse<String> stale = send(
                "PUT",
                "/api/v1/users/" + login,
                DemoUsers.ADMIN,
                "{\"displayName\":\"lost update\",\"unit\":\"LX\",\"roles\":[\"WAREHOUSE\"],\"enabled\":true,"
                        + "\"version\":" + version + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(Http.json(stale).getString("error").contains("修改"), "message in Chinese by default");
        assertEquals(
                "测试员甲",
                Http.json(http().get("/api/v1/users/" + login, "Authorization", DemoUsers.basic(DemoUsers.ADMIN)))
                        .getString("displayName"),
                "the stale edit changed nothing");

        JsonArray trail = (JsonArray) Http.parse(http().get(
                        "/api/v1/audit?recordType=User&recordId=" + login,
                        "Authorization",
                        DemoUsers.basic(DemoUsers.SUPERVISOR))
                .body());
        JsonObject update = trail.getValuesAs(JsonObject.class).stream()
                .filter(e -> "UPDATE".equals(e.getString("action")))
                .findFirst()
                .orElseThrow();
        assertEquals("admin", update.getString("actor"));
        JsonArray changes = update.getJsonArray("changes");
        assertAll(
                () -> assertTrue(changes.contains(change("displayName", "测试员", "测试员甲")), changes.toString()),
                () -> assertTrue(
                        changes.contains(change("roles", "WAREHOUSE", "PERMIT_CLERK,WAREHOUSE")), changes.toString()),
                () -> assertEquals(2, changes.size(), changes.toString()));
        assertEquals(
                1,
                trail.getValuesAs(JsonObject.class).stream()
                        .filter(e -> "CREATE".equals(e.getString("action")))
                        .count());
    }

    @Test
    void wrongPasswordsPauseTheLoginWithoutTellingStrangersWhoExists() {
        String login = "pause-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                send(
                                "POST",
                                "/api/v1/users",
                                DemoUsers.ADMIN,
                                "{\"login\":\"" + login
                                        + "\",\"displayName\":\"暂停测试\",\"unit\":\"WC\",\"roles\":[\"PERMIT_CLERK\"],"
                                        + "\"password\":\"river7Stone9\"}")
                        .statusCode());

        HttpResponse<String> unknown =
                http().get("/api/v1/me", "Authorization", DemoUsers.basic("nobody-" + login, "wrong-password1"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong =
                    http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, "wrong1234567"));
            assertEquals(401, wrong.statusCode());
            assertEquals(unknown.body(), wrong.body(), "the same answer as for a login that does not exist");
        }
        HttpResponse<String> paused = http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, "river7Stone9"));
        assertEquals(
                401, paused.statusCode(), "the fifth failure pauses the login for 5 s, even for the right password");
        assertEquals(unknown.body(), paused.body());

        assertEquals(
                204,
                send("POST", "/api/v1/users/" + login + "/password", DemoUsers.ADMIN, "{\"password\":\"fresh7Start9\"}")
                        .statusCode());
        assertEquals(
                200,
                http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, "fresh7Start9"))
                        .statusCode(),
                "an administrator's reset ends the pause");
    }

    @Test
    void loginsAndPasswordsMatchExactly() {
        for (String lookalike :
                List.of("ADMIN", "Admin", "\uff41\uff44\uff4d\uff49\uff4e", "\u00e4dmin", "admin\u0000")) {
            assertEquals(
                    401,
                    http().get("/api/v1/me", "Authorization", DemoUsers.basic(lookalike, DemoUsers.PASSWORD))
                            .statusCode(),
                    "signs in as admin: " + lookalike);
        }
        assertEquals(
                401,
                http().get(
                                "/api/v1/me",
                                "Authorization",
                                DemoUsers.basic(DemoUsers.ADMIN, DemoUsers.PASSWORD + "\u0000"))
                        .statusCode());
        assertEquals(
                401,
                http().get(
                                "/api/v1/me",
                                "Authorization",
                                DemoUsers.basic(DemoUsers.ADMIN, DemoUsers.PASSWORD.toUpperCase()))
                        .statusCode());
        assertEquals(
                200,
                http().get("/api/v1/me", "Authorization", DemoUsers.basic(DemoUsers.ADMIN))
                        .statusCode());
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        for (String weak : List.of("password12", "          a1", "gridworks2026", "qwertyuiop123")) {
            HttpResponse<String> refused = send(
                    "POST",
                    "/api/v1/users",
                    DemoUsers.ADMIN,
                    "{\"login\":\"weak-"
                            + UUID.randomUUID().toString().substring(0, 8)
                            + "\",\"displayName\":\"弱密码\",\"unit\":\"WC\","
                            + "\"roles\":[\"PERMIT_CLERK\"],\"password\":\"" + weak + "\"}");
            assertEquals(400, refused.statusCode(), weak + ": " + refused.body());
            assertEquals("password", Http.json(refused).getString("field"));
        }
    }

    @Test
    void thePageSessionCannotWriteThroughTheApiFromAnotherSite() {
        Http browser = http();
        browser.signInOnPage(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        assertTrue(
                browser.setCookieHeaders().stream()
                        .anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("SameSite=Lax")),
                "the session cookie is SameSite=Lax: " + browser.setCookieHeaders());
        assertEquals(200, browser.get("/api/v1/me").statusCode(), "reads ride on the session (the pages' downloads)");

        String project = "{\"customerName\":\"跨站请求\",\"unit\":\"WC\",\"areaType\":\"URBAN\",\"capacityKw\":50,"
                + "\"voltageKv\":0.4,\"dualSupply\":false,\"smallMicroEnterprise\":false,\"residential\":false,"
                + "\"acceptedOn\":\"2026-11-02\",\"needsSupportingWorks\":false,\"threeStepVariant\":false}";
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(browser.resolve("/api/v1/projects"))
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(project))
                .build());
        assertEquals(401, forged.statusCode(), "a cross-site post with the cookie alone: " + forged.body());
        HttpResponse<String> foreignOrigin = browser.send(HttpRequest.newBuilder(browser.resolve("/api/v1/projects"))
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .header("X-Requested-With", "GridWorks")
                .POST(HttpRequest.BodyPublishers.ofString(project))
                .build());
        assertEquals(401, foreignOrigin.statusCode(), "the header from another origin");
        HttpResponse<String> ownPage = browser.send(HttpRequest.newBuilder(browser.resolve("/api/v1/projects"))
                .header("Content-Type", "application/json")
                .header("X-Requested-With", "GridWorks")
                .POST(HttpRequest.BodyPublishers.ofString(project))
                .build());
        assertEquals(201, ownPage.statusCode(), "the same origin with the header: " + ownPage.body());
    }

    @Test
    void aPersonalTokenSignsInApiCallsUntilItIsRevokedAndIsShownOnlyOnce() {
        String login = newUser("tok");
        HttpResponse<String> issued = call(
                "POST",
                "/api/v1/me/tokens",
                DemoUsers.basic(login, PASSWORD),
                "{\"name\":\"ERP 接口\",\"expiresOn\":\"" + today().plusDays(30) + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        JsonObject created = Http.json(issued);
        String token = created.getString("token");
        long id = created.getJsonNumber("id").longValue();
        assertAll(
                () -> assertTrue(token.matches("gw_[A-Za-z0-9_-]{43}"), token),
                () -> assertEquals("ERP 接口", created.getString("name")),
                () -> assertEquals(today().plusDays(30).toString(), created.getString("expiresOn")));

        HttpResponse<String> me = http().get("/api/v1/me", "Authorization", "Bearer " + token);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(login, Http.json(me).getString("login"));

        HttpResponse<String> listed =
                http().get("/api/v1/me/tokens", "Authorization", DemoUsers.basic(login, PASSWORD));
        assertEquals(200, listed.statusCode());
        assertFalse(listed.body().contains(token.substring(3)), "the list never shows the token: " + listed.body());
        JsonObject entry = ((JsonArray) Http.parse(listed.body())).getJsonObject(0);
        assertAll(
                () -> assertEquals(id, entry.getJsonNumber("id").longValue()),
                () -> assertFalse(entry.containsKey("token")),
                () -> assertTrue(
                        entry.getString("createdAt").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"),
                        entry.toString()),
                () -> assertEquals(login, entry.getString("createdBy")),
                () -> assertFalse(entry.isNull("lastUsedAt"), "the use was written down: " + entry));

        assertEquals(
                403,
                call("POST", "/api/v1/me/tokens", "Bearer " + token, "{\"name\":\"successor\"}")
                        .statusCode(),
                "a token cannot issue tokens (a leaked one could outlive its revocation)");
        HttpResponse<String> page = http().get("/index.xhtml", "Authorization", "Bearer " + token);
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), "a token does not open pages: " + page.uri());

        assertEquals(
                204,
                call("DELETE", "/api/v1/me/tokens/" + id, DemoUsers.basic(login, PASSWORD), null)
                        .statusCode());
        HttpResponse<String> revoked =
                http().get("/api/v1/me", "Authorization", "Bearer " + token, "Accept-Language", "en");
        assertEquals(401, revoked.statusCode());
        assertEquals("Please sign in first.", Http.json(revoked).getString("error"));
        assertTrue(revoked.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(
                "[]",
                http().get("/api/v1/me/tokens", "Authorization", DemoUsers.basic(login, PASSWORD))
                        .body());

        HttpResponse<String> audit = http().get(
                        "/api/v1/audit?recordType=ApiToken&recordId=" + id,
                        "Authorization",
                        DemoUsers.basic(DemoUsers.SUPERVISOR));
        List<JsonObject> trail = ((JsonArray) Http.parse(audit.body())).getValuesAs(JsonObject.class);
        assertEquals(
                List.of("DELETE", "CREATE"),
                trail.stream().map(e -> e.getString("action")).toList());
        assertTrue(trail.stream().allMatch(e -> login.equals(e.getString("actor"))), audit.body());
        assertFalse(audit.body().contains(token.substring(3)), "the audit trail never holds the token");
    }

    @Test
    void aTokenPastItsLastDayOrOfADisabledAccountIsRefusedAtOnce() throws SQLException {
        String login = newUser("exp");
        String basic = DemoUsers.basic(login, PASSWORD);
        HttpResponse<String> past = call(
                "POST",
                "/api/v1/me/tokens",
                basic,
                "{\"name\":\"old\",\"expiresOn\":\"" + today().minusDays(1) + "\"}");
        assertEquals(400, past.statusCode(), past.body());
        assertEquals("expiresOn", Http.json(past).getString("field"));
        assertEquals(
                400,
                call(
                                "POST",
                                "/api/v1/me/tokens",
                                basic,
                                "{\"name\":\"forever\",\"expiresOn\":\""
                                        + today().plusYears(1).plusDays(1) + "\"}")
                        .statusCode());
        JsonObject byDefault = Http.json(call("POST", "/api/v1/me/tokens", basic, "{\"name\":\"default\"}"));
        assertEquals(today().plusDays(90).toString(), byDefault.getString("expiresOn"));

        JsonObject expiring = Http.json(
                call("POST", "/api/v1/me/tokens", basic, "{\"name\":\"expiring\",\"expiresOn\":\"" + today() + "\"}"));
        assertEquals(200, bearer(expiring).statusCode(), "a token works through its last day");
        // the day after: a token whose last day was yesterday (set in the database before its first use, as the
        // server's clock cannot be moved; a token remembered at midnight is checked by RememberedTokensTest)
        JsonObject expired = Http.json(
                call("POST", "/api/v1/me/tokens", basic, "{\"name\":\"expired\",\"expiresOn\":\"" + today() + "\"}"));
        try (Connection db = TestDatabase.connect();
                PreparedStatement sql = db.prepareStatement("UPDATE api_token SET expires_on = ? WHERE id = ?")) {
            sql.setObject(1, today().minusDays(1));
            sql.setLong(2, expired.getJsonNumber("id").longValue());
            assertEquals(1, sql.executeUpdate());
        }
        assertEquals(401, bearer(expired).statusCode(), "the day after its last day");

        assertEquals(200, bearer(byDefault).statusCode());
        assertEquals(
                200, http().get("/api/v1/me", "Authorization", basic).statusCode(), "the password is remembered now");
        JsonObject account =
                Http.json(http().get("/api/v1/users/" + login, "Authorization", DemoUsers.basic(DemoUsers.ADMIN)));
        assertEquals(
                200,
                call(
                                "PUT",
                                "/api/v1/users/" + login,
                                DemoUsers.basic(DemoUsers.ADMIN),
                                "{\"displayName\":\"令牌测试\",\"unit\":\"WC\",\"roles\":[\"WAREHOUSE\"],\"enabled\":false,"
                                        + "\"version\":" + account.getInt("version") + "}")
                        .statusCode());
        assertEquals(401, bearer(byDefault).statusCode(), "a disabled account's token stops at once");
        assertEquals(
                401,
                http().get("/api/v1/me", "Authorization", basic).statusCode(),
                "and its remembered password is forgotten at once");
    }

    @Test
    void administratorsIssueAndRevokeOtherUsersTokensAndNobodyElseCan() {
        String login = newUser("erp");
        HttpResponse<String> issued = call(
                "POST",
                "/api/v1/users/" + login + "/tokens",
                DemoUsers.basic(DemoUsers.ADMIN),
                "{\"name\":\"ERP nightly\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject token = Http.json(issued);
        long id = token.getJsonNumber("id").longValue();
        assertEquals(login, Http.json(bearer(token)).getString("login"), "the token acts as its user");
        JsonObject listed = ((JsonArray) Http.parse(http().get(
                                "/api/v1/users/" + login + "/tokens", "Authorization", DemoUsers.basic(DemoUsers.ADMIN))
                        .body()))
                .getJsonObject(0);
        assertEquals(DemoUsers.ADMIN, listed.getString("createdBy"));

        String warehouse = DemoUsers.basic(DemoUsers.WAREHOUSE);
        assertEquals(
                403,
                call("POST", "/api/v1/users/" + login + "/tokens", warehouse, "{\"name\":\"mine now\"}")
                        .statusCode());
        assertEquals(
                403,
                http().get("/api/v1/users/" + login + "/tokens", "Authorization", warehouse)
                        .statusCode());
        assertEquals(
                403,
                call("DELETE", "/api/v1/users/" + login + "/tokens/" + id, warehouse, null)
                        .statusCode());
        assertEquals(
                404,
                call("DELETE", "/api/v1/me/tokens/" + id, warehouse, null).statusCode(),
                "someone else's token is not among one's own");
        assertEquals(200, bearer(token).statusCode(), "still working");

        assertEquals(
                204,
                call("DELETE", "/api/v1/users/" + login + "/tokens/" + id, DemoUsers.basic(DemoUsers.ADMIN), null)
                        .statusCode());
        assertEquals(401, bearer(token).statusCode());
        List<JsonObject> trail = ((JsonArray) Http.parse(http().get(
                                "/api/v1/audit?recordType=ApiToken&recordId=" + id,
                                "Authorization",
                                DemoUsers.basic(DemoUsers.ADMIN))
                        .body()))
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("DELETE:admin", "CREATE:admin"),
                trail.stream()
                        .map(e -> e.getString("action") + ":" + e.getString("actor"))
                        .toList());
    }

    @Test
    void aRememberedPasswordIsForgottenWhenItIsReset() {
        String login = newUser("pwd");
        assertEquals(
                200,
                http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, PASSWORD))
                        .statusCode());
        assertEquals(
                204,
                call(
                                "POST",
                                "/api/v1/users/" + login + "/password",
                                DemoUsers.basic(DemoUsers.ADMIN),
                                "{\"password\":\"fresh7Start9\"}")
                        .statusCode());
        assertEquals(
                401,
                http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, PASSWORD))
                        .statusCode(),
                "the old password, although verified seconds ago");
        assertEquals(
                200,
                http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, "fresh7Start9"))
                        .statusCode());
    }

    private static final String PASSWORD = "river7Stone9";

    /** A new warehouse user of 婺城 with {@link #PASSWORD}, so each test changes only its own account. */
    private String newUser(String prefix) {
        String login = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call(
                "POST",
                "/api/v1/users",
                DemoUsers.basic(DemoUsers.ADMIN),
                "{\"login\":\""
                        + login + "\",\"displayName\":\"令牌测试\",\"unit\":\"WC\",\"roles\":[\"WAREHOUSE\"],"
                        + "\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return login;
    }

    private HttpResponse<String> bearer(JsonObject issued) {
        return http().get("/api/v1/me", "Authorization", "Bearer " + issued.getString("token"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static JsonObject change(String field, String oldValue, String newValue) {
        return jakarta.json.Json.createObjectBuilder()
                .add("field", field)
                .add("newValue", newValue)
                .add("oldValue", oldValue)
                .build();
    }

    private HttpResponse<String> send(String method, String path, String user, String json) {
        return call(method, path, DemoUsers.basic(user), json);
    }

    /** A call with the given Authorization header and JSON body (none when null). */
    private HttpResponse<String> call(String method, String path, String authorization, String json) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(http().resolve(path)).header("Authorization", authorization);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(json))
                    .header("Content-Type", "application/json");
        }
        return http().send(request.build());
    }
}
