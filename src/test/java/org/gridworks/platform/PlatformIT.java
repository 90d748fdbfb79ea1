package org.gridworks.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
 * The platform as deployed on Payara Micro over MariaDB: pages in both languages, headers, health, the API's
 * base and the schema's character set. One deployment for all, since each costs a Payara start.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.gridworksWithInContainerTests(
                PlatformIT.class, Http.class, Deployments.class, DemoUsers.class);
    }

    @ArquillianResource
    URL deploymentUrl;

    @Resource(lookup = "java:app/jdbc/gridworks")
    DataSource dataSource;

    private Http http() {
        return new Http(Http.loopback(deploymentUrl));
    }

    @Test
    @RunAsClient
    void visitorsAreSentToSignInInChineseByDefaultAndInEnglishOnRequestForTheSession() {
        Http browser = http();
        HttpResponse<String> chinese = browser.get("/", "Accept-Language", "en-US,en;q=0.9");
        assertEquals(200, chinese.statusCode());
        assertTrue(
                chinese.uri().getPath().endsWith("/login.xhtml"), chinese.uri().toString());
        assertTrue(chinese.body().contains("<title>登录 · GridWorks</title>"), chinese.body());

        HttpResponse<String> english = browser.get("/login.xhtml?lang=en");
        assertTrue(english.body().contains("<title>Sign in · GridWorks</title>"), english.body());
        HttpResponse<String> later = browser.get("/login.xhtml");
        assertTrue(later.body().contains("<title>Sign in · GridWorks</title>"), "the choice sticks");
        assertTrue(later.body().contains("lang=\"en\""));
    }

    @Test
    @RunAsClient
    void everyResponseCarriesTheSecurityHeadersAndNoServerHeader() {
        for (String path : List.of("/login.xhtml", "/api/v1/version", "/favicon.ico", "/no-such-page.xhtml")) {
            HttpResponse<String> response = http().get(path, "Authorization", DemoUsers.basic(DemoUsers.MANAGER));
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertAll(
                    path,
                    () -> assertEquals(
                            1, headers.allValues("Content-Security-Policy").size(), "one policy"),
                    () -> assertTrue(csp.contains("frame-ancestors 'none'"), csp),
                    () -> assertEquals(
                            "nosniff",
                            headers.firstValue("X-Content-Type-Options").orElse(null)),
                    () -> assertTrue(headers.firstValue("Referrer-Policy").isPresent()),
                    () -> assertEquals(
                            "DENY", headers.firstValue("X-Frame-Options").orElse(null)),
                    () -> assertFalse(headers.firstValue("Server").isPresent(), "no Server header"));
        }
        String pagePolicy = http().get("/login.xhtml")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$"), pagePolicy);
    }

    @Test
    @RunAsClient
    void readinessSaysUpOrDownAndNothingElse() {
        HttpResponse<String> response = http().get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.json(response);
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .filter(check -> "database".equals(check.getString("name")))
                .findFirst()
                .orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertTrue(
                !database.containsKey("data") || database.getJsonObject("data").isEmpty(),
                "no product, version or address for anonymous callers: " + database);
    }

    @Test
    @RunAsClient
    void apiAnswersJsonAndFailsAsJsonInTheCallersLanguage() {
        String manager = DemoUsers.basic(DemoUsers.MANAGER);
        HttpResponse<String> version = http().get("/api/v1/version", "Authorization", manager);
        assertEquals(200, version.statusCode());
        assertEquals("GridWorks", Http.json(version).getString("name"));

        HttpResponse<String> anonymous = http().get("/api/v1/version", "Accept-Language", "en");
        assertEquals(401, anonymous.statusCode());
        assertEquals("Please sign in first.", Http.json(anonymous).getString("error"));

        HttpResponse<String> english =
                http().get("/api/v1/no-such-thing", "Accept-Language", "en", "Authorization", manager);
        assertEquals(404, english.statusCode());
        assertTrue(english.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("The requested resource was not found.", Http.json(english).getString("error"));

        HttpResponse<String> chinese =
                http().get("/api/v1/no-such-thing", "Accept-Language", "zh-CN,zh;q=0.9", "Authorization", manager);
        assertEquals("找不到请求的资源。", Http.json(chinese).getString("error"));

        HttpResponse<String> openapi = http().get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/version"), openapi.body());
    }

    @Test
    @RunAsClient
    void unknownPageGetsTheFriendlyPageWithoutInternals() {
        HttpResponse<String> response =
                http().get("/no-such-page.xhtml", "Authorization", DemoUsers.basic(DemoUsers.MANAGER));
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("页面不存在"), response.body());
        assertFalse(response.body().contains(".java:") || response.body().contains("Caused by"), "no stack trace");
        assertFalse(response.body().contains("Payara"), "no server name");
    }

    /** Runs inside Payara: every text column of the schema is utf8mb4, so Chinese names of any kind fit. */
    @Test
    void everyTextColumnIsUtf8mb4() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery("SELECT table_name, column_name, character_set_name "
                        + "FROM information_schema.columns WHERE table_schema = DATABASE() "
                        + "AND character_set_name IS NOT NULL AND table_name <> 'flyway_schema_history'")) {
            int seen = 0;
            while (columns.next()) {
                seen++;
                if (!"utf8mb4".equals(columns.getString(3))) {
                    wrong.add(columns.getString(1) + "." + columns.getString(2) + "=" + columns.getString(3));
                }
            }
            assertTrue(seen > 0, "the schema has text columns");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @RunAsClient
    void refusalsAndErrorsOutsideJaxRsCarryTheHeadersAndSpeakJsonOnTheApi() {
        HttpResponse<String> anonymous = http().get("/api/v1/me", "Accept-Language", "en");
        assertEquals(401, anonymous.statusCode());
        assertAll(
                "401 written during authentication",
                () -> assertEquals(
                        "nosniff",
                        anonymous.headers().firstValue("X-Content-Type-Options").orElse(null)),
                () -> assertEquals(
                        "DENY",
                        anonymous.headers().firstValue("X-Frame-Options").orElse(null)),
                () -> assertEquals(
                        "no-store",
                        anonymous.headers().firstValue("Cache-Control").orElse(null)),
                () -> assertEquals("Please sign in first.", Http.json(anonymous).getString("error")));
        HttpResponse<String> me = http().get("/api/v1/me", "Authorization", DemoUsers.basic(DemoUsers.MANAGER));
        assertEquals("no-store", me.headers().firstValue("Cache-Control").orElse(null), "people's data: no cache");
        for (String path : List.of("/api/v2/projects", "/api", "/api/v1/../v9/x")) {
            HttpResponse<String> outside = http().get(path, "Authorization", DemoUsers.basic(DemoUsers.MANAGER));
            assertEquals(404, outside.statusCode(), path);
            assertTrue(
                    outside.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    path + " answers JSON, not an HTML page: " + outside.body());
            assertTrue(Http.json(outside).getString("error").length() > 3, outside.body());
        }
    }

    /** Pages of every area opened by users of other roles, with missing, malformed and unknown ids. */
    @Test
    @RunAsClient
    void everyPageAnswersItsOwnStatusForEveryRoleAndNeverA500() throws Exception {
        List<String> pages = List.of(
                "/index.xhtml",
                "/account.xhtml",
                "/inbox.xhtml",
                "/calendar.xhtml",
                "/alerts/index.xhtml",
                "/audit/index.xhtml",
                "/admin/users.xhtml",
                "/admin/user.xhtml?login=nobody",
                "/milestones/portfolio.xhtml",
                "/milestones/plan.xhtml?id=abc",
                "/milestones/plan.xhtml?id=99999999",
                "/permits/board.xhtml",
                "/permits/board.xhtml?colour=purple",
                "/permits/project.xhtml?id=abc",
                "/projects/index.xhtml",
                "/projects/project.xhtml",
                "/projects/project.xhtml?id=abc",
                "/projects/project.xhtml?id=-1",
                "/projects/edit.xhtml?id=abc",
                "/reports/evaluation.xhtml",
                "/reports/evaluation.xhtml?year=abc",
                "/reports/half-year.xhtml",
                "/requests/board.xhtml",
                "/requests/project.xhtml?id=abc",
                "/stock/index.xhtml",
                "/stock/ledger.xhtml?material=%00",
                "/stock/material.xhtml?code=nothing",
                "/stock/post.xhtml",
                "/stock/replenishment.xhtml",
                "/stock/reserve-list.xhtml");
        Map<String, Integer> seen = new java.util.TreeMap<>();
        for (String login : List.of(DemoUsers.WAREHOUSE, DemoUsers.CLERK, DemoUsers.MANAGER)) {
            Http browser = http();
            browser.signInOnPage(login, DemoUsers.PASSWORD);
            for (String page : pages) {
                HttpResponse<String> response = browser.get(page);
                seen.put(login + " " + page, response.statusCode());
                assertFalse(
                        response.body().contains(".java:") || response.body().contains("Caused by"),
                        "no stack trace: " + login + " " + page + ": " + response.body());
            }
        }
        assertFalse(seen.containsValue(500), "no page fails: " + seen);
        assertEquals(404, seen.get(DemoUsers.MANAGER + " /projects/project.xhtml?id=abc"), seen.toString());
        assertEquals(404, seen.get(DemoUsers.CLERK + " /milestones/plan.xhtml?id=abc"), seen.toString());
        assertEquals(403, seen.get(DemoUsers.CLERK + " /stock/replenishment.xhtml"), "a denial is a 403: " + seen);
        assertEquals(403, seen.get(DemoUsers.WAREHOUSE + " /admin/users.xhtml"), seen.toString());
        assertEquals(200, seen.get(DemoUsers.WAREHOUSE + " /stock/post.xhtml"), seen.toString());
        // a menu page is refused to the roles its area did not declare for it (AreaMenu), and opens for those it did
        assertEquals(403, seen.get(DemoUsers.WAREHOUSE + " /milestones/portfolio.xhtml"), seen.toString());
        assertEquals(200, seen.get(DemoUsers.MANAGER + " /milestones/portfolio.xhtml"), seen.toString());
        assertEquals(403, seen.get(DemoUsers.MANAGER + " /audit/index.xhtml"), seen.toString());
        assertEquals(403, seen.get(DemoUsers.CLERK + " /stock/post.xhtml"), seen.toString());
        assertEquals(200, seen.get(DemoUsers.CLERK + " /permits/board.xhtml"), seen.toString());
    }

    /**
     * Bodies that used to hold a worker for good (an object that never closes, deep unclosed nesting) and bodies
     * that filled the heap (300 MB declared or streamed) are refused within a second each, and afterwards the
     * server has no more threads and no more heap than before. Runs inside the server to read both.
     */
    @Test
    void hangingAndOversizedBodiesAreRefusedAtOnceAndLeaveNothingBehind() throws Exception {
        Http http = http();
        String manager = DemoUsers.basic(DemoUsers.MANAGER);
        String warehouse = DemoUsers.basic(DemoUsers.WAREHOUSE);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        refused(http, "PUT", "/api/v1/me/notifications", manager, "{\"x\":{"); // warm-up
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        int threadsBefore = threads.getThreadCount();
        for (int i = 0; i < 40; i++) {
            refused(http, "PUT", "/api/v1/me/notifications", manager, "{\"x\":{");
            refused(http, "PUT", "/api/v1/me/notifications", manager, "{\"x\":[" + "[".repeat(50_000));
            refused(http, "POST", "/api/v1/projects", manager, "{\"customerName\":{\"a\":{\"b\":");
        }
        for (boolean declared : new boolean[] {true, false}) {
            for (String[] call : List.of(
                    new String[] {"/api/v1/permit-documents/1/file", warehouse},
                    new String[] {"/api/v1/stock/reserve-list", DemoUsers.basic(DemoUsers.ADMIN)},
                    new String[] {"/api/v1/me/notifications", manager})) {
                long start = System.nanoTime();
                int status = rawPut(http.base(), call[0], call[1], 300L << 20, declared);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(status >= 400 && status < 500, call[0] + " answered " + status);
                assertTrue(millis < 1000, call[0] + (declared ? " declared" : " streamed") + " took " + millis + " ms");
            }
        }
        Thread.sleep(500);
        System.gc();
        long grown = memory.getHeapMemoryUsage().getUsed() - heapBefore;
        assertTrue(grown < (64L << 20), "heap grew by " + (grown >> 20) + " MB");
        assertTrue(
                threads.getThreadCount() <= threadsBefore + 16,
                "threads " + threadsBefore + " -> " + threads.getThreadCount() + " (a held worker stays)");
        assertEquals(200, http.get("/health/ready").statusCode());
    }

    private static void refused(Http http, String method, String path, String auth, String body) {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(http.resolve(path))
                .timeout(java.time.Duration.ofSeconds(5))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, response.statusCode(), path + " " + body.substring(0, Math.min(20, body.length())));
        assertTrue(millis < 1000, path + " took " + millis + " ms");
    }

    /**
     * Sends a body of {@code length} zero bytes, with its length declared or chunked, until the server answers
     * or closes; the status line it gave. The server may stop reading and close while bytes are still going out.
     */
    private static int rawPut(java.net.URI base, String path, String auth, long length, boolean declared)
            throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.InputStream in = socket.getInputStream();
            out.write(("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth
                            + "\r\nContent-Type: application/json\r\n"
                            + (declared ? "Content-Length: " + length : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            byte[] framed =
                    ("10000\r\n" + "\0".repeat(65536) + "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            long sent = 0;
            try {
                while (sent < length && in.available() == 0) {
                    out.write(declared ? chunk : framed);
                    sent += chunk.length;
                }
            } catch (java.io.IOException closedByServer) {
                // expected once the server has answered and stopped reading
            }
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
    /** As a browser asks over plain HTTP: HTTP/1.1 (no browser upgrades to h2c), accepting gzip. */
    private HttpResponse<String> browserGet(String path) {
        return http().send(java.net.http.HttpRequest.newBuilder(http().resolve(path))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Accept-Encoding", "gzip, deflate")
                .GET()
                .build());
    }

    @Test
    @RunAsClient
    void textGoesOutCompressedAndVersionedResourcesAreKeptAYear() {
        HttpResponse<String> page = browserGet("/login.xhtml");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null), "pages are compressed");
        java.util.regex.Matcher versioned = java.util.regex.Pattern.compile(
                        "src=\"(/jakarta\\.faces\\.resource/[^\"]*[?&](?:amp;)?v=[^\"]*)\"")
                .matcher(http().get("/login.xhtml").body());
        assertTrue(versioned.find(), "the sign-in page loads a versioned PrimeFaces script");
        HttpResponse<String> script = browserGet(versioned.group(1).replace("&amp;", "&"));
        assertEquals(200, script.statusCode());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(
                script.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"),
                script.headers().map().toString());
        HttpResponse<String> own = browserGet("/jakarta.faces.resource/css/app.css.xhtml?ln=gridworks");
        assertEquals(200, own.statusCode());
        assertFalse(
                own.headers().firstValue("Cache-Control").orElse("").contains("31536000"),
                "GridWorks' own unversioned files change with each release");
    }
}
