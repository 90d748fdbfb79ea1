package org.gridworks.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.gridworks.identity.SignInPage;
import org.gridworks.stock.StockApi;
import org.gridworks.testing.Browser;
import org.gridworks.testing.ClusterScript;
import org.gridworks.testing.DemoUsers;
import org.gridworks.testing.Http;
import org.gridworks.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two servers in one Data Grid behind nginx over one database, started by payara/cluster.sh as the README says
 * (issue 20): what one server writes or changes in memory, the other reads at once; jobs and postings race across
 * servers without doubling or losing anything; a signed-in browser goes on, on the same page with the same form,
 * when the server it was talking to is killed. The servers start once for the class (30-60 s each here, one after
 * the other), so the checks are grouped; the failover runs last because it kills a server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String WC = "WH-WC";

    private static ClusterScript cluster;
    private static String database;
    private static String databaseUrl;

    @BeforeAll
    static void startTwoServersBehindNginx() throws Exception {
        URI url = URI.create(System.getenv("DB_URL").substring("jdbc:".length()));
        database = url.getPath().substring(1) + "_cluster";
        databaseUrl = "jdbc:mysql://" + url.getHost() + ":" + url.getPort() + "/" + database + "?" + url.getRawQuery();
        cluster = ClusterScript.start(
                "cluster-it",
                2,
                Map.of(
                        "DB_URL",
                        databaseUrl,
                        "DB_USER",
                        System.getenv("DB_USER"),
                        "DB_PASSWORD",
                        System.getenv("DB_PASSWORD"),
                        "DB_DATASOURCECLASS",
                        System.getenv("DB_DATASOURCECLASS"),
                        "GRIDWORKS_DEMO_DATA",
                        "true",
                        // only the scans this test starts: the timer's first one runs at start-up, the next an hour
                        // later
                        "GRIDWORKS_ALERTS_SCAN_MINUTES",
                        "60"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        try (Connection connection = TestDatabase.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    @Order(1)
    void eachServerSeesTheGridAndWhatTheOtherWrote() throws Exception {
        for (int i = 1; i <= 2; i++) {
            JsonObject grid = Http.json(new Http(cluster.node(i)).get("/health/ready"))
                    .getJsonArray("checks")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(c -> c.getString("name").equals("data-grid"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonObject("data");
            assertEquals("2", grid.get("members").toString().replace("\"", ""), "server " + i + ": " + grid);
            assertEquals("true", grid.get("clustered").toString().replace("\"", ""), "server " + i + ": " + grid);
        }
        StockApi a = new StockApi(cluster.node(1));
        StockApi b = new StockApi(cluster.node(2));

        // a calendar change on A counts on B within a second (B's calendar is in memory)
        String due = "/api/v1/calendar/due?from=2031-09-26&workingDays=3";
        assertTrue(Http.json(b.send("GET", due, DemoUsers.MANAGER, DemoUsers.PASSWORD, null))
                .getBoolean("provisional"));
        HttpResponse<String> loaded = a.send(
                "PUT",
                "/api/v1/calendar/years/2031",
                DemoUsers.ADMIN,
                DemoUsers.PASSWORD,
                "{\"year\":2031,\"days\":[{\"name\":\"国庆节\",\"date\":\"2031-10-01\",\"isOffDay\":true}]}");
        assertEquals(200, loaded.statusCode(), loaded.body());
        // Fri 09-26; Mon 09-29 and Tue 09-30 are the 1st and 2nd; 10-01 is off; Thu 10-02 the 3rd
        JsonObject counted = within(
                Duration.ofSeconds(1),
                () -> Http.json(b.send("GET", due, DemoUsers.MANAGER, DemoUsers.PASSWORD, null)),
                j -> !j.getBoolean("provisional"));
        assertEquals("2031-10-02", counted.getString("due"), counted.toString());

        // a project made and edited on A reads the same on B at once
        HttpResponse<String> made = a.send(
                "POST",
                "/api/v1/projects",
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                project("集群测试客户", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3), null));
        assertEquals(201, made.statusCode(), made.body());
        long id = Http.json(made).getJsonNumber("id").longValue();
        int version = Http.json(made).getInt("version");
        assertEquals(
                "集群测试客户",
                Http.json(b.send("GET", "/api/v1/projects/" + id, DemoUsers.MANAGER, DemoUsers.PASSWORD, null))
                        .getString("customerName"));
        HttpResponse<String> edited = a.send(
                "PUT",
                "/api/v1/projects/" + id,
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                project("集群测试客户（改）", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3), version));
        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject onB =
                Http.json(b.send("GET", "/api/v1/projects/" + id, DemoUsers.MANAGER, DemoUsers.PASSWORD, null));
        assertEquals("集群测试客户（改）", onB.getString("customerName"));
        assertEquals(Http.json(edited).getInt("version"), onB.getInt("version"), "the version A answered");

        // a stock posting on A is in B's next answer
        String material = a.newMaterial("集群物资");
        a.receipt(DemoUsers.WAREHOUSE, material, WC, 5);
        assertEquals(5, b.stock(material, WC).getInt("onHand"));

        // a password changed on A stops the old one on B at once, though B had it remembered for a minute
        String keeper = a.newKeeper("WC");
        assertEquals(
                200,
                b.send("GET", "/api/v1/me", keeper, StockApi.KEEPER_PASSWORD, null)
                        .statusCode());
        assertEquals(
                204,
                a.send(
                                "POST",
                                "/api/v1/users/" + keeper + "/password",
                                DemoUsers.ADMIN,
                                DemoUsers.PASSWORD,
                                "{\"password\":\"granite4Lake8\"}")
                        .statusCode());
        within(
                Duration.ofSeconds(1),
                () -> b.send("GET", "/api/v1/me", keeper, StockApi.KEEPER_PASSWORD, null)
                        .statusCode(),
                status -> status == 401);
    }

    @Test
    @Order(2)
    void aScanStartedOnBothServersAtOnceRaisesEachWarningOnce() throws Exception {
        StockApi a = new StockApi(cluster.node(1));
        HttpResponse<String> late = a.send(
                "POST",
                "/api/v1/projects",
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                project("集群预警客户", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(60), null));
        assertEquals(201, late.statusCode(), late.body());
        long before = count("SELECT COALESCE(MAX(id), 0) FROM alert");
        // a scan of the servers' own (at start, or every few minutes) would answer both of ours 409: wait it out
        for (int i = 0; i < 120; i++) {
            String now = java.time.LocalDateTime.now(ZoneId.of("Asia/Shanghai")) // leases are in company time
                    .withNano(0)
                    .toString()
                    .replace('T', ' ');
            if (count("SELECT COUNT(*) FROM job_lock WHERE name = 'alert-scan' AND locked_until > '" + now + "'")
                    == 0) {
                break;
            }
            Thread.sleep(500);
        }

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            StockApi server = new StockApi(cluster.node(i));
            answers.add(both.submit(() -> {
                go.await();
                return server.send("POST", "/api/v1/alerts/scan", DemoUsers.ADMIN, DemoUsers.PASSWORD, null);
            }));
        }
        go.countDown();
        int raised = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> scan = answer.get(2, TimeUnit.MINUTES);
            assertTrue(scan.statusCode() == 200 || scan.statusCode() == 409, scan.body()); // 409: the other scans
            if (scan.statusCode() == 200) {
                raised += Http.json(scan).getInt("raised");
            }
        }
        both.shutdown();

        assertTrue(raised >= 1, "the late project's warning at least");
        assertEquals(raised, count("SELECT COUNT(*) FROM alert WHERE id > " + before), "as many rows as reported");
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM (SELECT subject_type, subject_id, colour, reminder, COUNT(*) n"
                        + " FROM alert GROUP BY subject_type, subject_id, colour, reminder, DATE(raised_at)"
                        + " HAVING COUNT(*) > 1) doubled"),
                "no warning raised twice");
    }

    /**
     * 16 people issue 50 times each from 700 in stock, alternating between the servers, every fifth retried with its
     * key on the other server: exactly 700 posted, 100 refused, no retry posts twice, balance 0 = the ledger.
     */
    @Test
    @Order(3)
    void sixteenPeopleIssuingOnBothServersNeitherLoseNorInventStock() throws Exception {
        StockApi setup = new StockApi(cluster.node(1));
        String material = setup.newMaterial("集群并发物资");
        setup.receipt(DemoUsers.WAREHOUSE, material, WC, 700);
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Set<Long> movements = ConcurrentHashMap.newKeySet();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int t = 0; t < 16; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                StockApi[] servers = {new StockApi(cluster.node(1)), new StockApi(cluster.node(2))};
                for (int i = 0; i < 50; i++) {
                    String key = run + "-" + thread + "-" + i;
                    StockApi here = servers[(thread + i) % 2];
                    HttpResponse<String> first = here.post(DemoUsers.WAREHOUSE, issue(key, material));
                    if (first.statusCode() == 201) {
                        long id = Http.json(first)
                                .getJsonObject("movement")
                                .getJsonNumber("id")
                                .longValue();
                        if (!movements.add(id) || Http.json(first).getBoolean("replayed")) {
                            wrong.add("first attempt answered an old movement: " + first.body());
                        }
                        posted.incrementAndGet();
                        if (i % 5 == 0) {
                            HttpResponse<String> retry =
                                    servers[(thread + i + 1) % 2].post(DemoUsers.WAREHOUSE, issue(key, material));
                            if (retry.statusCode() != 201
                                    || !Http.json(retry).getBoolean("replayed")
                                    || Http.json(retry)
                                                    .getJsonObject("movement")
                                                    .getJsonNumber("id")
                                                    .longValue()
                                            != id) {
                                wrong.add("retry of " + key + " on the other server: " + retry.body());
                            }
                        }
                    } else if (first.statusCode() == 409) {
                        refused.incrementAndGet();
                    } else {
                        wrong.add(first.statusCode() + " " + first.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertEquals(List.of(), wrong);
        assertAll(
                () -> assertEquals(700, posted.get(), "as many issues as there was stock"),
                () -> assertEquals(100, refused.get(), "the rest refused"),
                () -> assertEquals(
                        0, new StockApi(cluster.node(2)).stock(material, WC).getInt("onHand")),
                () -> assertEquals(
                        701,
                        count("SELECT COUNT(*) FROM stock_movement m JOIN material t"
                                + " ON t.id = m.material_id WHERE t.code = '" + material + "'"),
                        "no posting lost or doubled"),
                () -> assertEquals(
                        0,
                        count("SELECT COUNT(*) FROM stock_balance b LEFT JOIN (SELECT material_id,"
                                + " warehouse_id, SUM(d_on_hand) h, SUM(d_reserved) r, SUM(d_in_transit) t FROM stock_movement"
                                + " GROUP BY material_id, warehouse_id) m ON m.material_id = b.material_id AND m.warehouse_id"
                                + " = b.warehouse_id WHERE b.on_hand <> COALESCE(m.h, 0) OR b.reserved <> COALESCE(m.r, 0)"
                                + " OR b.in_transit <> COALESCE(m.t, 0)"),
                        "every balance equals its ledger"));
    }

    /**
     * A manager is editing a project when the server that showed the form dies (SIGKILL): the save goes to the other
     * server, which has the session and the form's view from the Data Grid, and the edit is saved. nginx keeps a
     * session on its server while that server lives; after the kill its next request goes to the other one.
     */
    @Test
    @Order(4)
    void aSignedInBrowserGoesOnWhenItsServerIsKilled() throws Exception {
        StockApi a = new StockApi(cluster.node(1));
        HttpResponse<String> made = a.send(
                "POST",
                "/api/v1/projects",
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                project("切换前客户", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2), null));
        assertEquals(201, made.statusCode(), made.body());
        long id = Http.json(made).getJsonNumber("id").longValue();
        URI nginx = cluster.balancer();
        try (Browser browser = Browser.start()) {
            SignInPage.open(browser, nginx).signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
            browser.open(nginx.resolve("projects/edit.xhtml?id=" + id));
            var name = browser.driver().findElement(By.id("project:customerName"));
            name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "切换后客户");
            browser.driver().findElement(By.id("project:address")).sendKeys("金华市婺城区切换路 1 号");
            // the saved 10.0 kV shows as the 10 kV button (the database's one decimal is matched to the buttons)
            assertTrue(
                    browser.driver()
                            .findElement(By.xpath("//*[@id='project:voltageKv']//*[contains(@class,'ui-button')]"
                                    + "[normalize-space(.)='10 kV']"))
                            .getAttribute("class")
                            .contains("ui-state-active"),
                    "the stored voltage is chosen on the form");

            int serving = cluster.lastServerFor("/projects/edit.xhtml");
            Thread.sleep(1000); // the person reads the form before saving; the session was stored as the page came
            cluster.kill(serving);
            browser.driver().findElement(By.id("project:save")).click();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .until(d -> d.getCurrentUrl().contains("project.xhtml"));
            } catch (RuntimeException e) {
                browser.screenshot("FAILED-cluster-failover");
                java.nio.file.Files.writeString(
                        java.nio.file.Path.of("target", "cluster-failover.html"),
                        browser.driver().getPageSource());
                throw e;
            }
            browser.waitForPage();
            browser.screenshot("cluster-after-failover");

            assertFalse(browser.driver().getCurrentUrl().contains("login"), "still signed in");
            assertTrue(
                    browser.driver().getTitle().contains("切换后客户"),
                    browser.driver().getTitle());
            StockApi survivor = new StockApi(cluster.node(3 - serving));
            JsonObject saved = Http.json(
                    survivor.send("GET", "/api/v1/projects/" + id, DemoUsers.MANAGER, DemoUsers.PASSWORD, null));
            assertEquals("切换后客户", saved.getString("customerName"), "saved with the form's data");
            assertEquals("金华市婺城区切换路 1 号", text("SELECT address FROM connection_project WHERE id = " + id));
            assertNotEquals(serving, cluster.lastServerFor("/projects/edit.xhtml"), "the save went to the survivor");
        }
    }

    private static String issue(String key, String material) {
        return "{\"idempotencyKey\":\"" + key + "\",\"type\":\"ISSUE\",\"material\":\"" + material
                + "\",\"warehouse\":\"" + WC + "\",\"quantity\":1,\"reason\":\"集群并发\"}";
    }

    private static String project(String customer, LocalDate acceptedOn, Integer version) {
        return "{\"customerName\":\"" + customer + "\",\"areaType\":\"URBAN\",\"capacityKw\":630,\"voltageKv\":10,"
                + "\"acceptedOn\":\"" + acceptedOn + "\",\"needsSupportingWorks\":false"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static long count(String query) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        databaseUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
                Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String query) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        databaseUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
                Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Asks until the answer is as expected or the time is up; fails with the last answer. */
    private static <T> T within(Duration limit, Supplier<T> ask, java.util.function.Predicate<T> expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        T answer = ask.get();
        while (!expected.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            answer = ask.get();
        }
        assertTrue(expected.test(answer), "not within " + limit + ": " + answer);
        return answer;
    }
}
