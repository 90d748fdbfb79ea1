package org.gridworks.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridworks.testing.AlertScans;
import org.gridworks.testing.Browser;
import org.gridworks.testing.BrowserExtension;
import org.gridworks.testing.Crawl;
import org.gridworks.testing.DemoUsers;
import org.gridworks.testing.Http;
import org.gridworks.testing.RunScript;
import org.gridworks.testing.UnitOverview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's run command on a machine without MySQL: payara/run.sh with no DB_* variables must start
 * GridWorks on the embedded H2 file, run the same migrations and serve the home page with demo mode shown; and
 * everything then works as on MariaDB: the same walk through every page and API read as CrawlIT.
 */
@ExtendWith(BrowserExtension.class)
class EmbeddedModeIT {

    private static RunScript server;
    private static Path log;
    private static Http http;

    @BeforeAll
    static void startLikeTheReadmeSays() throws Exception {
        Path data = Path.of("target", "embedded-it", "data");
        deleteRecursively(data);
        server = RunScript.start(
                "embedded-it",
                Map.of("GRIDWORKS_DATA_DIR", data.toAbsolutePath().toString()));
        log = server.log();
        http = server.http();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesTheSignInPageInDemoModeOnTheEmbeddedDatabase() {
        HttpResponse<String> signIn = http.get("/");
        assertEquals(200, signIn.statusCode());
        assertTrue(signIn.body().contains("<title>登录 · GridWorks</title>"), signIn.body());
        assertTrue(signIn.body().contains("gw-demo-banner"), "demo mode is announced");
        assertTrue(signIn.body().contains("gridworks2026"), "the demo accounts are named");
    }

    @Test
    void demoUsersCanUseTheApi() {
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", DemoUsers.basic(DemoUsers.SUPERVISOR));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("SUPERVISOR", Http.json(me).getJsonArray("roles").getString(0));
    }

    /** H2's LIKE reads the one-character wildcard the search puts for a typed x as MySQL's does. */
    @Test
    void aSpecificationTypedWithAnXFindsTheCatalogueSTimesSign() {
        for (String typed : List.of("3x240", "3*240", "3%C3%97240")) {
            HttpResponse<String> found =
                    http.get("/api/v1/stock/check?q=" + typed, "Authorization", DemoUsers.basic(DemoUsers.WAREHOUSE));
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains("3×240"), typed + ": " + found.body());
        }
    }

    @Test
    void theEmbeddedDatabaseAnswersAndOnlyTheLogSaysWhichItIs() throws IOException {
        JsonObject health = Http.json(http.get("/health/ready"));
        assertEquals("UP", health.getString("status"));
        assertFalse(health.toString().contains("H2"), "anonymous callers learn UP or DOWN only: " + health);
        assertTrue(
                Files.readString(log).lines().anyMatch(l -> l.contains("Schema at version") && l.contains(" on H2 ")),
                "the log names the engine at start");
    }

    @Test
    void everyApiReadAnswersWithoutAServerErrorForEveryDemoUser() {
        Crawl crawl = new Crawl(http.base());
        DemoUsers.CRAWLED.forEach(crawl::api);
        assertEquals(List.of(), crawl.findings());
        assertTrue(
                crawl.reached().getOrDefault(DemoUsers.ADMIN, 0) >= 30,
                crawl.reached().toString());
    }

    @Test
    void everyPageOfEveryMenuOpensCleanAndEveryTileCountsItsList(Browser browser) {
        Crawl crawl = new Crawl(http.base());
        DemoUsers.CRAWLED.forEach(login -> crawl.pages(browser, login));
        assertEquals(List.of(), crawl.findings());
        DemoUsers.CRAWLED.forEach(login -> assertTrue(
                crawl.reached().getOrDefault(login, 0) >= 3, login + " opened too few pages: " + crawl.reached()));
        assertTrue(crawl.tilesWithItems() >= 5, "tiles that counted something: " + crawl.tilesWithItems());
    }

    @Test
    void theFirstWarningScanRunsAtStartSoTheRedListIsNotEmpty() throws InterruptedException {
        // nobody asks for a scan here: the server's own first scan fills the red list from the demo data
        JsonArray red = JsonValue.EMPTY_JSON_ARRAY;
        for (int i = 0; i < 30 && red.isEmpty(); i++) {
            red = (JsonArray)
                    Http.parse(http.get("/api/v1/alerts/red", "Authorization", DemoUsers.basic(DemoUsers.SUPERVISOR))
                            .body());
            if (red.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        assertFalse(red.isEmpty(), "the demo data has red items, and the first scan has listed them");
    }

    /** H2 counts what MariaDB counts: the unit table's red items per kind are the ones the scan lists red. */
    @Test
    void theSupervisorsUnitTableCountsWhatTheScanListsRed() {
        assertEquals(
                200,
                AlertScans.now(() -> http.send(HttpRequest.newBuilder(http.resolve("/api/v1/alerts/scan"))
                                .header("Authorization", DemoUsers.basic(DemoUsers.ADMIN))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build()))
                        .statusCode());
        Map<String, Map<String, Long>> listed = ((JsonArray) Http.parse(
                        http.get("/api/v1/alerts/red", "Authorization", DemoUsers.basic(DemoUsers.SUPERVISOR))
                                .body()))
                .getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.groupingBy(
                                r -> r.getString("unit"),
                                Collectors.groupingBy(r -> r.getString("type"), Collectors.counting())));
        Http supervisor = new Http(http.base());
        supervisor.signInOnPage(DemoUsers.SUPERVISOR, DemoUsers.PASSWORD);
        Map<String, List<Integer>> table =
                UnitOverview.read(supervisor.get("/index.xhtml").body());
        assertFalse(table.isEmpty());
        long red = 0;
        for (Map.Entry<String, List<Integer>> unit : table.entrySet()) {
            Map<String, Long> kinds = listed.getOrDefault(unit.getKey(), Map.of());
            assertEquals(
                    List.of(
                            kinds.getOrDefault("DELIVERY", 0L).intValue(),
                            kinds.getOrDefault("PERMIT", 0L).intValue(),
                            kinds.getOrDefault("MILESTONE", 0L).intValue()),
                    List.of(
                            unit.getValue().get(UnitOverview.RED_DELIVERIES),
                            unit.getValue().get(UnitOverview.RED_PERMITS),
                            unit.getValue().get(UnitOverview.RED_MILESTONES)),
                    unit.getKey() + ": " + kinds);
            red += unit.getValue().get(UnitOverview.RED_DELIVERIES)
                    + unit.getValue().get(UnitOverview.RED_PERMITS)
                    + unit.getValue().get(UnitOverview.RED_MILESTONES);
        }
        assertTrue(red >= 1, "the demo data has red items of these kinds: " + table);
    }

    @Test
    void aProjectAcceptedTodayIsGreenOnItsFirstDay() {
        String body = """
                {"customerName":"首日测试客户","unit":"WC","areaType":"URBAN","capacityKw":80,"voltageKv":0.4,
                 "dualSupply":false,"smallMicroEnterprise":false,"residential":false,"acceptedOn":"%s",
                 "needsSupportingWorks":false,"threeStepVariant":false}""".formatted(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.resolve("/api/v1/projects"))
                .header("Authorization", DemoUsers.basic(DemoUsers.MANAGER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject project = Http.json(created);
        project.getJsonArray("clocks")
                .getValuesAs(JsonObject.class)
                .forEach(clock -> assertEquals("ON_TRACK", clock.getString("status"), "day 0 of " + clock));
    }

    private static HttpResponse<String> post(String path, String user, String json) {
        return http.send(HttpRequest.newBuilder(http.resolve(path))
                .header("Authorization", DemoUsers.basic(user))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static JsonObject created(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Http.json(response);
    }

    /**
     * Issue 22 on H2: a short arrival with its shortfall written off (the transfer's CHECK), and a delivery signed
     * with a drawn signature kept in a BLOB and served back as the PNG it was.
     */
    @Test
    void aShortArrivalIsWrittenOffAndADrawnSignatureIsKeptOnTheEmbeddedDatabase() {
        String cable = "500100002";
        created(
                post(
                        "/api/v1/stock/movements",
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"RECEIPT\",\"material\":\"" + cable
                                + "\",\"warehouse\":\"WH-WC\",\"quantity\":30}"),
                201);
        long transfer = created(
                        post(
                                "/api/v1/stock/movements",
                                DemoUsers.WAREHOUSE,
                                "{\"type\":\"TRANSFER_OUT\",\"material\":\"" + cable
                                        + "\",\"warehouse\":\"WH-WC\",\"toWarehouse\":\"WH-LX\",\"quantity\":10}"),
                        201)
                .getJsonObject("movement")
                .getJsonNumber("transfer")
                .longValue();
        String path = "/api/v1/stock/transfers/" + transfer;
        created(post(path + "/arrivals", DemoUsers.WAREHOUSE_LX, "{\"quantity\":7}"), 201);
        JsonObject written = created(
                post(path + "/write-offs", DemoUsers.WAREHOUSE_LX, "{\"quantity\":3,\"reason\":\"途中损坏\"}"), 201);
        JsonObject t = written.getJsonObject("transfer");
        assertEquals(
                List.of(7, 3, 0, "RECEIVED"),
                List.of(t.getInt("received"), t.getInt("writtenOff"), t.getInt("outstanding"), t.getString("status")));
        assertEquals(-3, written.getJsonObject("movement").getInt("deltaInTransit"));

        String body = """
                {"customerName":"签名测试客户","unit":"WC","areaType":"URBAN","capacityKw":630,"voltageKv":10,
                 "acceptedOn":"%s","needsSupportingWorks":true}""".formatted(
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(5));
        long project = created(post("/api/v1/projects", DemoUsers.MANAGER, body), 201)
                .getJsonNumber("id")
                .longValue();
        long request = created(
                        post(
                                "/api/v1/projects/" + project + "/material-requests",
                                DemoUsers.MANAGER,
                                "{\"lines\":[{\"material\":\"" + cable + "\",\"quantity\":5}]}"),
                        201)
                .getJsonNumber("id")
                .longValue();
        String base = "/api/v1/material-requests/" + request;
        created(post(base + "/dispatch", DemoUsers.WAREHOUSE, "{}"), 200);
        String signature = java.util.Base64.getEncoder()
                .encodeToString(org.gridworks.requests.SignaturePngTest.drawn(600, 200, true));
        assertEquals(
                "DELIVERED",
                created(
                                post(
                                        base + "/deliver",
                                        DemoUsers.WAREHOUSE,
                                        "{\"signedBy\":\"陈师傅\",\"signature\":\"" + signature + "\"}"),
                                200)
                        .getString("status"));
        JsonObject note =
                Http.json(http.get(base + "/delivery-note", "Authorization", DemoUsers.basic(DemoUsers.MANAGER)));
        long id = note.getJsonArray("signings")
                .getJsonObject(0)
                .getJsonNumber("signature")
                .longValue();
        HttpResponse<String> image =
                http.get(base + "/signatures/" + id, "Authorization", DemoUsers.basic(DemoUsers.MANAGER));
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
    }

    @Test
    void keepsItsDataInTheNamedFolder() {
        Path file = Path.of("target", "embedded-it", "data", "gridworks.mv.db");
        assertTrue(Files.isRegularFile(file), "the H2 file lives in GRIDWORKS_DATA_DIR: " + file);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The public lookup's throttle counts with MySQL's upsert (ON DUPLICATE KEY UPDATE): H2's MySQL mode takes it. */
    @Test
    void aCustomerLooksUpTheirApplicationOnTheEmbeddedDatabase() {
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(http.resolve("/api/v1/projects"))
                .header("Authorization", DemoUsers.basic(DemoUsers.MANAGER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerName\":\"嵌入式查询\",\"contactPhone\":"
                        + "\"13905797788\",\"areaType\":\"URBAN\",\"capacityKw\":50,\"voltageKv\":0.4,"
                        + "\"acceptedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        + "\",\"needsSupportingWorks\":false}"))
                .build());
        assertEquals(201, made.statusCode(), made.body());
        String number = Http.json(made).getString("number");
        HttpResponse<String> wrong = http.get("/api/v1/public/progress?number=" + number + "&phone4=7789");
        assertEquals(404, wrong.statusCode(), wrong.body());
        HttpResponse<String> found = http.get("/api/v1/public/progress?number=" + number + "&phone4=7788");
        assertEquals(200, found.statusCode(), found.body());
        assertEquals(number, Http.json(found).getString("number"));
        assertEquals(200, http.get("/public/standards.xhtml?lang=en").statusCode());
    }
    /** Open grid capacity on H2: the demo rows are published, and an import updates one of them and adds another. */
    @Test
    void aCapacityWorkbookIsImportedAndPublishedOnTheEmbeddedDatabase() {
        HttpResponse<String> before = http.get("/api/v1/public/capacity", "Accept-Language", "en");
        assertEquals(200, before.statusCode(), before.body());
        assertTrue(before.body().contains("10kV 西关线"), "the demo figures: " + before.body());
        byte[] workbook = org.gridworks.capacity.CapacityWorkbooks.of(
                new Object[] {"110kV 城西变", "10kV 西关线", 10, "WC", 0, "2026-11-02"},
                new Object[] {"110kV 嵌入式变", null, 110, "婺城供电分公司", 30000, "2026-11-02"});
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(http.resolve("/api/v1/grid-capacity.xlsx"))
                .header("Authorization", DemoUsers.basic(DemoUsers.ADMIN))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook))
                .build());
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, Http.json(imported).getInt("created"), imported.body());
        assertEquals(1, Http.json(imported).getInt("changed"), imported.body());
        HttpResponse<String> after = http.get("/api/v1/public/capacity", "Accept-Language", "en");
        List<String> wucheng = Http.json(after).getJsonArray("districts").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("unit").equals("WC"))
                .flatMap(d -> d.getJsonArray("rows").getValuesAs(JsonObject.class).stream())
                .map(r -> r.getString("substation") + "/" + (r.isNull("feeder") ? "-" : r.getString("feeder")) + " "
                        + r.getString("level"))
                .toList();
        assertTrue(wucheng.contains("110kV 城西变/10kV 西关线 NONE"), wucheng.toString());
        assertTrue(wucheng.contains("110kV 嵌入式变/- PLENTY"), wucheng.toString());
        HttpResponse<String> page = http.get("/public/capacity.xhtml?lang=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("110kV 嵌入式变"), "on the public page");
    }

    /** The label sheet's reserve-list query and the picking list's query run on H2's MySQL mode too (issue 22). */
    @Test
    void aWarehousesLabelSheetAndPickingListOpenOnTheEmbeddedDatabase() {
        Http keeper = new Http(http.base());
        keeper.signInOnPage(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        HttpResponse<String> labels = keeper.get("/stock/labels.xhtml?warehouse=WH-WC");
        assertEquals(200, labels.statusCode(), labels.body());
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("id=\"labels\" data-count=\"(\\d+)\"")
                .matcher(labels.body());
        assertTrue(count.find(), labels.body());
        assertTrue(Integer.parseInt(count.group(1)) > 0, "the demo reserve list of WH-WC has materials");
        HttpResponse<String> picking = keeper.get("/requests/picking.xhtml?warehouse=WH-WC");
        assertEquals(200, picking.statusCode(), picking.body());
        assertTrue(picking.body().contains("id=\"picking-lines\""), "the demo requests give Wucheng lines to pick");
        assertEquals(
                200, keeper.get("/stock/qr?material=500100002&warehouse=WH-WC").statusCode());
    }
}
