package org.gridworks.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gridworks.identity.SignInPage;
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

/**
 * The evaluation figures on a small known data set, counted by hand: three high-voltage applications of Wuyi
 * (no other test uses that unit) accepted on 2024-09-27 and connected in the second half of 2024 —
 * A keeps every limit (1 + 11 + 5 + 5 = 22 working days), B keeps the 22-day handling limit but its plan reply
 * took 12 days against a budget of 11, C takes 6 days to connect (23 in all). Only A is compliant: 1 of 3.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class ReportsIT {

    private static final String PASSWORD = StockApi.KEEPER_PASSWORD;
    private static final String PERIOD = "from=2024-07-01&to=2024-12-31";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    /** Made once, by whichever test runs first (the deployment's address is known only inside the tests). */
    private static String wuyiManager;

    /** The known data set's projects by name. */
    private static final java.util.Map<String, Long> known = new java.util.concurrent.ConcurrentHashMap<>();

    private StockApi api() {
        return new StockApi(Http.loopback(deploymentUrl));
    }

    private synchronized void knownDataSet() {
        if (wuyiManager != null) {
            return;
        }
        StockApi api = api();
        wuyiManager = "wy-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.send(
                "POST",
                "/api/v1/users",
                DemoUsers.ADMIN,
                DemoUsers.PASSWORD,
                "{\"login\":\"" + wuyiManager + "\",\"displayName\":\"武义项目经理\",\"unit\":\"WY\","
                        + "\"roles\":[\"PROJECT_MANAGER\"],\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        connect(api, "A 全部达标", 11, 5);
        connect(api, "B 方案答复超期", 12, 4);
        connect(api, "C 接电超期", 11, 6);
    }

    /** One HV application across National Day 2024: plan reply and connection take the given working days. */
    private void connect(StockApi api, String name, int planDays, int connectionDays) {
        HttpResponse<String> made = api.send(
                "POST",
                "/api/v1/projects",
                wuyiManager,
                PASSWORD,
                "{\"customerName\":\"报表测试 " + name + "\",\"areaType\":\"URBAN\",\"capacityKw\":630,\"voltageKv\":10,"
                        + "\"acceptedOn\":\"2024-09-27\",\"needsSupportingWorks\":false}");
        assertEquals(201, made.statusCode(), made.body());
        long id = Http.json(made).getJsonNumber("id").longValue();
        String accepted = after(api, "2024-09-27", 1);
        step(api, id, "ACCEPTANCE", "close", accepted + "T10:00:00");
        step(api, id, "PLAN_REPLY", "open", accepted + "T11:00:00");
        String planned = after(api, accepted, planDays);
        step(api, id, "PLAN_REPLY", "close", planned + "T10:00:00");
        step(api, id, "COMPLETION_INSPECTION", "open", "2024-11-01T09:00:00");
        String inspected = after(api, "2024-11-01", 5);
        step(api, id, "COMPLETION_INSPECTION", "close", inspected + "T10:00:00");
        step(api, id, "CONNECTION", "open", inspected + "T11:00:00");
        JsonObject done = step(api, id, "CONNECTION", "close", after(api, inspected, connectionDays) + "T15:00:00");
        assertEquals("CONNECTED", done.getString("status"));
        known.put(name, id);
    }

    private String after(StockApi api, String from, int days) {
        return Http.json(api.send(
                        "GET",
                        "/api/v1/calendar/due?from=" + from + "&workingDays=" + days,
                        wuyiManager,
                        PASSWORD,
                        null))
                .getString("due");
    }

    private JsonObject step(StockApi api, long id, String code, String action, String at) {
        HttpResponse<String> response = api.send(
                "POST",
                "/api/v1/projects/" + id + "/steps/" + code + "/" + action,
                wuyiManager,
                PASSWORD,
                "{\"at\":\"" + at + "\"}");
        assertEquals(200, response.statusCode(), code + " " + action + " " + response.body());
        return Http.json(response);
    }

    @Test
    void theComplianceRateMatchesTheHandCount() {
        knownDataSet();
        HttpResponse<String> response = api().send(
                        "GET",
                        "/api/v1/reports/compliance?" + PERIOD + "&unit=WY",
                        DemoUsers.SUPERVISOR,
                        DemoUsers.PASSWORD,
                        null);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Http.json(response);
        JsonObject hv = report.getJsonArray("byCategory").getJsonObject(0);
        assertAll(
                () -> assertEquals(3, report.getInt("closed")),
                () -> assertEquals(1, report.getInt("compliant"), "B missed only one step: not compliant"),
                () -> assertEquals(1.0 / 3, report.getJsonNumber("rate").doubleValue(), 1e-9),
                () -> assertEquals("HV_SINGLE", hv.getString("category")),
                () -> assertEquals(22.3, hv.getJsonNumber("averageWorkingDays").doubleValue(), 1e-9),
                () -> assertEquals(23, hv.getInt("p90WorkingDays")),
                () -> assertEquals(22.0, hv.getJsonNumber("averageLimit").doubleValue(), 1e-9));

        JsonObject evaluation = Http.json(api().send(
                        "GET",
                        "/api/v1/reports/evaluation?" + PERIOD + "&unit=WY",
                        DemoUsers.SUPERVISOR,
                        DemoUsers.PASSWORD,
                        null));
        JsonArray steps = evaluation.getJsonArray("steps");
        assertEquals(
                List.of("ACCEPTANCE 3/3", "PLAN_REPLY 2/3", "COMPLETION_INSPECTION 3/3", "CONNECTION 2/3"),
                steps.getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("step") + " " + s.getInt("met") + "/" + s.getInt("closed"))
                        .toList());
        assertEquals(
                3,
                evaluation.getJsonArray("trend").getValuesAs(JsonObject.class).stream()
                        .mapToInt(t -> t.getInt("closed"))
                        .sum(),
                "all three in the monthly trend");
    }

    /** Wuyi's late items of the second half of 2024 by cause, as "CAUSE late/confirmed". */
    private java.util.List<String> delayCounts(StockApi api) {
        HttpResponse<String> counts = api.send(
                "GET",
                "/api/v1/delay-causes/counts?" + PERIOD + "&unit=WY",
                DemoUsers.SUPERVISOR,
                DemoUsers.PASSWORD,
                null);
        assertEquals(200, counts.statusCode(), counts.body());
        return Http.parse(counts.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("unit") + " " + r.getString("cause") + " " + r.getInt("late") + "/"
                        + r.getInt("confirmed"))
                .toList();
    }

    private HttpResponse<String> confirm(StockApi api, String user, String password, long project, String rest) {
        return api.send(
                "PUT",
                "/api/v1/delay-causes",
                user,
                password,
                "{\"subjectType\":\"PROJECT\",\"subjectId\":" + project + rest + "}");
    }

    @Test
    void theManagerConfirmsTheCauseOfAMissedClockAuditedAndTheEvaluationCountsIt() {
        knownDataSet();
        StockApi api = api();
        assertEquals(java.util.List.of("WY UNASSIGNED 2/0"), delayCounts(api), "B and C missed a clock, never paused");
        long b = known.get("B 方案答复超期");
        JsonObject proposed = Http.json(api.send(
                "GET", "/api/v1/delay-causes?subjectType=PROJECT&subjectId=" + b, wuyiManager, PASSWORD, null));
        assertTrue(proposed.getBoolean("late"));
        assertEquals(jakarta.json.JsonValue.NULL, proposed.get("proposed"), "no pause: nothing to propose");
        assertEquals(
                404,
                confirm(api, DemoUsers.MANAGER, DemoUsers.PASSWORD, b, ",\"cause\":\"DESIGN\"")
                        .statusCode(),
                "another unit's manager does not reach it");
        HttpResponse<String> noNote = confirm(api, wuyiManager, PASSWORD, b, ",\"cause\":\"OTHER\"");
        assertEquals(400, noNote.statusCode(), noNote.body());
        assertEquals("note", Http.json(noNote).getString("field"));
        JsonObject design =
                Http.json(confirm(api, wuyiManager, PASSWORD, b, ",\"cause\":\"DESIGN\",\"note\":\"设计院出图晚\""));
        assertEquals("DESIGN", design.getString("cause"));
        assertEquals(wuyiManager, design.getString("confirmedBy"));
        assertEquals(
                409,
                confirm(
                                api,
                                wuyiManager,
                                PASSWORD,
                                b,
                                ",\"cause\":\"WEATHER\",\"version\":" + (design.getInt("version") + 1))
                        .statusCode(),
                "a stale version changes nothing");
        JsonObject weather = Http.json(confirm(
                api,
                wuyiManager,
                PASSWORD,
                b,
                ",\"cause\":\"WEATHER\",\"note\":\"台风停工\",\"version\":" + design.getInt("version")));
        assertEquals("WEATHER", weather.getString("cause"));
        assertEquals(java.util.List.of("WY WEATHER 1/1", "WY UNASSIGNED 1/0"), delayCounts(api));
        String trail = api.send(
                        "GET",
                        "/api/v1/audit?recordType=DelayCause&recordId=PROJECT-" + b,
                        DemoUsers.SUPERVISOR,
                        DemoUsers.PASSWORD,
                        null)
                .body();
        assertTrue(trail.contains("DESIGN") && trail.contains("WEATHER") && trail.contains("台风停工"), trail);

        // a request of Friday 2024-09-27, due on site on 10-08 (after National Day), delivered on 10-10: late
        long late = lateDelivery(api);
        JsonObject delivery = Http.json(api.send(
                "GET", "/api/v1/delay-causes?subjectType=DELIVERY&subjectId=" + late, wuyiManager, PASSWORD, null));
        assertTrue(delivery.getBoolean("late"), delivery.toString());
        assertEquals("MATERIALS", delivery.getString("proposed"));
        assertEquals(
                java.util.List.of("WY MATERIALS 1/0", "WY WEATHER 1/1", "WY UNASSIGNED 1/0"),
                delayCounts(api),
                "the late delivery counts under materials, as proposed, before anyone confirms it");
    }

    private long lateDelivery(StockApi api) {
        String keeper = api.newKeeper("WY");
        String material = api.newMaterial("迟到物资");
        HttpResponse<String> receipt = api.send(
                "POST",
                "/api/v1/stock/movements",
                keeper,
                StockApi.KEEPER_PASSWORD,
                "{\"type\":\"RECEIPT\",\"material\":\"" + material + "\",\"warehouse\":\"WH-WY\",\"quantity\":5}");
        assertEquals(201, receipt.statusCode(), receipt.body());
        HttpResponse<String> project = api.send(
                "POST",
                "/api/v1/projects",
                wuyiManager,
                PASSWORD,
                "{\"customerName\":\"报表测试 配送延误\",\"areaType\":\"URBAN\",\"capacityKw\":630,\"voltageKv\":10,"
                        + "\"acceptedOn\":\"2024-09-02\",\"needsSupportingWorks\":true}");
        assertEquals(201, project.statusCode(), project.body());
        HttpResponse<String> made = api.send(
                "POST",
                "/api/v1/projects/" + Http.json(project).getJsonNumber("id") + "/material-requests",
                wuyiManager,
                PASSWORD,
                "{\"requestedAt\":\"2024-09-27T09:00:00\",\"lines\":[{\"material\":\"" + material
                        + "\",\"quantity\":2}]}");
        assertEquals(201, made.statusCode(), made.body());
        long id = Http.json(made).getJsonNumber("id").longValue();
        for (String[] step : new String[][] {
            {"pick", "{\"at\":\"2024-09-27T14:00:00\"}"},
            {"dispatch", "{\"at\":\"2024-10-09T08:30:00\"}"},
            {"deliver", "{\"at\":\"2024-10-10T10:00:00\",\"signedBy\":\"赵工\"}"}
        }) {
            HttpResponse<String> done = api.send(
                    "POST",
                    "/api/v1/material-requests/" + id + "/" + step[0],
                    keeper,
                    StockApi.KEEPER_PASSWORD,
                    step[1]);
            assertEquals(200, done.statusCode(), step[0] + " " + done.body());
        }
        return id;
    }

    @Test
    void staffEvaluateTheirOwnUnitOnlyAndBadPeriodsAreRefused() {
        knownDataSet();
        StockApi api = api();
        assertEquals(
                3,
                Http.json(api.send("GET", "/api/v1/reports/compliance?" + PERIOD, wuyiManager, PASSWORD, null))
                        .getInt("closed"),
                "a manager's report is their unit's");
        assertEquals(
                403,
                api.send("GET", "/api/v1/reports/compliance?" + PERIOD + "&unit=WC", wuyiManager, PASSWORD, null)
                        .statusCode());
        HttpResponse<String> backwards = api.send(
                "GET",
                "/api/v1/reports/compliance?from=2024-12-31&to=2024-01-01",
                DemoUsers.SUPERVISOR,
                DemoUsers.PASSWORD,
                null);
        assertEquals(400, backwards.statusCode());
        assertEquals("to", Http.json(backwards).getString("field"));
        assertEquals(
                400,
                api.send(
                                "GET",
                                "/api/v1/reports/compliance?from=2024-13-01&to=2024-12-31",
                                DemoUsers.SUPERVISOR,
                                DemoUsers.PASSWORD,
                                null)
                        .statusCode());
    }

    @Test
    void theHalfYearReportDownloadsAsAWorkbookWithTheFiguresOfThePage() throws Exception {
        knownDataSet();
        HttpResponse<byte[]> file = api().bytes(
                        "GET", "/api/v1/reports/half-year.xlsx?unit=WY&year=2024&half=2", DemoUsers.SUPERVISOR, null);
        assertEquals(200, file.statusCode());
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.body()))) {
            Sheet goals = workbook.getSheetAt(0);
            assertEquals(1.0 / 3, goals.getRow(1).getCell(1).getNumericCellValue(), 1e-9, "compliance reached");
            assertEquals(1.0, goals.getRow(1).getCell(2).getNumericCellValue(), 1e-9, "against 100%");
            Sheet summary = workbook.getSheetAt(1);
            assertEquals(3, (int) summary.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(1, (int) summary.getRow(1).getCell(3).getNumericCellValue());
            assertTrue(workbook.getNumberOfSheets() >= 9, "goals, figures, every table, problems");
        }
    }

    @Test
    void theProjectListExportsToExcelWithItsFilters() throws Exception {
        knownDataSet();
        HttpResponse<byte[]> file = api().bytes(
                        "GET",
                        "/api/v1/projects/export.xlsx?unit=WY&status=CONNECTED&lang=en",
                        DemoUsers.SUPERVISOR,
                        null);
        assertEquals(200, file.statusCode());
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Number", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum(), "the three connected Wuyi applications");
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("WY-2024-"));
        }
    }

    @Test
    void theSupervisorSeesEveryUnitOnTheDashboardAndTheEvaluationPage(Browser browser) {
        knownDataSet();
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.SUPERVISOR, DemoUsers.PASSWORD);
        assertEquals(
                10,
                browser.driver()
                        .findElements(By.cssSelector("#units-overview tbody tr"))
                        .size(),
                "every unit");
        browser.screenshot("dashboard-supervisor");
        browser.open(base.resolve("reports/evaluation.xhtml?unit=WY&year=2024&kind=HALF&number=2"));
        assertEquals("3", browser.driver().findElement(By.id("closed")).getText());
        assertEquals("1", browser.driver().findElement(By.id("compliant")).getText());
        assertTrue(
                browser.driver().findElement(By.id("rate")).getText().startsWith("33.3"),
                browser.driver().findElement(By.id("rate")).getText());
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector(".gw-barrow[data-unit='WY']"))
                        .size(),
                "a bar for the unit");
        assertTrue(browser.driver()
                .findElement(By.id("evaluation:byCategory"))
                .getText()
                .contains("高压单电源"));
        browser.screenshot("evaluation");
        browser.open(base.resolve("reports/half-year.xhtml?unit=WY&year=2024&half=2"));
        assertEquals("3", browser.driver().findElement(By.id("hy-closed")).getText());
        browser.screenshot("half-year-report");
        assertEquals(List.of(), browser.consoleErrors());

        SignInPage.open(browser, base).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        assertTrue(
                browser.driver()
                                .findElements(By.cssSelector("[data-tile='dashboard.belowReserve']"))
                                .size()
                        == 1,
                "the warehouse's own dashboard");
        browser.screenshot("dashboard-warehouse");
    }
}
