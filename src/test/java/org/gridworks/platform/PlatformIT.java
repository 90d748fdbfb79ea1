package org.gridworks.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
        return Deployments.gridworksWithInContainerTests(PlatformIT.class, Http.class, Deployments.class,
                DemoUsers.class);
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
        assertTrue(chinese.uri().getPath().endsWith("/login.xhtml"), chinese.uri().toString());
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
            assertAll(path,
                    () -> assertEquals(1, headers.allValues("Content-Security-Policy").size(), "one policy"),
                    () -> assertTrue(csp.contains("frame-ancestors 'none'"), csp),
                    () -> assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null)),
                    () -> assertTrue(headers.firstValue("Referrer-Policy").isPresent()),
                    () -> assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null)),
                    () -> assertFalse(headers.firstValue("Server").isPresent(), "no Server header"));
        }
        String pagePolicy = http().get("/login.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$"), pagePolicy);
    }

    @Test
    @RunAsClient
    void readinessReportsTheDatabase() {
        HttpResponse<String> response = http().get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.json(response);
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> "database".equals(check.getString("name"))).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getJsonObject("data").getString("product").contains("MariaDB"), database.toString());
        assertFalse(database.toString().contains("gridworks_it"), "no credentials in health output");
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

        HttpResponse<String> english = http().get("/api/v1/no-such-thing", "Accept-Language", "en",
                "Authorization", manager);
        assertEquals(404, english.statusCode());
        assertTrue(english.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("The requested resource was not found.", Http.json(english).getString("error"));

        HttpResponse<String> chinese = http().get("/api/v1/no-such-thing", "Accept-Language", "zh-CN,zh;q=0.9",
                "Authorization", manager);
        assertEquals("找不到请求的资源。", Http.json(chinese).getString("error"));

        HttpResponse<String> openapi = http().get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/version"), openapi.body());
    }

    @Test
    @RunAsClient
    void unknownPageGetsTheFriendlyPageWithoutInternals() {
        HttpResponse<String> response = http().get("/no-such-page.xhtml", "Authorization",
                DemoUsers.basic(DemoUsers.MANAGER));
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("页面不存在"), response.body());
        assertFalse(response.body().contains(".java:") || response.body().contains("Caused by"), "no stack trace");
        assertFalse(response.body().contains("Payara"), "no server name");
    }

    /** Runs inside Payara: every text column of the schema is utf8mb4, so Chinese names of any kind fit. */
    @Test
    void everyTextColumnIsUtf8mb4() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
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
}
