package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridworks.testing.DemoUsers;
import org.gridworks.testing.Deployments;
import org.gridworks.testing.Http;
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
 * the password policy, the session cookie kept from cross-site writes, audit of edits, stale versions.
 * Later business areas add their rows to the matrix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final List<String> EVERYONE = List.of(DemoUsers.ADMIN, DemoUsers.SUPERVISOR, DemoUsers.MANAGER,
            DemoUsers.WAREHOUSE, DemoUsers.CLERK);

    /** Expected status per call and user; anything not listed as allowed must be 403. */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("GET /api/v1/me", EVERYONE),
            Map.entry("GET /api/v1/units", EVERYONE),
            Map.entry("GET /api/v1/users", List.of(DemoUsers.ADMIN)),
            Map.entry("GET /api/v1/users/manager", List.of(DemoUsers.ADMIN)),
            Map.entry("GET /api/v1/audit", List.of(DemoUsers.ADMIN, DemoUsers.SUPERVISOR)),
            Map.entry("GET /api/v1/calendar/due?from=2024-09-27&workingDays=3", EVERYONE),
            Map.entry("GET /api/v1/projects", EVERYONE),
            Map.entry("GET /api/v1/permits", EVERYONE),
            Map.entry("GET /api/v1/stock?material=500100001", EVERYONE),
            Map.entry("GET /api/v1/stock/reserve-list.xlsx",
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
                HttpResponse<String> response = http().get(path, "Authorization", DemoUsers.basic(user),
                        "Accept-Language", "en");
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
        HttpResponse<String> response = send("PUT", "/api/v1/users/warehouse", DemoUsers.MANAGER,
                "{\"displayName\":\"hijacked\",\"unit\":\"WC\",\"roles\":[\"ADMIN\"],\"enabled\":true,\"version\":0}");
        assertEquals(403, response.statusCode());
        assertEquals("张仓管", Http.json(http().get("/api/v1/users/warehouse", "Authorization",
                DemoUsers.basic(DemoUsers.ADMIN))).getString("displayName"), "nothing changed");
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
        HttpResponse<String> created = send("POST", "/api/v1/users", DemoUsers.ADMIN, "{\"login\":\"" + login
                + "\",\"displayName\":\"测试员\",\"unit\":\"LX\",\"roles\":[\"WAREHOUSE\"],\"password\":\"river7Stone9\"}");
        assertEquals(201, created.statusCode(), created.body());
        int version = Http.json(created).getInt("version");

        HttpResponse<String> edited = send("PUT", "/api/v1/users/" + login, DemoUsers.ADMIN,
                "{\"displayName\":\"测试员甲\",\"unit\":\"LX\",\"roles\":[\"WAREHOUSE\",\"PERMIT_CLERK\"],"
                        + "\"enabled\":true,\"version\":" + version + "}");
        assertEquals(200, edited.statusCode(), edited.body());

        HttpResponse<String> stale = send("PUT", "/api/v1/users/" + login, DemoUsers.ADMIN,
                "{\"displayName\":\"lost update\",\"unit\":\"LX\",\"roles\":[\"WAREHOUSE\"],\"enabled\":true,"
                        + "\"version\":" + version + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(Http.json(stale).getString("error").contains("修改"), "message in Chinese by default");
        assertEquals("测试员甲", Http.json(http().get("/api/v1/users/" + login, "Authorization",
                DemoUsers.basic(DemoUsers.ADMIN))).getString("displayName"), "the stale edit changed nothing");

        JsonArray trail = (JsonArray) Http.parse(http().get("/api/v1/audit?recordType=User&recordId=" + login,
                "Authorization", DemoUsers.basic(DemoUsers.SUPERVISOR)).body());
        JsonObject update = trail.getValuesAs(JsonObject.class).stream()
                .filter(e -> "UPDATE".equals(e.getString("action"))).findFirst().orElseThrow();
        assertEquals("admin", update.getString("actor"));
        JsonArray changes = update.getJsonArray("changes");
        assertAll(
                () -> assertTrue(changes.contains(change("displayName", "测试员", "测试员甲")), changes.toString()),
                () -> assertTrue(changes.contains(change("roles", "WAREHOUSE", "PERMIT_CLERK,WAREHOUSE")),
                        changes.toString()),
                () -> assertEquals(2, changes.size(), changes.toString()));
        assertEquals(1, trail.getValuesAs(JsonObject.class).stream()
                .filter(e -> "CREATE".equals(e.getString("action"))).count());
    }

    @Test
    void wrongPasswordsPauseTheLoginWithoutTellingStrangersWhoExists() {
        String login = "pause-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, send("POST", "/api/v1/users", DemoUsers.ADMIN, "{\"login\":\"" + login
                + "\",\"displayName\":\"暂停测试\",\"unit\":\"WC\",\"roles\":[\"PERMIT_CLERK\"],"
                + "\"password\":\"river7Stone9\"}").statusCode());

        HttpResponse<String> unknown = http().get("/api/v1/me", "Authorization",
                DemoUsers.basic("nobody-" + login, "wrong-password1"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, "wrong1234567"));
            assertEquals(401, wrong.statusCode());
            assertEquals(unknown.body(), wrong.body(), "the same answer as for a login that does not exist");
        }
        HttpResponse<String> paused = http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, "river7Stone9"));
        assertEquals(401, paused.statusCode(), "the fifth failure pauses the login for 5 s, even for the right password");
        assertEquals(unknown.body(), paused.body());

        assertEquals(204, send("POST", "/api/v1/users/" + login + "/password", DemoUsers.ADMIN,
                "{\"password\":\"fresh7Start9\"}").statusCode());
        assertEquals(200, http().get("/api/v1/me", "Authorization", DemoUsers.basic(login, "fresh7Start9"))
                .statusCode(), "an administrator's reset ends the pause");
    }

    @Test
    void loginsAndPasswordsMatchExactly() {
        for (String lookalike : List.of("ADMIN", "Admin", "\uff41\uff44\uff4d\uff49\uff4e", "\u00e4dmin", "admin\u0000")) {
            assertEquals(401, http().get("/api/v1/me", "Authorization", DemoUsers.basic(lookalike, DemoUsers.PASSWORD))
                    .statusCode(), "signs in as admin: " + lookalike);
        }
        assertEquals(401, http().get("/api/v1/me", "Authorization",
                DemoUsers.basic(DemoUsers.ADMIN, DemoUsers.PASSWORD + "\u0000")).statusCode());
        assertEquals(401, http().get("/api/v1/me", "Authorization",
                DemoUsers.basic(DemoUsers.ADMIN, DemoUsers.PASSWORD.toUpperCase())).statusCode());
        assertEquals(200, http().get("/api/v1/me", "Authorization", DemoUsers.basic(DemoUsers.ADMIN)).statusCode());
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        for (String weak : List.of("password12", "          a1", "gridworks2026", "qwertyuiop123")) {
            HttpResponse<String> refused = send("POST", "/api/v1/users", DemoUsers.ADMIN, "{\"login\":\"weak-"
                    + UUID.randomUUID().toString().substring(0, 8) + "\",\"displayName\":\"弱密码\",\"unit\":\"WC\","
                    + "\"roles\":[\"PERMIT_CLERK\"],\"password\":\"" + weak + "\"}");
            assertEquals(400, refused.statusCode(), weak + ": " + refused.body());
            assertEquals("password", Http.json(refused).getString("field"));
        }
    }

    @Test
    void thePageSessionCannotWriteThroughTheApiFromAnotherSite() {
        Http browser = http();
        browser.signInOnPage(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        assertTrue(browser.setCookieHeaders().stream().anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("SameSite=Lax")),
                "the session cookie is SameSite=Lax: " + browser.setCookieHeaders());
        assertEquals(200, browser.get("/api/v1/me").statusCode(), "reads ride on the session (the pages' downloads)");

        String project = "{\"customerName\":\"跨站请求\",\"unit\":\"WC\",\"areaType\":\"URBAN\",\"capacityKw\":50,"
                + "\"voltageKv\":0.4,\"dualSupply\":false,\"smallMicroEnterprise\":false,\"residential\":false,"
                + "\"acceptedOn\":\"2026-11-02\",\"needsSupportingWorks\":false,\"threeStepVariant\":false}";
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(browser.resolve("/api/v1/projects"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(project)).build());
        assertEquals(401, forged.statusCode(), "a cross-site post with the cookie alone: " + forged.body());
        HttpResponse<String> foreignOrigin = browser.send(HttpRequest.newBuilder(browser.resolve("/api/v1/projects"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .header("X-Requested-With", "GridWorks").POST(HttpRequest.BodyPublishers.ofString(project)).build());
        assertEquals(401, foreignOrigin.statusCode(), "the header from another origin");
        HttpResponse<String> ownPage = browser.send(HttpRequest.newBuilder(browser.resolve("/api/v1/projects"))
                .header("Content-Type", "application/json").header("X-Requested-With", "GridWorks")
                .POST(HttpRequest.BodyPublishers.ofString(project)).build());
        assertEquals(201, ownPage.statusCode(), "the same origin with the header: " + ownPage.body());
    }

    private static JsonObject change(String field, String oldValue, String newValue) {
        return jakarta.json.Json.createObjectBuilder().add("field", field).add("newValue", newValue)
                .add("oldValue", oldValue).build();
    }

    private HttpResponse<String> send(String method, String path, String user, String json) {
        return http().send(HttpRequest.newBuilder(http().resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Authorization", DemoUsers.basic(user))
                .build());
    }
}
