package org.gridworks.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridworks.testing.DemoUsers;
import org.gridworks.testing.Http;
import org.gridworks.testing.RunScript;
import org.gridworks.testing.TcpProxy;
import org.gridworks.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running GridWorks (its connections cut, new ones refused, as when the database
 * host dies) and comes back. While it is gone every answer says so: 503 with Retry-After, JSON on the API, a page
 * saying nothing was changed, /health/ready DOWN; never a 500. Once it is back, everything works again without a
 * restart. GridWorks runs from payara/run.sh on its own database, reached through a relay the test can cut.
 */
class DatabaseOutageIT {

    private static TcpProxy relay;
    private static RunScript server;
    private static String database;

    @BeforeAll
    static void startBehindARelay() throws Exception {
        URI url = URI.create(System.getenv("DB_URL").substring("jdbc:".length()));
        database = url.getPath().substring(1) + "_outage";
        relay = TcpProxy.to(url.getPort());
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", "jdbc:mysql://127.0.0.1:" + relay.port() + "/" + database + "?" + url.getRawQuery());
        environment.put("DB_USER", System.getenv("DB_USER"));
        environment.put("DB_PASSWORD", System.getenv("DB_PASSWORD"));
        environment.put("DB_DATASOURCECLASS", System.getenv("DB_DATASOURCECLASS"));
        environment.put("GRIDWORKS_DEMO_DATA", "true");
        server = RunScript.start("outage-it", environment);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (relay != null) {
            relay.close();
        }
        try (Connection connection = TestDatabase.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void whileTheDatabaseIsGoneEveryAnswerIs503AndAllComesBackWithIt() throws Exception {
        Http api = server.http();
        String manager = DemoUsers.basic(DemoUsers.MANAGER);
        Http pages = new Http(api.base());
        pages.signInOnPage(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        assertEquals(200, api.get("/api/v1/projects", "Authorization", manager).statusCode());
        assertEquals(200, pages.get("/projects/index.xhtml").statusCode());

        relay.cut();
        assertEquals(503, api.get("/health/ready").statusCode(), "a load balancer stops sending users here");
        for (int attempt = 0;
                attempt < 3;
                attempt++) { // a pool may hold several dead connections: each one fails alike
            for (String path : List.of("/api/v1/projects", "/api/v1/me", "/api/v1/materials")) {
                HttpResponse<String> answer = api.get(path, "Authorization", manager, "Accept-Language", "en");
                assertEquals(503, answer.statusCode(), path + ": " + answer.body());
                assertEquals("30", answer.headers().firstValue("Retry-After").orElse(null), path);
                assertTrue(Http.json(answer).getString("error").contains("database"), answer.body());
            }
            HttpResponse<String> page = pages.get("/projects/index.xhtml");
            assertEquals(503, page.statusCode(), page.body());
            assertTrue(page.body().contains("服务暂时不可用"), page.body());
            assertTrue(page.headers().firstValue("Retry-After").isPresent());
        }

        relay.restore();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (api.get("/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertEquals(200, api.get("/health/ready").statusCode(), "ready again once the database is back");
        assertEquals(200, api.get("/api/v1/projects", "Authorization", manager).statusCode());
        assertEquals(200, pages.get("/projects/index.xhtml").statusCode(), "the session survived the outage");
    }
}
