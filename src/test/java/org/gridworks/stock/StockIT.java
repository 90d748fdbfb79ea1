package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The stock ledger through the API on the real database: concurrency, retries, transfers, refusals; and the
 * reserve list's Excel import (all or nothing, row-by-row report) and export.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockIT {

    private static final String WC = "WH-WC";
    private static final String LX = "WH-LX";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private URI base() {
        return Http.loopback(deploymentUrl);
    }

    private StockApi api() {
        return new StockApi(base());
    }

    private static String issue(String key, String material, int quantity) {
        return "{\"idempotencyKey\":\"" + key + "\",\"type\":\"ISSUE\",\"material\":\"" + material
                + "\",\"warehouse\":\"" + WC + "\",\"quantity\":" + quantity + ",\"reason\":\"并发测试\"}";
    }

    /**
     * 16 people issue 50 times each from 700 in stock, every fifth request retried with its key: exactly 700 are
     * posted, 100 refused as "not enough", no retry posts twice, and the balance ends at 0 and equals the ledger.
     */
    @Test
    void sixteenPeopleIssuingAtOnceNeitherLoseNorInventStock() throws Exception {
        StockApi setup = api();
        String material = setup.newMaterial("并发物资");
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
                StockApi api = api();
                for (int i = 0; i < 50; i++) {
                    String key = run + "-" + thread + "-" + i;
                    HttpResponse<String> first = api.post(DemoUsers.WAREHOUSE, issue(key, material, 1));
                    if (first.statusCode() == 201) {
                        JsonObject body = Http.json(first);
                        long id = body.getJsonObject("movement")
                                .getJsonNumber("id")
                                .longValue();
                        if (!movements.add(id) || body.getBoolean("replayed")) {
                            wrong.add("first attempt answered an old movement: " + first.body());
                        }
                        posted.incrementAndGet();
                        if (i % 5 == 0) {
                            HttpResponse<String> retry = api.post(DemoUsers.WAREHOUSE, issue(key, material, 1));
                            JsonObject again = Http.json(retry);
                            if (retry.statusCode() != 201
                                    || !again.getBoolean("replayed")
                                    || again.getJsonObject("movement")
                                                    .getJsonNumber("id")
                                                    .longValue()
                                            != id) {
                                wrong.add("retry of " + key + ": " + retry.body());
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
        JsonObject balance = setup.stock(material, WC);
        JsonArray ledger = setup.ledger(material, WC);
        assertAll(
                () -> assertEquals(700, posted.get(), "as many issues as there was stock"),
                () -> assertEquals(100, refused.get(), "the rest refused"),
                () -> assertEquals(0, balance.getInt("onHand")),
                () -> assertEquals(701, ledger.size(), "one receipt and 700 issues, no duplicate"),
                () -> assertEquals(
                        0,
                        ledger.getValuesAs(JsonObject.class).stream()
                                .mapToInt(m -> m.getInt("deltaOnHand"))
                                .sum(),
                        "the ledger adds up to the balance"));
        LedgerChecks.assertEveryBalanceEqualsItsLedger();
    }

    /** The same key sent by eight threads at the same moment is posted once, and all eight get that posting. */
    @Test
    void aKeySentSeveralTimesAtOnceIsPostedOnce() throws Exception {
        StockApi setup = api();
        String material = setup.newMaterial("重试物资");
        setup.receipt(DemoUsers.WAREHOUSE, material, WC, 10);
        String key = "same-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> api().post(DemoUsers.WAREHOUSE, issue(key, material, 3))));
        }
        Set<Long> ids = new java.util.HashSet<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
            assertEquals(201, response.statusCode(), response.body());
            ids.add(Http.json(response)
                    .getJsonObject("movement")
                    .getJsonNumber("id")
                    .longValue());
        }
        pool.shutdown();
        assertEquals(1, ids.size(), "one movement for one key");
        assertEquals(7, setup.stock(material, WC).getInt("onHand"));
        HttpResponse<String> reused = setup.post(DemoUsers.WAREHOUSE, issue(key, material, 4));
        assertEquals(409, reused.statusCode(), "the key with a different request");
        assertTrue(Http.json(reused).getString("error").contains("different"), reused.body());
    }

    @Test
    void aTransferMovesStockThroughInTransitToTheTargetAndTheLedgerExplainsEachStep() {
        StockApi api = api();
        String material = api.newMaterial("调拨物资");
        api.receipt(DemoUsers.WAREHOUSE, material, WC, 50);
        String lanxi = api.newKeeper("LX");

        HttpResponse<String> out = api.post(
                DemoUsers.WAREHOUSE,
                "{\"type\":\"TRANSFER_OUT\",\"material\":\"" + material
                        + "\",\"warehouse\":\"WH-WC\",\"toWarehouse\":\"WH-LX\",\"quantity\":20}");
        assertEquals(201, out.statusCode(), out.body());
        long transfer = Http.json(out)
                .getJsonObject("movement")
                .getJsonNumber("transfer")
                .longValue();
        assertEquals(30, api.stock(material, WC).getInt("onHand"));
        assertEquals(20, api.stock(material, LX).getInt("inTransit"), "on its way");
        assertEquals(0, api.stock(material, LX).getInt("onHand"));

        String arrival = "{\"type\":\"TRANSFER_IN\",\"transfer\":" + transfer + "}";
        assertEquals(403, api.post(DemoUsers.WAREHOUSE, arrival).statusCode(), "only the target records the arrival");
        HttpResponse<String> in = api.send("POST", "/api/v1/stock/movements", lanxi, PASSWORD, arrival);
        assertEquals(201, in.statusCode(), in.body());
        assertEquals(
                409,
                api.send("POST", "/api/v1/stock/movements", lanxi, PASSWORD, arrival)
                        .statusCode(),
                "an arrival is recorded once");

        JsonObject target = api.stock(material, LX);
        assertEquals(List.of(20, 0), List.of(target.getInt("onHand"), target.getInt("inTransit")));
        assertEquals(List.of("RECEIPT +50 = 50", "TRANSFER_OUT -20 = 30"), explain(api.ledger(material, WC)));
        assertEquals(
                List.of("TRANSFER_OUT transit +20 = 0/20", "TRANSFER_IN +20 transit -20 = 20/0"),
                explainTarget(api.ledger(material, LX)));
    }

    /**
     * 10 sent, 7 arrive: the 3 missing stay in transit at the target until written off with a reason; the ledger
     * explains every unit (out at the source, in transit, 7 on the shelves, 3 written off) and bad figures change
     * nothing.
     */
    @Test
    void aShortArrivalKeepsTheShortfallInTransitUntilItIsWrittenOffAndTheLedgerExplainsEveryUnit() throws Exception {
        StockApi api = api();
        String material = api.newMaterial("短缺物资");
        api.receipt(DemoUsers.WAREHOUSE, material, WC, 30);
        String lanxi = api.newKeeper("LX");
        long transfer = transferOut(api, material, 10);
        String path = "/api/v1/stock/transfers/" + transfer;

        List<String> wrong = new ArrayList<>();
        for (String bad : List.of("{\"quantity\":0}", "{\"quantity\":-2}", "{\"quantity\":11}")) {
            HttpResponse<String> refused = api.send("POST", path + "/arrivals", lanxi, PASSWORD, bad);
            if (refused.statusCode() != 400
                    || !"quantity".equals(Http.json(refused).getString("field", ""))
                    || refused.body().contains("Exception")) {
                wrong.add(bad + " → " + refused.statusCode() + " " + refused.body());
            }
        }
        assertEquals(List.of(), wrong);
        HttpResponse<String> tooMany = api.send("POST", path + "/arrivals", lanxi, PASSWORD, "{\"quantity\":11}");
        assertEquals(
                "The quantity cannot be more than the 10 still in transit.",
                Http.json(tooMany).getString("error"));
        assertEquals(
                403,
                api.send("POST", path + "/arrivals", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, "{\"quantity\":7}")
                        .statusCode(),
                "the sender does not record the arrival");

        int sent = version(api, transfer);
        HttpResponse<String> seven = api.send(
                "POST",
                path + "/arrivals",
                lanxi,
                PASSWORD,
                "{\"idempotencyKey\":\"arr-" + transfer + "\",\"quantity\":7,\"version\":" + sent + "}");
        assertEquals(201, seven.statusCode(), seven.body());
        JsonObject afterSeven = Http.json(seven);
        assertEquals(
                List.of(7, 0, 3, "IN_TRANSIT"),
                List.of(
                        afterSeven.getJsonObject("transfer").getInt("received"),
                        afterSeven.getJsonObject("transfer").getInt("writtenOff"),
                        afterSeven.getJsonObject("transfer").getInt("outstanding"),
                        afterSeven.getJsonObject("transfer").getString("status")));
        assertEquals(
                List.of(7, 3),
                List.of(
                        afterSeven.getJsonObject("balance").getInt("onHand"),
                        afterSeven.getJsonObject("balance").getInt("inTransit")));

        String writeOff = path + "/write-offs";
        assertEquals(
                "reason",
                Http.json(api.send("POST", writeOff, lanxi, PASSWORD, "{\"quantity\":3}"))
                        .getString("field"));
        assertEquals(
                "quantity",
                Http.json(api.send("POST", writeOff, lanxi, PASSWORD, "{\"quantity\":4,\"reason\":\"途中损坏\"}"))
                        .getString("field"));
        assertEquals(
                409,
                api.send(
                                "POST",
                                writeOff,
                                lanxi,
                                PASSWORD,
                                "{\"quantity\":3,\"reason\":\"途中损坏\",\"version\":" + sent + "}")
                        .statusCode(),
                "written off on a transfer as it was before the arrival: stale");
        HttpResponse<String> lost = api.send(
                "POST",
                writeOff,
                lanxi,
                PASSWORD,
                "{\"quantity\":3,\"reason\":\"途中损坏\",\"version\":"
                        + afterSeven.getJsonObject("transfer").getInt("version") + "}");
        assertEquals(201, lost.statusCode(), lost.body());
        assertEquals("RECEIVED", Http.json(lost).getJsonObject("transfer").getString("status"));
        assertEquals(
                409,
                api.send("POST", path + "/arrivals", lanxi, PASSWORD, "{}").statusCode(),
                "nothing is left to arrive");

        JsonObject target = api.stock(material, LX);
        assertEquals(List.of(7, 0), List.of(target.getInt("onHand"), target.getInt("inTransit")));
        assertEquals(20, api.stock(material, WC).getInt("onHand"));
        assertEquals(List.of("RECEIPT +30 = 30", "TRANSFER_OUT -10 = 20"), explain(api.ledger(material, WC)));
        JsonArray ledger = api.ledger(material, LX);
        assertEquals(
                List.of(
                        "TRANSFER_OUT transit +10 = 0/10",
                        "TRANSFER_IN +7 transit -7 = 7/3",
                        "ADJUSTMENT transit -3 = 7/0"),
                explainTarget(ledger));
        JsonObject adjustment = ledger.getJsonObject(2);
        assertEquals(
                List.of("途中损坏", transfer, 3L, "WH-WC"),
                List.of(
                        adjustment.getString("reason"),
                        adjustment.getJsonNumber("transfer").longValue(),
                        adjustment.getJsonNumber("quantity").longValue(),
                        adjustment.getString("counterpart")));
        HttpResponse<String> read = api.send("GET", path, DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null);
        assertEquals(
                List.of(10, 7, 3, 0),
                List.of(
                        Http.json(read).getInt("quantity"),
                        Http.json(read).getInt("received"),
                        Http.json(read).getInt("writtenOff"),
                        Http.json(read).getInt("outstanding")));
        String openapi = api.send("GET", "/openapi", DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null)
                .body();
        assertTrue(
                openapi.contains("/api/v1/stock/transfers/{id}/arrivals")
                        && openapi.contains("/api/v1/stock/transfers/{id}/write-offs")
                        && openapi.contains("/api/v1/material-requests/{id}/signatures/{signature}")
                        && openapi.contains("/api/v1/material-requests/{id}/delivery-note"),
                "the new actions are documented");
        LedgerChecks.assertEveryBalanceEqualsItsLedger();
    }

    /**
     * Two receivers record the same truck at the same moment, each for the 7 that came, from the transfer as they
     * both saw it: one arrival counts, the other is told the transfer changed; eight retries of one key post once.
     */
    @Test
    void twoReceiversRecordingTheSameArrivalAtOnceCountItOnce() throws Exception {
        StockApi setup = api();
        String material = setup.newMaterial("并发到货物资");
        setup.receipt(DemoUsers.WAREHOUSE, material, WC, 20);
        String first = setup.newKeeper("LX");
        String second = setup.newKeeper("LX");
        long transfer = transferOut(setup, material, 10);
        String path = "/api/v1/stock/transfers/" + transfer + "/arrivals";
        int seen = version(setup, transfer);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String who = i % 2 == 0 ? first : second;
            answers.add(pool.submit(
                    () -> api().send("POST", path, who, PASSWORD, "{\"quantity\":7,\"version\":" + seen + "}")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            statuses.add(answer.get(2, TimeUnit.MINUTES).statusCode());
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());

        String key = "same-arrival-" + UUID.randomUUID();
        List<Future<HttpResponse<String>>> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            retries.add(pool.submit(() ->
                    api().send("POST", path, first, PASSWORD, "{\"idempotencyKey\":\"" + key + "\",\"quantity\":2}")));
        }
        Set<Long> movements = new java.util.HashSet<>();
        for (Future<HttpResponse<String>> retry : retries) {
            HttpResponse<String> response = retry.get(2, TimeUnit.MINUTES);
            assertEquals(201, response.statusCode(), response.body());
            movements.add(Http.json(response)
                    .getJsonObject("movement")
                    .getJsonNumber("id")
                    .longValue());
        }
        pool.shutdown();
        assertEquals(1, movements.size(), "one movement for one key");
        JsonObject target = setup.stock(material, LX);
        assertEquals(List.of(9, 1), List.of(target.getInt("onHand"), target.getInt("inTransit")), "7 and 2 of 10");
        assertEquals(
                List.of(
                        "TRANSFER_OUT transit +10 = 0/10",
                        "TRANSFER_IN +7 transit -7 = 7/3",
                        "TRANSFER_IN +2 transit -2 = 9/1"),
                explainTarget(setup.ledger(material, LX)));
        LedgerChecks.assertEveryBalanceEqualsItsLedger();
    }

    /** The transfer's version as a receiver's page or client reads it before recording the arrival. */
    private static int version(StockApi api, long transfer) {
        HttpResponse<String> read =
                api.send("GET", "/api/v1/stock/transfers/" + transfer, DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null);
        assertEquals(200, read.statusCode(), read.body());
        return Http.json(read).getInt("version");
    }

    /** Sends {@code quantity} from Wucheng to Lanxi; answers the transfer's id. */
    private static long transferOut(StockApi api, String material, int quantity) {
        HttpResponse<String> out = api.post(
                DemoUsers.WAREHOUSE,
                "{\"type\":\"TRANSFER_OUT\",\"material\":\"" + material
                        + "\",\"warehouse\":\"WH-WC\",\"toWarehouse\":\"WH-LX\",\"quantity\":" + quantity + "}");
        assertEquals(201, out.statusCode(), out.body());
        return Http.json(out)
                .getJsonObject("movement")
                .getJsonNumber("transfer")
                .longValue();
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        StockApi api = api();
        String material = api.newMaterial("校验物资");
        api.receipt(DemoUsers.WAREHOUSE, material, WC, 5);
        String m = "\"material\":\"" + material + "\"";
        record Case(String user, String json, int status, String field) {}
        List<Case> cases = List.of(
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"ISSUE\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":0,\"reason\":\"x\"}",
                        400,
                        "quantity"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"RECEIPT\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":-3}",
                        400,
                        "quantity"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"RECEIPT\"," + m + ",\"warehouse\":\"WH-WC\"}",
                        400,
                        "quantity"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"RECEIPT\",\"material\":\"NO-SUCH\",\"warehouse\":\"WH-WC\",\"quantity\":1}",
                        400,
                        "material"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"RECEIPT\"," + m + ",\"warehouse\":\"WH-XX\",\"quantity\":1}",
                        400,
                        "warehouse"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"LOAN\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":1}",
                        400,
                        "type"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"ADJUSTMENT\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":-1}",
                        400,
                        "reason"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"ISSUE\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":1}",
                        400,
                        "project"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"ISSUE\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":6,\"reason\":\"x\"}",
                        409,
                        null),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"ADJUSTMENT\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":-6,\"reason\":\"盘亏\"}",
                        409,
                        null),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"TRANSFER_OUT\"," + m
                                + ",\"warehouse\":\"WH-WC\",\"toWarehouse\":\"WH-WC\",\"quantity\":1}",
                        400,
                        "toWarehouse"),
                new Case(
                        DemoUsers.WAREHOUSE,
                        "{\"type\":\"RECEIPT\"," + m + ",\"warehouse\":\"WH-LX\",\"quantity\":1}",
                        403,
                        null),
                new Case(
                        DemoUsers.CLERK,
                        "{\"type\":\"RECEIPT\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":1}",
                        403,
                        null),
                new Case(
                        DemoUsers.SUPERVISOR,
                        "{\"type\":\"RECEIPT\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":1}",
                        403,
                        null));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = api.post(c.user(), c.json());
            JsonObject body = Http.json(response);
            String field = body.containsKey("field") ? body.getString("field") : null;
            if (response.statusCode() != c.status()
                    || (c.field() != null && !c.field().equals(field))
                    || body.getString("error").isBlank()
                    || response.body().contains("Exception")) {
                wrong.add(c.json() + " → " + response.statusCode() + " " + response.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(5, api.stock(material, WC).getInt("onHand"), "nothing changed");
        assertEquals(1, api.ledger(material, WC).size());
        HttpResponse<String> short6 = api.post(
                DemoUsers.WAREHOUSE,
                "{\"type\":\"ISSUE\"," + m + ",\"warehouse\":\"WH-WC\",\"quantity\":6,\"reason\":\"x\"}");
        assertTrue(Http.json(short6).getString("error").contains("only 5"), short6.body());
    }

    @Test
    void aGoodWorkbookSetsTheLevelsABadOneIsRefusedRowByRowAndChangesNothing() throws Exception {
        StockApi api = api();
        String material = api.newMaterial("定额物资");
        HttpResponse<byte[]> good = api.bytes(
                "PUT",
                "/api/v1/stock/reserve-list",
                DemoUsers.WAREHOUSE,
                ReserveListWorkbookTest.workbook(new Object[] {material, "WH-WC", 10, 30}));
        assertEquals(200, good.statusCode(), new String(good.body(), StandardCharsets.UTF_8));
        assertEquals(1, json(good).getInt("created"));
        JsonObject level = api.stock(material, WC);
        assertEquals(List.of(10, 30), List.of(level.getInt("reserveLevel"), level.getInt("ceiling")));

        HttpResponse<byte[]> bad = api.bytes(
                "PUT",
                "/api/v1/stock/reserve-list",
                DemoUsers.WAREHOUSE,
                ReserveListWorkbookTest.workbook(
                        new Object[] {material, "WH-WC", 20, 40}, // fine on its own
                        new Object[] {material, "WH-LX", 5, 10}, // another unit's warehouse
                        new Object[] {"NO-SUCH-CODE", "WH-WC", 1, 2}, // unknown material
                        new Object[] {material, "WH-JD", -1, 5}, // negative
                        new Object[] {material, "WH-PJ", 10, 5})); // ceiling below the level
        assertEquals(400, bad.statusCode());
        JsonObject report = json(bad);
        assertTrue(report.getString("error").contains("nothing was imported"), report.toString());
        assertEquals(
                List.of("3B", "4A", "5C", "6D"),
                report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getInt("row") + p.getString("column"))
                        .toList());
        level = api.stock(material, WC);
        assertEquals(
                List.of(10, 30),
                List.of(level.getInt("reserveLevel"), level.getInt("ceiling")),
                "the good row was not imported either");

        HttpResponse<byte[]> notExcel = api.bytes(
                "PUT",
                "/api/v1/stock/reserve-list",
                DemoUsers.WAREHOUSE,
                "%PDF-1.4 not a workbook".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notExcel.statusCode());
        assertTrue(json(notExcel)
                .getJsonArray("problems")
                .getJsonObject(0)
                .getString("error")
                .contains("not an Excel file"));
        assertEquals(
                403,
                api.bytes(
                                "PUT",
                                "/api/v1/stock/reserve-list",
                                DemoUsers.MANAGER,
                                ReserveListWorkbookTest.workbook(new Object[] {material, "WH-WC", 1, 2}))
                        .statusCode());

        HttpResponse<byte[]> export =
                api.bytes("GET", "/api/v1/stock/reserve-list.xlsx?lang=en", DemoUsers.SUPERVISOR, null);
        assertEquals(200, export.statusCode());
        try (org.apache.poi.ss.usermodel.Workbook workbook =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(export.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Material code", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (material.equals(row.getCell(0).getStringCellValue())
                        && "WH-WC".equals(row.getCell(1).getStringCellValue())) {
                    found = row.getCell(2).getNumericCellValue() == 10
                            && row.getCell(3).getNumericCellValue() == 30;
                }
            }
            assertTrue(found, "the exported list has the imported level");
            assertTrue(sheet.getLastRowNum() > 400, "and the demo reserve list: " + sheet.getLastRowNum());
        }
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        return (JsonObject) Http.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static final String PASSWORD = StockApi.KEEPER_PASSWORD;

    private static List<String> explain(JsonArray ledger) {
        return ledger.getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("type") + " " + (m.getInt("deltaOnHand") > 0 ? "+" : "") + m.getInt("deltaOnHand")
                        + " = " + m.getInt("onHandAfter"))
                .toList();
    }

    private static List<String> explainTarget(JsonArray ledger) {
        return ledger.getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("type")
                        + (m.getInt("deltaOnHand") != 0 ? " +" + m.getInt("deltaOnHand") : "")
                        + " transit " + (m.getInt("deltaInTransit") > 0 ? "+" : "") + m.getInt("deltaInTransit")
                        + " = " + m.getInt("onHandAfter") + "/" + m.getInt("inTransitAfter"))
                .toList();
    }
}
