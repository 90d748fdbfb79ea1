package org.gridworks.requests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridworks.identity.SignInPage;
import org.gridworks.stock.LedgerChecks;
import org.gridworks.stock.StockApi;
import org.gridworks.testing.Browser;
import org.gridworks.testing.BrowserExtension;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Material requests through the API (due dates, sourcing, reservations, races, the lifecycle and the milestone)
 * and in the browser (a manager's request, the warehouse's delivery board on a phone).
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class MaterialRequestsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private StockApi api() {
        return new StockApi(Http.loopback(deploymentUrl));
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Http.json(response);
    }

    /** A Wucheng project needing supporting works, accepted on the day given, with its milestone plan. */
    private long project(StockApi api, String acceptedOn) {
        long id = json(
                        api.send(
                                "POST",
                                "/api/v1/projects",
                                DemoUsers.MANAGER,
                                DemoUsers.PASSWORD,
                                "{\"customerName\":\"领料测试客户\",\"areaType\":\"URBAN\",\"capacityKw\":630,\"voltageKv\":10,"
                                        + "\"acceptedOn\":\"" + acceptedOn + "\",\"needsSupportingWorks\":true}"),
                        201)
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> plan =
                api.send("POST", "/api/v1/projects/" + id + "/milestones", DemoUsers.MANAGER, DemoUsers.PASSWORD, "");
        assertEquals(201, plan.statusCode(), plan.body());
        return id;
    }

    private static String request(String requestedAt, String... materialAndQuantity) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < materialAndQuantity.length; i += 2) {
            lines.append(i == 0 ? "" : ",")
                    .append("{\"material\":\"")
                    .append(materialAndQuantity[i])
                    .append("\",\"quantity\":")
                    .append(materialAndQuantity[i + 1])
                    .append('}');
        }
        return "{\"requestedAt\":\"" + requestedAt + "\",\"lines\":[" + lines + "]}";
    }

    private HttpResponse<String> create(StockApi api, long project, String body) {
        return api.send(
                "POST",
                "/api/v1/projects/" + project + "/material-requests",
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                body);
    }

    private HttpResponse<String> act(
            StockApi api, long request, String action, String user, String password, String body) {
        return api.send("POST", "/api/v1/material-requests/" + request + "/" + action, user, password, body);
    }

    @Test
    void aRequestOnTheFridayBeforeNationalDayIsDueTheTuesdayAfterAndReservesTheStock() {
        StockApi api = api();
        String material = api.newMaterial("节前领料");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 30);
        long project = project(api, "2024-09-02");
        JsonObject made = json(create(api, project, request("2024-09-27T16:30:00", material, "12")), 201);
        JsonObject line = made.getJsonArray("lines").getJsonObject(0);
        assertAll(
                () -> assertEquals("2024-10-08", made.getString("due")),
                () -> assertEquals("RESERVED", made.getString("status")),
                () -> assertEquals("WH-WC", line.getString("warehouse"), "the project's own warehouse"),
                () -> assertTrue(line.getBoolean("canMeetDue")));
        JsonObject stock = api.stock(material, "WH-WC");
        assertEquals(
                List.of(30, 12, 18),
                List.of(stock.getInt("onHand"), stock.getInt("reserved"), stock.getInt("available")));
    }

    @Test
    void aRequestOnlyAnotherCountysWarehouseCanMeetIsSourcedThereAndOneNoneCanMeetIsRedAtOnce() {
        StockApi api = api();
        String lanxi = api.newKeeper("LX");
        String panan = api.newKeeper("PA");
        String nearby = api.newMaterial("兰溪有货");
        String faraway = api.newMaterial("磐安有货");
        api.send(
                "POST",
                "/api/v1/stock/movements",
                lanxi,
                StockApi.KEEPER_PASSWORD,
                "{\"type\":\"RECEIPT\"," + "\"material\":\"" + nearby + "\",\"warehouse\":\"WH-LX\",\"quantity\":50}");
        api.send(
                "POST",
                "/api/v1/stock/movements",
                panan,
                StockApi.KEEPER_PASSWORD,
                "{\"type\":\"RECEIPT\"," + "\"material\":\"" + faraway + "\",\"warehouse\":\"WH-PA\",\"quantity\":5}");
        api.receipt(DemoUsers.WAREHOUSE, nearby, "WH-WC", 3); // not enough at home
        long project = project(api, "2024-09-02");

        JsonObject proposal = json(
                api.send(
                        "POST",
                        "/api/v1/projects/" + project + "/material-requests/proposal",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        request("2024-09-27T09:00:00", nearby, "10", faraway, "2")),
                200);
        JsonArray lines = proposal.getJsonArray("lines");
        assertAll(
                () -> assertEquals("WH-LX", lines.getJsonObject(0).getString("warehouse")),
                () -> assertTrue(lines.getJsonObject(0).getBoolean("canMeetDue"), "3 working days from Lanxi fit"),
                () -> assertEquals("WH-PA", lines.getJsonObject(1).getString("warehouse")),
                () -> assertEquals(false, lines.getJsonObject(1).getBoolean("canMeetDue"), "4 days from Pan'an"),
                () -> assertEquals("2024-10-09", proposal.getString("bestDate")),
                () -> assertEquals(false, proposal.getBoolean("canMeetDue")));
        assertEquals(0, api.stock(nearby, "WH-LX").getInt("reserved"), "a proposal reserves nothing");

        JsonObject made = json(create(api, project, request("2024-09-27T09:00:00", nearby, "10", faraway, "2")), 201);
        assertEquals("WH-LX", made.getJsonArray("lines").getJsonObject(0).getString("warehouse"));
        assertEquals(10, api.stock(nearby, "WH-LX").getInt("reserved"));

        // Lanxi's warehouse supplies one line: it sees that line only, and does not cancel the whole request;
        // Lanxi's project manager has nothing to do with another unit's request
        long id = made.getJsonNumber("id").longValue();
        JsonObject seenByLanxi =
                json(api.send("GET", "/api/v1/material-requests/" + id, lanxi, StockApi.KEEPER_PASSWORD, null), 200);
        assertEquals(1, seenByLanxi.getJsonArray("lines").size(), seenByLanxi.toString());
        assertEquals("WH-LX", seenByLanxi.getJsonArray("lines").getJsonObject(0).getString("warehouse"));
        assertEquals(
                403,
                act(api, id, "cancel", lanxi, StockApi.KEEPER_PASSWORD, "{}").statusCode());
        String lanxiManager = "lx-pm-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                api.send(
                                "POST",
                                "/api/v1/users",
                                DemoUsers.ADMIN,
                                DemoUsers.PASSWORD,
                                "{\"login\":\""
                                        + lanxiManager
                                        + "\",\"displayName\":\"兰溪项目经理\",\"unit\":\"LX\",\"roles\":[\"PROJECT_MANAGER\"],"
                                        + "\"password\":\"" + StockApi.KEEPER_PASSWORD + "\"}")
                        .statusCode());
        assertEquals(
                404,
                api.send("GET", "/api/v1/material-requests/" + id, lanxiManager, StockApi.KEEPER_PASSWORD, null)
                        .statusCode(),
                "a supplying unit's other roles do not see the request");
        assertEquals(10, api.stock(nearby, "WH-LX").getInt("reserved"), "the refused cancel released nothing");

        HttpResponse<String> none = create(api, project, request("2024-09-27T09:00:00", nearby, "500"));
        assertEquals(409, none.statusCode());
        assertTrue(Http.json(none).getString("error").contains("500"), none.body());
    }

    @Test
    void twoRequestsRacingForTheLastItemsCannotBothReserveThem() throws Exception {
        StockApi api = api();
        String material = api.newMaterial("抢料");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 10);
        long project = project(api, "2024-09-02");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> create(api(), project, request("2024-09-27T09:00:00", material, "4"))));
        }
        int made = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
            if (response.statusCode() == 201) {
                made++;
            } else {
                assertEquals(409, response.statusCode(), response.body());
            }
        }
        pool.shutdown();
        assertEquals(2, made, "10 in stock: two requests of 4, the others told at once");
        assertEquals(8, api.stock(material, "WH-WC").getInt("reserved"));
        JsonArray list = (JsonArray) Http.parse(api.send(
                        "GET",
                        "/api/v1/projects/" + project + "/material-requests",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        null)
                .body());
        assertEquals(2, list.size(), "a refused request leaves nothing behind");
        LedgerChecks.assertEveryBalanceEqualsItsLedger();
    }

    @Test
    void theLastSignedDeliveryCompletesMaterialsOnSite() throws Exception {
        StockApi api = api();
        String cable = api.newMaterial("电缆");
        String box = api.newMaterial("计量箱");
        api.receipt(DemoUsers.WAREHOUSE, cable, "WH-WC", 100);
        api.receipt(DemoUsers.WAREHOUSE, box, "WH-WC", 10);
        long project = project(api, "2024-09-02");
        JsonObject made = json(create(api, project, request("2024-09-27T09:00:00", cable, "60", box, "4")), 201);
        long id = made.getJsonNumber("id").longValue();
        String lanxi = api.newKeeper("LX");

        HttpResponse<String> early = act(
                api,
                id,
                "deliver",
                DemoUsers.WAREHOUSE,
                DemoUsers.PASSWORD,
                "{\"at\":\"2024-09-29T10:00:00\",\"signedBy\":\"李工\"}");
        assertEquals(409, early.statusCode(), "no signature before dispatch");
        assertEquals(
                404,
                act(api, id, "dispatch", lanxi, StockApi.KEEPER_PASSWORD, "{}").statusCode(),
                "another unit's warehouse, not sourcing it, does not even see it");
        assertEquals(
                403,
                act(api, id, "dispatch", DemoUsers.CLERK, DemoUsers.PASSWORD, "{}")
                        .statusCode(),
                "the unit's clerk sees it but does not dispatch");
        json(act(api, id, "pick", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, "{\"at\":\"2024-09-27T14:00:00\"}"), 200);
        json(
                act(api, id, "dispatch", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, "{\"at\":\"2024-09-29T08:30:00\"}"),
                200);
        JsonObject afterDispatch = api.stock(cable, "WH-WC");
        assertEquals(
                List.of(40, 0),
                List.of(afterDispatch.getInt("onHand"), afterDispatch.getInt("reserved")),
                "issued from the reservation");

        HttpResponse<String> unsigned =
                act(api, id, "deliver", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, "{\"at\":\"2024-09-30T10:00:00\"}");
        assertEquals(400, unsigned.statusCode());
        assertEquals("signedBy", Http.json(unsigned).getString("field"));
        JsonObject partial = json(
                act(
                        api,
                        id,
                        "deliver",
                        DemoUsers.WAREHOUSE,
                        DemoUsers.PASSWORD,
                        "{\"at\":\"2024-09-30T10:00:00\",\"signedBy\":\"李工\",\"lines\":[{\"material\":\"" + cable
                                + "\",\"quantity\":60}]}"),
                200);
        assertEquals("DISPATCHED", partial.getString("status"), "the meter boxes are still on their way");
        assertNull(milestoneActual(api, project));

        JsonObject done = json(
                act(
                        api,
                        id,
                        "deliver",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        "{\"at\":\"2024-10-08T16:00:00\",\"signedBy\":\"王经理\"}"),
                200);
        assertAll(
                () -> assertEquals("DELIVERED", done.getString("status")),
                () -> assertEquals(true, done.getBoolean("onTime"), "the last line arrived on the due day"),
                () -> assertEquals(0, done.getInt("lateWorkingDays")),
                () -> assertEquals(
                        4, done.getJsonArray("lines").getJsonObject(1).getInt("delivered")));
        assertEquals("2024-10-08", milestoneActual(api, project), "materials on site");
        assertEquals(
                409,
                act(api, id, "cancel", DemoUsers.MANAGER, DemoUsers.PASSWORD, "{\"reason\":\"x\"}")
                        .statusCode(),
                "closed");
        List<String> ledger = api.ledger(cable, "WH-WC").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("type"))
                .toList();
        assertEquals(List.of("RECEIPT", "RESERVATION", "ISSUE"), ledger);
    }

    /** A drawn signature as the phone's canvas sends it: a data URL of a PNG. */
    private static String signature(int width, int height) {
        return "data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(SignaturePngTest.drawn(width, height, true));
    }

    /**
     * 10 asked, Wucheng has 6 and Lanxi 8: no single warehouse has it, so the line is split (Wucheng's 6, Lanxi's
     * 4), each warehouse dispatches its part, the site signs twice with a drawn signature, and the request is late:
     * the line is delivered when its full quantity has arrived, the day after the due day, not on the first part's.
     */
    @Test
    void aLineNoWarehouseHasAloneIsSplitEachWarehouseDispatchesItsPartAndTheSiteSignsForItInParts() throws Exception {
        StockApi api = api();
        String lanxi = api.newKeeper("LX");
        String material = api.newMaterial("拆分领料");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 6);
        json(
                api.send(
                        "POST",
                        "/api/v1/stock/movements",
                        lanxi,
                        StockApi.KEEPER_PASSWORD,
                        "{\"type\":\"RECEIPT\",\"material\":\"" + material
                                + "\",\"warehouse\":\"WH-LX\",\"quantity\":8}"),
                201);
        long project = project(api, "2024-09-02");
        JsonObject proposal = json(
                api.send(
                        "POST",
                        "/api/v1/projects/" + project + "/material-requests/proposal",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        request("2024-09-27T09:00:00", material, "10")),
                200);
        assertEquals(List.of("WH-WC 6 2024-09-29 true", "WH-LX 4 2024-10-08 true"), lines(proposal));

        JsonObject made = json(create(api, project, request("2024-09-27T09:00:00", material, "10")), 201);
        long id = made.getJsonNumber("id").longValue();
        assertEquals(List.of("WH-WC 6 2024-09-29 true", "WH-LX 4 2024-10-08 true"), lines(made));
        assertEquals(
                List.of(6, 4),
                List.of(
                        api.stock(material, "WH-WC").getInt("reserved"),
                        api.stock(material, "WH-LX").getInt("reserved")));

        JsonObject wcSent = json(
                act(api, id, "dispatch", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, "{\"at\":\"2024-09-29T08:00:00\"}"),
                200);
        assertEquals("RESERVED", wcSent.getString("status"), "Lanxi's part is not on its way yet");
        assertEquals(
                409,
                act(api, id, "deliver", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, "{\"signedBy\":\"李工\"}")
                        .statusCode());
        JsonObject lxSent = json(
                act(api, id, "dispatch", lanxi, StockApi.KEEPER_PASSWORD, "{\"at\":\"2024-09-30T08:00:00\"}"), 200);
        assertEquals("DISPATCHED", lxSent.getString("status"));

        String seven = "{\"at\":\"2024-10-08T10:00:00\",\"signedBy\":\"李工\",\"lines\":[{\"material\":\"" + material
                + "\",\"quantity\":7}],\"signature\":\"";
        record Bad(String body, String field) {}
        List<String> wrong = new ArrayList<>();
        for (Bad bad : List.of(
                new Bad(seven + "data:image/png;base64,R0lGODlhAQABAAAAACw=\"}", "signature"),
                new Bad(seven + java.util.Base64.getEncoder().encodeToString(new byte[70_000]) + "\"}", "signature"),
                new Bad(seven + signature(2000, 200) + "\"}", "signature"),
                new Bad(seven.replace("\"quantity\":7", "\"quantity\":11") + signature(600, 200) + "\"}", "lines"),
                new Bad(seven.replace("\"quantity\":7", "\"quantity\":-1") + signature(600, 200) + "\"}", null),
                new Bad(seven.replace("\"quantity\":7", "\"quantity\":0") + signature(600, 200) + "\"}", null))) {
            HttpResponse<String> refused = act(api, id, "deliver", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, bad.body());
            JsonObject answer = Http.json(refused);
            if (refused.statusCode() != 400
                    || bad.field() != null && !bad.field().equals(answer.getString("field", ""))
                    || answer.getString("error").isBlank()
                    || refused.body().contains("Exception")) {
                wrong.add(bad.body().substring(0, Math.min(160, bad.body().length())) + " → " + refused.statusCode()
                        + " " + refused.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(
                "The signature image is too large: at most 60 KB.",
                Http.json(act(
                                api,
                                id,
                                "deliver",
                                DemoUsers.WAREHOUSE,
                                DemoUsers.PASSWORD,
                                seven + java.util.Base64.getEncoder().encodeToString(new byte[62_000]) + "\"}"))
                        .getString("error"));
        assertEquals(
                List.of(0, 0),
                json(
                                api.send(
                                        "GET",
                                        "/api/v1/material-requests/" + id,
                                        DemoUsers.MANAGER,
                                        DemoUsers.PASSWORD,
                                        null),
                                200)
                        .getJsonArray("lines")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(l -> l.getInt("delivered"))
                        .toList(),
                "nothing refused was recorded");

        JsonObject partly = json(
                act(api, id, "deliver", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, seven + signature(600, 200) + "\"}"),
                200);
        assertEquals("DISPATCHED", partly.getString("status"), "3 still to come on the due day");
        assertEquals(
                List.of(6, 1),
                partly.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getInt("delivered"))
                        .toList(),
                "Wucheng's part first, then Lanxi's");
        JsonObject done = json(
                act(
                        api,
                        id,
                        "deliver",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        "{\"at\":\"2024-10-09T09:00:00\",\"signedBy\":\"王经理\",\"signature\":\"" + signature(400, 150)
                                + "\"}"),
                200);
        assertAll(
                () -> assertEquals("DELIVERED", done.getString("status")),
                () -> assertEquals("2024-10-09T09:00:00", done.getString("deliveredAt"), "the last part's day"),
                () -> assertEquals(false, done.getBoolean("onTime")),
                () -> assertEquals(1, done.getInt("lateWorkingDays")));

        JsonObject note = json(
                api.send(
                        "GET",
                        "/api/v1/material-requests/" + id + "/delivery-note",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        null),
                200);
        List<JsonObject> signings = note.getJsonArray("signings").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("李工 2024-10-08 10:00 [1×6, 2×1]", "王经理 2024-10-09 09:00 [2×3]"),
                signings.stream()
                        .map(sg -> sg.getString("signedBy") + " " + sg.getString("at") + " "
                                + sg.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                                        .map(i -> i.getInt("lineNo") + "×" + i.getInt("quantity"))
                                        .toList())
                        .toList());
        long first = signings.get(0).getJsonNumber("signature").longValue();
        HttpResponse<byte[]> image =
                api.bytes("GET", "/api/v1/material-requests/" + id + "/signatures/" + first, DemoUsers.WAREHOUSE, null);
        assertEquals(200, image.statusCode());
        assertTrue(
                image.headers().firstValue("Content-Type").orElse("").startsWith("image/png"),
                image.headers().toString());
        assertEquals(600, SignaturePng.check(image.body()).width(), "the drawn signature as it was signed");
        assertEquals(
                404,
                api.bytes(
                                "GET",
                                "/api/v1/material-requests/" + (id - 1) + "/signatures/" + first,
                                DemoUsers.SUPERVISOR,
                                null)
                        .statusCode(),
                "a signature belongs to its request");
        assertEquals(
                List.of("RECEIPT 8", "RESERVATION 4", "ISSUE 4"),
                api.ledger(material, "WH-LX").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("type") + " " + m.getInt("quantity"))
                        .toList(),
                "Lanxi issued its part only");
        assertEquals(
                List.of(0, 0, 4),
                List.of(
                        api.stock(material, "WH-WC").getInt("onHand"),
                        api.stock(material, "WH-LX").getInt("reserved"),
                        api.stock(material, "WH-LX").getInt("onHand")));
        LedgerChecks.assertEveryBalanceEqualsItsLedger();
    }

    private static List<String> lines(JsonObject request) {
        return request.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("warehouse") + " " + l.getInt("quantity") + " " + l.getString("expectedOn") + " "
                        + l.getBoolean("canMeetDue"))
                .toList();
    }

    @Test
    void theDeliveryBoardExportsToExcel() throws Exception {
        StockApi api = api();
        String material = api.newMaterial("导出领料");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 9);
        long project = project(api, "2024-09-02");
        long id = json(create(api, project, request("2024-09-27T09:00:00", material, "4")), 201)
                .getJsonNumber("id")
                .longValue();
        HttpResponse<byte[]> file =
                api.bytes("GET", "/api/v1/material-requests/export.xlsx?lang=en", DemoUsers.WAREHOUSE, null);
        assertEquals(200, file.statusCode());
        try (org.apache.poi.ss.usermodel.Workbook workbook =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(file.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Request", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == id) {
                    found = material.equals(row.getCell(6).getStringCellValue())
                            && row.getCell(8).getNumericCellValue() == 4;
                }
            }
            assertTrue(found, "the request's line is on the exported board");
        }
    }

    @Test
    void cancellingReleasesTheReservationAndAfterDispatchNeedsAReasonAndReturnsWhatDidNotArrive() {
        StockApi api = api();
        String material = api.newMaterial("取消测试");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 20);
        long project = project(api, "2024-09-02");
        long first = json(create(api, project, request("2024-09-27T09:00:00", material, "5")), 201)
                .getJsonNumber("id")
                .longValue();
        json(act(api, first, "cancel", DemoUsers.MANAGER, DemoUsers.PASSWORD, "{}"), 200);
        assertEquals(0, api.stock(material, "WH-WC").getInt("reserved"), "released");

        long second = json(create(api, project, request("2024-09-27T09:00:00", material, "8")), 201)
                .getJsonNumber("id")
                .longValue();
        json(
                act(
                        api,
                        second,
                        "dispatch",
                        DemoUsers.WAREHOUSE,
                        DemoUsers.PASSWORD,
                        "{\"at\":\"2024-09-29T09:00:00\"}"),
                200);
        json(
                act(
                        api,
                        second,
                        "deliver",
                        DemoUsers.WAREHOUSE,
                        DemoUsers.PASSWORD,
                        "{\"at\":\"2024-09-30T09:00:00\",\"signedBy\":\"赵工\",\"lines\":[{\"material\":\"" + material
                                + "\",\"quantity\":3}]}"),
                200);
        HttpResponse<String> noReason = act(api, second, "cancel", DemoUsers.MANAGER, DemoUsers.PASSWORD, "{}");
        assertEquals(400, noReason.statusCode());
        assertEquals("reason", Http.json(noReason).getString("field"));
        JsonObject cancelled =
                json(act(api, second, "cancel", DemoUsers.MANAGER, DemoUsers.PASSWORD, "{\"reason\":\"客户变更设计\"}"), 200);
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals(17, api.stock(material, "WH-WC").getInt("onHand"), "20 − 8 sent + 5 that came back");
    }

    @Test
    void badInputAndOtherUnitsAreRefusedAndChangeNothing() {
        StockApi api = api();
        String material = api.newMaterial("校验领料");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 5);
        long project = project(api, "2024-09-02");
        record Case(String user, String body, int status, String field) {}
        List<Case> cases = List.of(
                new Case(DemoUsers.MANAGER, request("2024-09-27T09:00:00", material, "0"), 400, "lines[0].quantity"),
                new Case(DemoUsers.MANAGER, request("2024-09-27T09:00:00", material, "-2"), 400, "lines[0].quantity"),
                new Case(DemoUsers.MANAGER, request("2024-09-27T09:00:00", "NO-SUCH", "1"), 400, "material"),
                new Case(DemoUsers.MANAGER, "{\"requestedAt\":\"2024-09-27T09:00:00\",\"lines\":[]}", 400, "lines"),
                new Case(DemoUsers.MANAGER, request("2024-08-01T09:00:00", material, "1"), 400, "requestedAt"),
                new Case(DemoUsers.MANAGER, request("2099-01-01T09:00:00", material, "1"), 400, "requestedAt"),
                new Case(DemoUsers.MANAGER, request("27/09/2024", material, "1"), 400, "requestedAt"),
                new Case(
                        DemoUsers.MANAGER,
                        request("2024-09-27T09:00:00", material, "1", material, "2"),
                        400,
                        "material"),
                new Case(DemoUsers.MANAGER, request("2024-09-27T09:00:00", material, "6"), 409, null),
                new Case(DemoUsers.CLERK, request("2024-09-27T09:00:00", material, "1"), 403, null),
                new Case(DemoUsers.WAREHOUSE, request("2024-09-27T09:00:00", material, "1"), 403, null));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = api.send(
                    "POST",
                    "/api/v1/projects/" + project + "/material-requests",
                    c.user(),
                    DemoUsers.PASSWORD,
                    c.body());
            JsonObject body = Http.json(response);
            String field = body.containsKey("field") ? body.getString("field") : null;
            if (response.statusCode() != c.status()
                    || c.field() != null && !c.field().equals(field)
                    || body.getString("error").isBlank()) {
                wrong.add(c.user() + " " + c.body() + " → " + response.statusCode() + " " + response.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(0, api.stock(material, "WH-WC").getInt("reserved"), "nothing reserved");
        String lanxiManager = "lxm-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        json(
                api.send(
                        "POST",
                        "/api/v1/users",
                        DemoUsers.ADMIN,
                        DemoUsers.PASSWORD,
                        "{\"login\":\"" + lanxiManager
                                + "\",\"displayName\":\"兰溪项目经理\",\"unit\":\"LX\",\"roles\":[\"PROJECT_MANAGER\"],\"password\":\""
                                + StockApi.KEEPER_PASSWORD + "\"}"),
                201);
        assertEquals(
                404,
                api.send(
                                "POST",
                                "/api/v1/projects/" + project + "/material-requests",
                                lanxiManager,
                                StockApi.KEEPER_PASSWORD,
                                request("2024-09-27T09:00:00", material, "1"))
                        .statusCode(),
                "another unit's project is not even visible");
    }

    @Test
    void aManagerRequestsMaterialsAndTheWarehouseDeliversThemFromItsBoardOnAPhone(Browser browser) {
        StockApi api = api();
        String material = api.newMaterial("看板物资");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 50);
        String accepted = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .minusDays(20)
                .toString();
        long project = project(api, accepted);
        URI base = Http.loopback(deploymentUrl);

        SignInPage.open(browser, base).signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.open(base.resolve("requests/project.xhtml?id=" + project));
        browser.driver().findElement(By.id("requests:lines:0:material_input")).sendKeys(material);
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".ui-autocomplete-panel li")).stream()
                        .filter(li -> li.isDisplayed() && li.getText().contains(material))
                        .findFirst()
                        .orElse(null))
                .click();
        browser.waitForPage();
        browser.driver().findElement(By.id("requests:lines:0:quantity_input")).sendKeys("12");
        browser.driver().findElement(By.id("requests:propose")).click();
        browser.waitForPage();
        WebElement proposed =
                browser.driver().findElement(By.cssSelector("#proposal li[data-material='" + material + "']"));
        assertTrue(proposed.getText().contains("婺城仓库"), proposed.getText());
        browser.screenshot("request-proposal");
        browser.driver().findElement(By.id("requests:submit")).click();
        browser.waitForPage();
        WebElement card = browser.driver().findElement(By.cssSelector(".gw-delivery[data-request]"));
        long id = Long.parseLong(card.getAttribute("data-request"));
        assertEquals(12, api.stock(material, "WH-WC").getInt("reserved"));
        assertEquals(List.of(), browser.consoleErrors());

        SignInPage.open(browser, base).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.resize(Browser.PHONE);
        try {
            browser.open(base.resolve("requests/board.xhtml"));
            assertTrue(
                    browser.driver()
                                    .findElements(By.cssSelector(".gw-bucket-OVERDUE"))
                                    .size()
                            == 1,
                    "the demo's overdue request heads the board");
            int all = browser.driver()
                    .findElements(By.cssSelector(".gw-delivery[data-request]"))
                    .size();
            browser.driver().findElement(By.id("board:text")).sendKeys(String.valueOf(id));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector(".gw-delivery[data-request]"))
                                    .size()
                            < all);
            List<WebElement> found = browser.driver().findElements(By.cssSelector(".gw-delivery[data-request]"));
            assertTrue(found.stream().allMatch(c -> c.getText().contains(String.valueOf(id))), "found by its number");
            assertTrue(
                    found.stream().anyMatch(c -> c.getAttribute("data-request").equals(String.valueOf(id))));
            browser.open(base.resolve("requests/board.xhtml"));
            mine(browser, id).findElement(By.cssSelector(".gw-pick")).click();
            browser.waitForPage();
            mine(browser, id).findElement(By.cssSelector(".gw-dispatch")).click();
            browser.confirm(true);
            assertEquals(0, api.stock(material, "WH-WC").getInt("reserved"), "issued on dispatch");
            browser.screenshot("delivery-board-phone");
            // the board only leads to the signing page: the site signs there by drawing, never with a typed name
            mine(browser, id).findElement(By.cssSelector(".gw-sign-link")).click();
            browser.waitForPage();
            browser.driver().findElement(By.id("sign:signedBy")).sendKeys("陈师傅");
            drawSignature(browser);
            browser.driver().findElement(By.id("sign:submit")).click();
            browser.waitForPage();
            assertTrue(
                    browser.driver()
                            .findElement(By.id("sign:messages"))
                            .getText()
                            .contains("已现场签收"),
                    browser.driver().findElement(By.id("sign:messages")).getText());
            browser.open(base.resolve("requests/board.xhtml"));
            assertTrue(
                    browser.driver()
                            .findElements(By.cssSelector("[data-request='" + id + "']"))
                            .isEmpty(),
                    "a delivered request leaves the board");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        JsonObject done = json(
                api.send("GET", "/api/v1/material-requests/" + id, DemoUsers.MANAGER, DemoUsers.PASSWORD, null), 200);
        assertEquals(
                List.of("DELIVERED", "true"),
                List.of(done.getString("status"), String.valueOf(done.getBoolean("onTime"))));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * On a phone (390 px): a line split between Wucheng and Lanxi, Wucheng's part dispatched from the board (after
     * the confirmation), Lanxi's by its keeper; the site signs for part of it by drawing on the canvas, and the
     * delivery note shows what arrived with the drawn signature, an image the server serves as a PNG.
     */
    @Test
    void aSplitLineIsSignedForOnAPhoneWithADrawnSignatureShownOnTheDeliveryNote(Browser browser) {
        StockApi api = api();
        String lanxi = api.newKeeper("LX");
        String material = api.newMaterial("手机签收物资");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 6);
        json(
                api.send(
                        "POST",
                        "/api/v1/stock/movements",
                        lanxi,
                        StockApi.KEEPER_PASSWORD,
                        "{\"type\":\"RECEIPT\",\"material\":\"" + material
                                + "\",\"warehouse\":\"WH-LX\",\"quantity\":8}"),
                201);
        long project = project(
                api,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        .minusDays(20)
                        .toString());
        long id = json(create(api, project, "{\"lines\":[{\"material\":\"" + material + "\",\"quantity\":10}]}"), 201)
                .getJsonNumber("id")
                .longValue();
        URI base = Http.loopback(deploymentUrl);

        SignInPage.open(browser, base).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.resize(Browser.PHONE);
        try {
            browser.open(base.resolve("requests/board.xhtml"));
            mine(browser, id).findElement(By.cssSelector(".gw-dispatch")).click();
            browser.confirm(true);
            assertEquals(
                    List.of(0, 4),
                    List.of(
                            api.stock(material, "WH-WC").getInt("reserved"),
                            api.stock(material, "WH-LX").getInt("reserved")),
                    "Wucheng sent its 6, Lanxi's 4 wait for Lanxi");
            json(act(api, id, "dispatch", lanxi, StockApi.KEEPER_PASSWORD, "{}"), 200);

            // Wucheng's picking list of today (from the board's link): its own 6 of the split line, not Lanxi's 4
            browser.open(base.resolve("requests/board.xhtml"));
            browser.clickToNewPage(browser.driver().findElement(By.id("board:picking")));
            WebElement picking = browser.driver().findElement(By.id("picking"));
            assertEquals("WH-WC", picking.getAttribute("data-warehouse"));
            assertEquals(
                    java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                            .toString(),
                    picking.getAttribute("data-day"));
            assertEquals(
                    List.of(material + " 6"),
                    picking.findElements(By.cssSelector("tr[data-request='" + id + "']")).stream()
                            .map(r -> r.getAttribute("data-material") + " " + r.getAttribute("data-quantity"))
                            .toList());
            long pickingOverflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(pickingOverflow <= 0, "the picking list fits the phone: " + pickingOverflow);
            browser.screenshot("picking-list-phone");

            browser.open(base.resolve("requests/sign.xhtml?id=" + id));
            List<WebElement> lines = browser.driver().findElements(By.cssSelector(".gw-sign-line"));
            assertEquals(2, lines.size(), "one row per warehouse's part");
            WebElement lanxiPart = lines.get(1).findElement(By.cssSelector("input[id$=':quantity_input']"));
            assertEquals("4", lanxiPart.getAttribute("value"), "all that is outstanding unless changed");
            // select what is there and type over it, as on a phone (clear() does not reach the number widget)
            lanxiPart.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "1");
            lanxiPart.sendKeys(org.openqa.selenium.Keys.TAB);
            assertEquals("1", lanxiPart.getAttribute("value"));
            browser.driver().findElement(By.id("sign:signedBy")).sendKeys("陈师傅");
            browser.driver().findElement(By.id("sign:submit")).click();
            browser.waitForPage();
            assertTrue(
                    browser.driver()
                            .findElement(By.id("sign:messages"))
                            .getText()
                            .contains("手写签名"),
                    "a name alone is not a signature: "
                            + browser.driver()
                                    .findElement(By.id("sign:messages"))
                                    .getText());

            drawSignature(browser);
            assertTrue(
                    browser.driver()
                            .findElement(By.id("sign:signature"))
                            .getAttribute("value")
                            .startsWith("data:image/png;base64,"),
                    "the drawing is in the form");
            long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow);
            browser.screenshot("sign-on-site-phone");
            browser.driver().findElement(By.id("sign:submit")).click();
            browser.waitForPage();
            assertTrue(
                    browser.driver()
                            .findElement(By.id("sign:messages"))
                            .getText()
                            .contains("已现场签收"),
                    browser.driver().findElement(By.id("sign:messages")).getText());
            JsonObject partly = json(
                    api.send("GET", "/api/v1/material-requests/" + id, DemoUsers.MANAGER, DemoUsers.PASSWORD, null),
                    200);
            assertEquals("DISPATCHED", partly.getString("status"), "3 of Lanxi's part still to come");
            assertEquals(
                    List.of(6, 1),
                    partly.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                            .map(l -> l.getInt("delivered"))
                            .toList());

            browser.open(base.resolve("requests/note.xhtml?id=" + id));
            assertEquals(
                    List.of("6", "1"),
                    browser.driver().findElements(By.cssSelector("#note-lines .gw-note-delivered")).stream()
                            .map(WebElement::getText)
                            .toList());
            WebElement image = browser.driver().findElement(By.cssSelector(".gw-signing img.gw-signature-image"));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
            assertEquals(
                    600L,
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeScript("return arguments[0].naturalWidth;", image),
                    "the canvas's own resolution, whatever the phone's width");
            overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "the note fits the phone: " + overflow);
            WebElement qr = browser.driver().findElement(By.cssSelector("#note-qr img"));
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", qr)));
            browser.screenshot("delivery-note-phone");
            // the note's QR is for whoever may see the request: another unit's manager gets the same 404 as for none
            Http outsider = new Http(base);
            outsider.signInOnPage(DemoUsers.MANAGER_JD, DemoUsers.PASSWORD);
            assertEquals(404, outsider.get("/requests/qr?id=" + id).statusCode());
            assertEquals(400, outsider.get("/requests/qr?id=x").statusCode());
            HttpResponse<byte[]> served = api.bytes(
                    "GET",
                    image.getAttribute("src")
                            .substring(image.getAttribute("src").indexOf("/api/v1/")),
                    DemoUsers.MANAGER,
                    null);
            assertEquals(200, served.statusCode());
            assertTrue(
                    served.headers().firstValue("Content-Type").orElse("").startsWith("image/png"),
                    served.headers().toString());
            assertTrue(SignaturePng.check(served.body()).width() == 600, "a PNG with the ink drawn");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static WebElement mine(Browser browser, long request) {
        return browser.driver().findElement(By.cssSelector(".gw-delivery[data-request='" + request + "']"));
    }

    private String milestoneActual(StockApi api, long project) {
        JsonObject milestone = ((JsonArray) Http.parse(api.send(
                                "GET",
                                "/api/v1/projects/" + project + "/milestones",
                                DemoUsers.MANAGER,
                                DemoUsers.PASSWORD,
                                null)
                        .body()))
                .getValuesAs(JsonObject.class).stream()
                        .filter(m -> m.getString("code").equals("MATERIALS_ON_SITE"))
                        .findFirst()
                        .orElseThrow();
        return milestone.isNull("actual") ? null : milestone.getString("actual");
    }

    /** Signs on the canvas as a finger would: press, a few strokes, release. */
    private static void drawSignature(Browser browser) {
        WebElement canvas = browser.driver().findElement(By.id("signature-canvas"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(canvas, -120, 10)
                .clickAndHold()
                .moveByOffset(40, -25)
                .moveByOffset(50, 30)
                .moveByOffset(60, -20)
                .moveByOffset(50, 15)
                .release()
                .perform();
    }
}
