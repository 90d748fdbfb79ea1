package org.gridworks.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gridworks.capacity.CapacityWorkbooks;
import org.gridworks.customer.PublicCalls;
import org.gridworks.identity.SignInPage;
import org.gridworks.platform.Sheets;
import org.gridworks.stock.StockApi;
import org.gridworks.testing.AlertScans;
import org.gridworks.testing.Browser;
import org.gridworks.testing.BrowserExtension;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /** The known applications' numbers and ids, A, B, C; their contact phones end in 5501, 5502, 5503. */
    private static final List<String> numbers = new ArrayList<>();

    private static final List<Long> ids = new ArrayList<>();

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
        connect(api, "A 全部达标", "0579-8221 5501", 11, 5);
        connect(api, "B 方案答复超期", "139 0579 5502", 12, 4);
        connect(api, "C 接电超期", "+86 139-0579-5503", 11, 6);
    }

    /** One HV application across National Day 2024: plan reply and connection take the given working days. */
    private void connect(StockApi api, String name, String phone, int planDays, int connectionDays) {
        connect(api, name, phone, "2024-09-27", "2024-11-01", planDays, connectionDays);
    }

    /** One HV application accepted and inspected from the given days; answers its number. */
    private String connect(
            StockApi api,
            String name,
            String phone,
            String acceptedOn,
            String inspectionFrom,
            int planDays,
            int connectionDays) {
        HttpResponse<String> made = api.send(
                "POST",
                "/api/v1/projects",
                wuyiManager,
                PASSWORD,
                "{\"customerName\":\"报表测试 " + name + "\",\"contactPhone\":\"" + phone
                        + "\",\"areaType\":\"URBAN\",\"capacityKw\":630,\"voltageKv\":10,"
                        + "\"acceptedOn\":\"" + acceptedOn + "\",\"needsSupportingWorks\":false}");
        assertEquals(201, made.statusCode(), made.body());
        long id = Http.json(made).getJsonNumber("id").longValue();
        String number = Http.json(made).getString("number");
        numbers.add(number);
        ids.add(id);
        String accepted = after(api, acceptedOn, 1);
        step(api, id, "ACCEPTANCE", "close", accepted + "T10:00:00");
        step(api, id, "PLAN_REPLY", "open", accepted + "T11:00:00");
        String planned = after(api, accepted, planDays);
        step(api, id, "PLAN_REPLY", "close", planned + "T10:00:00");
        step(api, id, "COMPLETION_INSPECTION", "open", inspectionFrom + "T09:00:00");
        String inspected = after(api, inspectionFrom, 5);
        step(api, id, "COMPLETION_INSPECTION", "close", inspected + "T10:00:00");
        step(api, id, "CONNECTION", "open", inspected + "T11:00:00");
        JsonObject done = step(api, id, "CONNECTION", "close", after(api, inspected, connectionDays) + "T15:00:00");
        assertEquals("CONNECTED", done.getString("status"));
        known.put(name, id);
        return number;
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

    /** A project of 磐安 accepted on 2023-03-06, as its manager sends it. */
    private long paProject(StockApi api, String manager, String name, int capacity, double voltage) {
        HttpResponse<String> made = api.send(
                "POST",
                "/api/v1/projects",
                manager,
                PASSWORD,
                "{\"customerName\":\"材料测试 " + name + "\",\"areaType\":\"RURAL\",\"capacityKw\":" + capacity
                        + ",\"voltageKv\":" + voltage + ",\"acceptedOn\":\"2023-03-06\"}");
        assertEquals(201, made.statusCode(), made.body());
        return Http.json(made).getJsonNumber("id").longValue();
    }

    private JsonObject paCall(StockApi api, String manager, String method, String path, String body) {
        HttpResponse<String> response = api.send(method, path, manager, PASSWORD, body);
        assertEquals(200, response.statusCode(), path + " " + response.body());
        return Http.json(response);
    }

    @Test
    void anEnterpriseApplicationWithThreeDocumentsIsFlaggedAndTheEvaluationCountsItAndTheOnSiteReplies()
            throws Exception {
        StockApi api = api();
        String manager = "pa-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                api.send(
                                "POST",
                                "/api/v1/users",
                                DemoUsers.ADMIN,
                                DemoUsers.PASSWORD,
                                "{\"login\":\"" + manager + "\",\"displayName\":\"磐安项目经理\",\"unit\":\"PA\","
                                        + "\"roles\":[\"PROJECT_MANAGER\"],\"password\":\"" + PASSWORD + "\"}")
                        .statusCode());
        long three = paProject(api, manager, "三项材料", 50, 0.4);
        long two = paProject(api, manager, "两项材料", 50, 0.4);
        long fourFree = paProject(api, manager, "四免材料", 50, 0.4);
        JsonObject flagged = paCall(
                api,
                manager,
                "PUT",
                "/api/v1/projects/" + three + "/application-documents",
                "{\"documents\":[\"IDENTITY\",\"PROPERTY\",\"LOAD_LIST\"]}");
        assertEquals(true, flagged.getBoolean("documentsFlagged"), flagged.toString());
        assertEquals(
                "[\"IDENTITY\",\"PROPERTY\",\"LOAD_LIST\"]",
                flagged.getJsonArray("applicationDocuments").toString());
        assertEquals(
                false,
                paCall(
                                api,
                                manager,
                                "PUT",
                                "/api/v1/projects/" + two + "/application-documents",
                                "{\"documents\":[\"IDENTITY\",\"PROPERTY\"]}")
                        .getBoolean("documentsFlagged"));
        assertEquals(
                true,
                paCall(
                                api,
                                manager,
                                "PUT",
                                "/api/v1/projects/" + fourFree + "/application-documents",
                                "{\"documents\":[\"BUSINESS_LICENCE\"]}")
                        .getBoolean("documentsFlagged"),
                "a business licence is one of the four frees: never asked for");
        assertEquals(
                400,
                api.send(
                                "PUT",
                                "/api/v1/projects/" + two + "/application-documents",
                                manager,
                                PASSWORD,
                                "{\"documents\":[\"NO_SUCH\"]}")
                        .statusCode());

        // two simple 10 kV applications under 500 kVA: one replied on site the day its plan reply opened
        long replied = paProject(api, manager, "现场答复", 400, 10);
        long waiting = paProject(api, manager, "待答复", 400, 10);
        for (long id : new long[] {replied, waiting}) {
            assertEquals(
                    true,
                    paCall(api, manager, "PUT", "/api/v1/projects/" + id + "/site-facts", "{\"simpleScheme\":true}")
                            .getBoolean("onsiteEligible"));
        }
        assertEquals(
                409,
                api.send(
                                "POST",
                                "/api/v1/projects/" + three + "/onsite-reply",
                                manager,
                                PASSWORD,
                                "{\"at\":\"2023-03-07T10:00:00\",\"reply\":\"低压不适用\"}")
                        .statusCode(),
                "a low-voltage application is not eligible");
        HttpResponse<String> noReply = api.send(
                "POST",
                "/api/v1/projects/" + waiting + "/onsite-reply",
                manager,
                PASSWORD,
                "{\"at\":\"2023-03-07T10:00:00\"}");
        assertEquals(400, noReply.statusCode(), noReply.body());
        assertEquals("reply", Http.json(noReply).getString("field"));
        paCall(
                api,
                manager,
                "POST",
                "/api/v1/projects/" + replied + "/steps/ACCEPTANCE/close",
                "{\"at\":\"2023-03-07T09:00:00\"}");
        JsonObject onSite = paCall(
                api,
                manager,
                "POST",
                "/api/v1/projects/" + replied + "/onsite-reply",
                "{\"at\":\"2023-03-07T10:30:00\",\"reply\":\"高供低计，10千伏T接，现场确认\"}");
        assertEquals("高供低计，10千伏T接，现场确认", onSite.getString("onsiteReply"));
        JsonObject planReply = onSite.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(st -> st.getString("code").equals("PLAN_REPLY"))
                .findFirst()
                .orElseThrow();
        assertEquals("2023-03-07T10:30:00", planReply.getString("openedAt"));
        assertEquals("2023-03-07T10:30:00", planReply.getString("closedAt"));

        HttpResponse<String> counted = api.send(
                "GET",
                "/api/v1/reports/applications?from=2023-01-01&to=2023-06-30&unit=PA",
                DemoUsers.SUPERVISOR,
                DemoUsers.PASSWORD,
                null);
        assertEquals(200, counted.statusCode(), counted.body());
        JsonObject figures = Http.json(counted);
        assertEquals(
                "enterprise 5, flagged 2, eligible 2, done 1",
                "enterprise " + figures.getInt("enterprise") + ", flagged " + figures.getInt("documentsFlagged")
                        + ", eligible " + figures.getInt("onsiteEligible") + ", done " + figures.getInt("onsiteDone"));
        HttpResponse<byte[]> file = api.bytes(
                "GET",
                "/api/v1/reports/evaluation.xlsx?from=2023-01-01&to=2023-06-30&unit=PA&lang=en",
                DemoUsers.SUPERVISOR,
                null);
        assertEquals(200, file.statusCode());
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.body()))) {
            org.apache.poi.ss.usermodel.Row counts = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetAt)
                    .filter(sheet -> sheet.getSheetName().startsWith("Applications accepted"))
                    .findFirst()
                    .orElseThrow()
                    .getRow(1);
            assertEquals(
                    List.of(5.0, 2.0, 2.0, 1.0),
                    java.util.stream.IntStream.range(0, 4)
                            .mapToObj(i -> counts.getCell(i).getNumericCellValue())
                            .toList(),
                    "the page's application figures in the workbook");
        }
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
            assertTrue(workbook.getNumberOfSheets() >= 10, "goals, figures, every table, problems, top causes");
            Sheet causes = workbook.getSheetAt(workbook.getNumberOfSheets() - 1); // the top causes, last
            assertEquals("WY", causes.getRow(1).getCell(0).getStringCellValue(), "Wuyi's late items");
            String top = causes.getRow(1).getCell(1).getStringCellValue();
            assertTrue(!top.isBlank() && !top.contains("delayCause."), "the causes named: " + top);
            double late = causes.getRow(1).getCell(2).getNumericCellValue();
            assertTrue(late >= 1 && late <= causes.getRow(1).getCell(3).getNumericCellValue());
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
    void theResponsiblePersonSeesThePeriodsLateItemsAndACauseIsNeededToConfirm(Browser browser) {
        knownDataSet();
        URI base = Http.loopback(deploymentUrl);
        long c = known.get("C 接电超期");
        SignInPage.open(browser, base).signIn(wuyiManager, PASSWORD);
        browser.open(base.resolve("delays/causes.xhtml"));
        for (String[] date : new String[][] {{"causes:from_input", "2024-07-01"}, {"causes:to_input", "2024-12-31"}}) {
            browser.driver()
                    .findElement(By.id(date[0]))
                    .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), date[1]);
        }
        browser.driver().findElement(By.id("causes:show")).click();
        browser.waitForPage();
        var row = browser.driver().findElement(By.xpath("//span[@data-item='PROJECT-" + c + "']/ancestor::tr"));
        assertTrue(row.getText().contains("原因待定"), "no pause: nothing proposed; " + row.getText());
        row.findElement(By.cssSelector("[id$=':confirm']")).click();
        browser.waitForPage();
        assertTrue(
                browser.driver().findElement(By.id("causes:messages")).getText().contains("请选择延误原因"),
                browser.driver().findElement(By.id("causes:messages")).getText());
        HttpResponse<String> cause = api().send(
                        "GET", "/api/v1/delay-causes?subjectType=PROJECT&subjectId=" + c, wuyiManager, PASSWORD, null);
        assertEquals(jakarta.json.JsonValue.NULL, Http.json(cause).get("cause"), "nothing was confirmed");
        browser.screenshot("delay-causes");
        assertEquals(List.of(), browser.consoleErrors());
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
                        .findElements(By.cssSelector("#evaluation\\:byUnit [data-unit='WY']"))
                        .size(),
                "the unit's row beside its chart");
        assertTrue(browser.driver()
                .findElement(By.id("evaluation:byCategory"))
                .getText()
                .contains("高压单电源"));
        assertTrue(browser.driver().findElement(By.id("ratings")).isDisplayed(), "the customers' ratings section");
        browser.screenshot("evaluation");
        browser.open(base.resolve("reports/half-year.xhtml?unit=WY&year=2024&half=2"));
        assertEquals("3", browser.driver().findElement(By.id("hy-closed")).getText());
        assertEquals(
                1,
                browser.driver().findElements(By.cssSelector("#top-causes li[data-unit='WY'] [data-cause]")).stream()
                        .limit(1)
                        .count(),
                "the half-year report names Wuyi's top causes");
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

    /**
     * Every chart is drawn by Chart.js under the page's CSP (a canvas with a chart of the figures, no console error),
     * and the table beside it downloads, with the page's session, as a workbook of the same rows.
     */
    @Test
    void chartsDrawTheirFiguresAndEachTableDownloadsAsAWorkbook(Browser browser) throws Exception {
        knownDataSet();
        StockApi api = api();
        String material = api.newMaterial("图表测试物资");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 10);
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 5);
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.SUPERVISOR, DemoUsers.PASSWORD);
        assertEquals(2, charts(browser).size(), "the dashboard's compliance by unit and trend: " + charts(browser));
        try (Workbook trend = download(browser, "exportTrend")) {
            assertEquals(6, trend.getSheetAt(0).getLastRowNum(), "the six months of this half-year");
        }

        browser.open(base.resolve("reports/evaluation.xhtml?unit=WY&year=2024&kind=HALF&number=2"));
        assertEquals(
                List.of(
                        List.of(1.0 / 3),
                        Arrays.asList(null, null, null, null, 1.0 / 3, null),
                        List.of(1.0, 11.3, 5.0, 5.0)),
                charts(browser),
                "compliance of Wuyi; its trend (all three connected in November); average working days per step");
        try (Workbook byUnit = download(browser, "exportByUnit")) {
            Sheet sheet = byUnit.getSheetAt(0);
            assertEquals(1, sheet.getLastRowNum());
            assertEquals("WY", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3, (int) sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(1, (int) sheet.getRow(1).getCell(2).getNumericCellValue());
        }
        try (Workbook steps = download(browser, "exportSteps")) {
            Sheet sheet = steps.getSheetAt(0);
            assertEquals(4, sheet.getLastRowNum(), "four steps");
            assertEquals(11.3, sheet.getRow(2).getCell(4).getNumericCellValue(), 1e-9, "plan reply: 11, 12, 11 days");
            assertEquals(11.0, sheet.getRow(2).getCell(5).getNumericCellValue(), 1e-9, "against a budget of 11");
        }
        browser.screenshot("evaluation-charts");

        browser.open(base.resolve("stock/ledger.xhtml?material=" + material + "&warehouse=WH-WC"));
        assertEquals(List.of(List.of(10.0, 15.0)), charts(browser), "on hand after each receipt");
        try (Workbook levels = download(browser, "exportLevels")) {
            Sheet sheet = levels.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(10, (int) sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(15, (int) sheet.getRow(2).getCell(1).getNumericCellValue());
        }
        // the ledger itself: newest first, exported as shown, filtered by movement type, sorted oldest first
        try (Workbook ledger = download(browser, "ledger:export")) {
            Sheet sheet = ledger.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "two receipts");
            assertEquals("入库", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(15, (int) sheet.getRow(1).getCell(5).getNumericCellValue(), "newest first");
            assertEquals(10, (int) sheet.getRow(2).getCell(5).getNumericCellValue());
        }
        browser.open(base.resolve("stock/ledger.xhtml?material=" + material + "&warehouse=WH-WC&type=ISSUE"));
        assertEquals(
                0, browser.driver().findElements(By.cssSelector(".gw-movement")).size(), "no issue yet");
        try (Workbook issues = download(browser, "ledger:export")) {
            assertEquals(0, issues.getSheetAt(0).getLastRowNum(), "the export keeps the filter");
        }
        browser.open(base.resolve("stock/ledger.xhtml?material=" + material + "&warehouse=WH-WC"));
        assertTrue(firstLedgerRow(browser).contains("在库 15 "), firstLedgerRow(browser));
        browser.driver()
                .findElement(By.cssSelector("[id='ledger:table'] th.ui-sortable-column"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> firstLedgerRow(browser).contains("在库 10 "));

        browser.open(base.resolve("permits/board.xhtml"));
        int authorities = browser.driver()
                .findElements(By.cssSelector("#board\\:byAuthority tbody tr"))
                .size();
        assertTrue(authorities > 0, "the demo data has permits running");
        assertEquals(authorities, charts(browser).get(0).size(), "a bar per authority");
        try (Workbook byAuthority = download(browser, "exportByAuthority")) {
            assertEquals(authorities, byAuthority.getSheetAt(0).getLastRowNum());
        }

        browser.open(base.resolve("milestones/portfolio.xhtml?days=250"));
        int due = Integer.parseInt(browser.driver()
                .findElement(By.cssSelector("#portfolio .gw-list-total"))
                .getAttribute("data-total"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#portfolio-gantt .bar-wrapper"))
                        .isEmpty());
        assertEquals(
                Math.min(due, 60),
                browser.driver()
                        .findElements(By.cssSelector("#portfolio-gantt .bar-wrapper"))
                        .size(),
                "a Gantt bar per listed milestone, up to 60");
        assertFalse(browser.driver()
                .findElements(By.cssSelector("#portfolio-gantt .gw-gantt-baseline"))
                .isEmpty());
        browser.screenshot("portfolio-gantt");
        try (Workbook portfolio = download(browser, "portfolio:export")) {
            assertEquals(due, portfolio.getSheetAt(0).getLastRowNum(), "the portfolio's rows");
        }
        // sorted by project number, then the other way round
        By byNumber = By.cssSelector("[id='portfolio:table'] th.ui-sortable-column:nth-of-type(3)");
        By byNumberTitle =
                By.cssSelector("[id='portfolio:table'] th.ui-sortable-column:nth-of-type(3) .ui-column-title");
        browser.driver().findElement(byNumberTitle).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "ascending".equals(d.findElement(byNumber).getAttribute("aria-sort")));
        List<String> ascending = portfolioNumbers(browser);
        assertTrue(ascending.size() > 1, ascending.toString());
        assertEquals(ascending.stream().sorted().toList(), ascending);
        browser.driver().findElement(byNumberTitle).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "descending".equals(d.findElement(byNumber).getAttribute("aria-sort")));
        assertEquals(
                ascending.stream().sorted(java.util.Comparator.reverseOrder()).toList(), portfolioNumbers(browser));

        // the audit trail: a search exports as it is found, and sorts by time either way
        browser.open(base.resolve("audit/index.xhtml"));
        browser.driver().findElement(By.id("audit:recordType")).sendKeys("Material");
        browser.driver().findElement(By.id("audit:search")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("audit:export"))
                        .getAttribute("href")
                        .contains("recordType=Material"));
        int materials = ((jakarta.json.JsonArray) Http.parse(new Http(base)
                        .get(
                                "/api/v1/audit?recordType=Material&limit=500",
                                "Authorization",
                                DemoUsers.basic(DemoUsers.SUPERVISOR))
                        .body()))
                .size();
        assertTrue(materials > 0, "this test created a material");
        try (Workbook trail = download(browser, "audit:export")) {
            assertEquals(materials, trail.getSheetAt(0).getLastRowNum(), "the search's rows");
            assertEquals(
                    "Material",
                    trail.getSheetAt(0)
                            .getRow(1)
                            .getCell(4)
                            .getStringCellValue()
                            .split(" ")[0]);
        }
        By byTime = By.cssSelector("[id='audit:table'] th.ui-sortable-column");
        browser.driver()
                .findElement(By.cssSelector("[id='audit:table'] th.ui-sortable-column .ui-column-title"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "ascending".equals(d.findElement(byTime).getAttribute("aria-sort")));
        List<String> times =
                browser.driver().findElements(By.cssSelector("[id='audit:table'] tbody tr td:first-child")).stream()
                        .map(td -> td.getText().replaceAll("^[^0-9]*", ""))
                        .toList();
        assertEquals(times.stream().sorted().toList(), times, "oldest first");

        browser.open(base.resolve("alerts/index.xhtml"));
        int red = browser.driver()
                .findElements(By.cssSelector("#alerts\\:red tbody tr[data-ri]"))
                .size();
        try (Workbook redList = download(browser, "alerts:exportRed")) {
            assertEquals(red, redList.getSheetAt(0).getLastRowNum(), "the red list's rows");
        }
        // one kind (the longest red item's): the page, the JSON and the download agree
        assertTrue(red > 0, "the demo data has red items");
        String kind = ((JsonArray) Http.parse(
                        api().send("GET", "/api/v1/alerts/red", DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null)
                                .body()))
                .getJsonObject(0)
                .getString("type");
        JsonArray ofKind = (JsonArray) Http.parse(api().send(
                        "GET",
                        "/api/v1/alerts/red?kind=" + kind.toLowerCase(java.util.Locale.ROOT),
                        DemoUsers.SUPERVISOR,
                        DemoUsers.PASSWORD,
                        null)
                .body());
        assertTrue(ofKind.size() > 0 && ofKind.size() <= red, ofKind.toString());
        assertTrue(ofKind.getValuesAs(JsonObject.class).stream()
                .allMatch(item -> item.getString("type").equals(kind)));
        // chosen as a person does: open the menu, wait for it to finish opening, click the kind's line
        String label = browser.driver()
                .findElement(By.cssSelector("[id='alerts:kind_input'] option[value='" + kind + "']"))
                .getAttribute("textContent");
        browser.driver().findElement(By.id("alerts:kind")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("var p = document.getElementById('alerts:kind_panel');"
                                + " return p !== null && getComputedStyle(p).display !== 'none'"
                                + " && getComputedStyle(p).opacity === '1' && jQuery(':animated').length === 0;")));
        browser.driver()
                .findElement(By.cssSelector("[id='alerts:kind_panel'] li[data-label='" + label + "']"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("alerts:exportRed"))
                        .getAttribute("href")
                        .contains("kind=" + kind));
        assertEquals(
                ofKind.size(),
                browser.driver()
                        .findElements(By.cssSelector("#alerts\\:red tbody tr[data-ri]"))
                        .size());
        try (Workbook redOfKind = download(browser, "alerts:exportRed")) {
            assertEquals(ofKind.size(), redOfKind.getSheetAt(0).getLastRowNum());
        }
        HttpResponse<String> badKind =
                api().send("GET", "/api/v1/alerts/red?kind=WEATHER", DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null);
        assertEquals(400, badKind.statusCode());
        assertEquals("kind", Http.json(badKind).getString("field"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Each chart of the page as Chart.js holds it: the values of its first data set (fails when one is not drawn). */
    @SuppressWarnings("unchecked")
    private static List<List<Double>> charts(Browser browser) {
        List<Object> found = (List<Object>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('.ui-chart canvas')).map(c => {"
                        + " const chart = window.Chart && Chart.getChart(c);"
                        + " return chart && c.width > 0 ? chart.data.datasets[0].data : 'not drawn'; });");
        return found.stream()
                .map(values -> {
                    assertTrue(values instanceof List, "a chart was not drawn: " + found);
                    return ((List<Object>) values)
                            .stream()
                                    .map(v -> v == null ? null : ((Number) v).doubleValue())
                                    .toList();
                })
                .toList();
    }

    /** Follows a download link as the browser would, with its session, and opens the workbook it answers. */
    private static List<String> portfolioNumbers(Browser browser) {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='portfolio:table'] tbody tr td:nth-child(3) a"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String firstLedgerRow(Browser browser) {
        return browser.driver()
                .findElement(By.cssSelector("[id='ledger:table'] tbody tr"))
                .getText();
    }

    private static Workbook download(Browser browser, String linkId) throws Exception {
        String href = browser.driver().findElement(By.id(linkId)).getAttribute("href");
        // every cookie the browser holds, as it would send them: the session's id and, with sessions kept in the
        // Data Grid, its version (JSESSIONIDVERSION); the id alone was refused now and then
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<byte[]> file = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode(), href);
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(Sheets.CONTENT_TYPE), href);
        return WorkbookFactory.create(new ByteArrayInputStream(file.body()));
    }

    // The customer's pages (issue 24, org.gridworks.customer): here because they need connected applications of a
    // known count, which this class makes anyway.

    private PublicCalls customer(String address) {
        return new PublicCalls(Http.loopback(deploymentUrl), address);
    }

    /** The audit rows customers' lookups left for a number (actor "customer"), oldest first: "ACTION record address". */
    private static List<String> customerAudit(String number) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestDatabase.connect();
                PreparedStatement sql = db.prepareStatement("SELECT action, record_id, client_address FROM audit_event"
                        + " WHERE actor = 'customer' AND summary LIKE ? ORDER BY id")) {
            sql.setString(1, number + "%");
            try (ResultSet row = sql.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
                }
            }
        }
        return rows;
    }

    @Test
    void aCustomerFollowsTheirApplicationWithNumberAndPhoneAndNoSession() throws Exception {
        knownDataSet();
        PublicCalls customer = customer("127.0.0.1");
        String a = numbers.get(0);
        int audited = customerAudit(a).size();
        PublicCalls.Answer found = customer.progress(a, "5501");
        assertEquals(200, found.status(), found.body());
        JsonObject progress = (JsonObject) Http.parse(found.body());
        assertAll(
                () -> assertEquals(a, progress.getString("number")),
                () -> assertEquals("HV_SINGLE", progress.getString("category")),
                () -> assertEquals("CONNECTED", progress.getString("status")),
                () -> assertEquals("2024-09-27", progress.getString("acceptedOn")),
                () -> assertEquals(22, progress.getInt("usedWorkingDays"), "A's hand count: 1 + 11 + 5 + 5"),
                () -> assertEquals(22, progress.getInt("limitWorkingDays")),
                () -> assertEquals(
                        List.of(
                                "ACCEPTANCE CLOSED",
                                "PLAN_REPLY CLOSED",
                                "COMPLETION_INSPECTION CLOSED",
                                "CONNECTION CLOSED"),
                        progress.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                                .map(s -> s.getString("code") + " " + s.getString("state"))
                                .toList()),
                () -> assertEquals(
                        11, progress.getJsonArray("steps").getJsonObject(1).getInt("usedWorkingDays")),
                () -> assertTrue(progress.isNull("nextStep")),
                () -> assertEquals("95598", progress.getString("hotline")),
                () -> assertEquals("12398", progress.getString("supervisionHotline")),
                () -> assertTrue(progress.getBoolean("mayRate")),
                () -> assertTrue(progress.containsKey("customerWorkingDays")),
                () -> assertTrue(
                        !found.body().contains("报表测试") && !found.body().contains(wuyiManager),
                        "nothing internal: no customer name, no staff login"),
                () -> assertEquals(List.of(), found.headers("Set-Cookie")),
                () -> assertTrue(found.header("Content-Security-Policy").contains("default-src 'none'")),
                () -> assertEquals("no-store", found.header("Cache-Control")));

        PublicCalls.Answer wrongPhone = customer.progress(a, "5599");
        PublicCalls.Answer wrongNumber = customer.progress("WY-2024-999999", "5501");
        assertAll(
                () -> assertEquals(404, wrongPhone.status()),
                () -> assertEquals(wrongPhone.status(), wrongNumber.status()),
                () -> assertEquals(wrongPhone.body(), wrongNumber.body(), "the same words for both"),
                () -> assertEquals(List.of(), wrongPhone.headers("Set-Cookie")));
        PublicCalls.Answer malformed = customer.progress(a, "55x1");
        assertEquals(400, malformed.status());
        assertEquals("phone4", ((JsonObject) Http.parse(malformed.body())).getString("field"));

        List<String> audit = customerAudit(a);
        assertEquals(
                List.of("PUBLIC_LOOKUP " + ids.get(0) + " 127.0.0.1", "PUBLIC_LOOKUP_FAILED null 127.0.0.1"),
                audit.subList(audited, audit.size()));
        assertEquals(List.of("PUBLIC_LOOKUP_FAILED null 127.0.0.1"), customerAudit("WY-2024-999999"));

        PublicCalls.Answer page = customer.get("/public/progress.xhtml", "Accept-Language: zh-CN,zh;q=0.9");
        assertAll(
                () -> assertEquals(200, page.status()),
                () -> assertTrue(page.body().contains("办电进度查询"), "Chinese by the browser's language"),
                () -> assertEquals(List.of(), page.headers("Set-Cookie"), "a public page creates no session"),
                () -> assertTrue(
                        page.header("Content-Security-Policy").contains("nonce-"),
                        page.header("Content-Security-Policy")),
                () -> assertEquals("DENY", page.header("X-Frame-Options")));
        PublicCalls.Answer style = customer.get("/jakarta.faces.resource/css/public.css.xhtml?ln=gridworks");
        assertEquals(200, style.status());
        assertEquals(List.of(), style.headers("Set-Cookie"), "nor do its styles");
        PublicCalls.Answer missing = customer.get("/public/no-such-page.xhtml?lang=en");
        assertAll(
                () -> assertEquals(404, missing.status()),
                () -> assertTrue(missing.body().contains("lang=\"en\""), "the request's language"),
                () -> assertEquals(List.of(), missing.headers("Set-Cookie"), "an error page under /public/ neither"));
    }

    @Test
    void theStandardsPageListsTheLimitsInForceTodayInChineseAndEnglish() throws Exception {
        PublicCalls customer = customer("127.0.0.1");
        PublicCalls.Answer en = customer.get("/public/standards.xhtml?lang=en");
        PublicCalls.Answer zh = customer.get("/public/standards.xhtml", "Accept-Language: zh-CN");
        assertEquals(200, en.status(), en.body());
        assertEquals(200, zh.status(), zh.body());
        assertTrue(en.body().contains("Our service standards") && en.body().contains("95598"));
        assertTrue(zh.body().contains("业扩服务标准") && zh.body().contains("12398"));
        assertEquals(List.of(), en.headers("Set-Cookie"));
        assertEquals(List.of(), zh.headers("Set-Cookie"));
        // the limits in force today, read from the policy table: each (category, variant) has one marked row
        List<String> inForce = new ArrayList<>();
        try (Connection db = TestDatabase.connect();
                PreparedStatement sql = db.prepareStatement("SELECT p.category, p.three_step, p.limit_days"
                        + " FROM clock_policy p WHERE p.effective_from = (SELECT MAX(q.effective_from)"
                        + " FROM clock_policy q WHERE q.category = p.category AND q.three_step = p.three_step"
                        + " AND q.effective_from <= CURRENT_DATE) ORDER BY p.category, p.three_step");
                ResultSet row = sql.executeQuery()) {
            while (row.next()) {
                inForce.add(row.getString(1) + (row.getBoolean(2) ? "-3" : "") + " " + row.getInt(3));
            }
        }
        assertTrue(inForce.size() >= 5, inForce.toString());
        Matcher marked = Pattern.compile(
                        "<section class=\"gw-card gw-standard\" id=\"standard-([A-Z_]+(?:-3)?)\">.*?"
                                + "<tr class=\"gw-in-force\">.*?<td class=\"gw-limit\">(\\d+) working days",
                        Pattern.DOTALL)
                .matcher(en.body());
        List<String> shown = new ArrayList<>();
        while (marked.find()) {
            shown.add(marked.group(1) + " " + marked.group(2));
        }
        assertEquals(inForce.stream().sorted().toList(), shown.stream().sorted().toList());
    }

    @Test
    void aConnectedApplicationIsRatedOnceAndAnOpenOneNotAtAll() throws Exception {
        knownDataSet();
        PublicCalls customer = customer("127.0.0.1");
        String b = numbers.get(1);
        PublicCalls.Answer rated = customer.rate(b, "5502", 2, 4, 5, "方案答复慢");
        assertEquals(201, rated.status(), rated.body());
        JsonObject after = (JsonObject) Http.parse(rated.body());
        assertTrue(after.getBoolean("rated"));
        assertFalse(after.getBoolean("mayRate"));
        PublicCalls.Answer again = customer.rate(b, "5502", 5, 5, 5, "");
        assertEquals(409, again.status(), again.body());
        assertEquals(404, customer.rate(numbers.get(0), "5599", 5, 5, 5, "").status(), "a wrong phone rates nothing");
        assertEquals(400, customer.rate(numbers.get(2), "5503", 6, 5, 5, "").status(), "stars are 1 to 5");
        try (Connection db = TestDatabase.connect();
                PreparedStatement sql = db.prepareStatement(
                        "SELECT speed, clarity, staff, comment FROM customer_rating WHERE project_id = ?")) {
            sql.setLong(1, ids.get(1));
            try (ResultSet row = sql.executeQuery()) {
                assertTrue(row.next());
                assertEquals(
                        "2 4 5 方案答复慢",
                        row.getInt(1) + " " + row.getInt(2) + " " + row.getInt(3) + " " + row.getString(4));
                assertFalse(row.next(), "once");
            }
        }

        // in the evaluation of the half-year B was connected in, and raised to the supervisors as red (speed 2)
        HttpResponse<String> figures = api().send(
                        "GET",
                        "/api/v1/reports/ratings?" + PERIOD + "&unit=WY",
                        DemoUsers.SUPERVISOR,
                        DemoUsers.PASSWORD,
                        null);
        assertEquals(200, figures.statusCode(), figures.body());
        JsonArray rows = (JsonArray) Http.parse(figures.body());
        assertEquals(1, rows.size(), figures.body());
        JsonObject wy = rows.getJsonObject(0);
        assertEquals(
                "WY HV_SINGLE 1 2.0 4.0 5.0 1",
                wy.getString("unit") + " " + wy.getString("category") + " " + wy.getInt("ratings") + " "
                        + wy.getJsonNumber("speed").doubleValue() + " "
                        + wy.getJsonNumber("clarity").doubleValue()
                        + " " + wy.getJsonNumber("staff").doubleValue() + " " + wy.getInt("low"));
        assertEquals(
                403,
                api().send("GET", "/api/v1/reports/ratings?" + PERIOD + "&unit=WC", wuyiManager, PASSWORD, null)
                        .statusCode(),
                "a manager sees their own unit's only");
        assertEquals(
                200,
                AlertScans.now(() ->
                                api().send("POST", "/api/v1/alerts/scan", DemoUsers.ADMIN, DemoUsers.PASSWORD, null))
                        .statusCode());
        HttpResponse<String> red =
                api().send("GET", "/api/v1/alerts/red", DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null);
        assertTrue(
                ((JsonArray) Http.parse(red.body()))
                        .getValuesAs(JsonObject.class).stream()
                                .anyMatch(a -> a.getString("type").equals("RATING")
                                        && a.getString("text").contains(b)),
                red.body());

        HttpResponse<String> open = api().send(
                        "POST",
                        "/api/v1/projects",
                        wuyiManager,
                        PASSWORD,
                        "{\"customerName\":\"报表测试 D 未接电\",\"contactPhone\":\"13905795504\",\"areaType\":\"URBAN\","
                                + "\"capacityKw\":630,\"voltageKv\":10,\"acceptedOn\":\"2024-09-27\","
                                + "\"needsSupportingWorks\":false}");
        assertEquals(201, open.statusCode(), open.body());
        String d = Http.json(open).getString("number");
        PublicCalls.Answer notYet = customer.rate(d, "5504", 5, 5, 5, "");
        assertEquals(409, notYet.status(), notYet.body());
        JsonObject progress =
                (JsonObject) Http.parse(customer.progress(d, "5504").body());
        assertFalse(progress.isNull("nextStep"), "an open application waits on a step");
        assertFalse(progress.getBoolean("mayRate"));
    }

    @Test
    void the31stLookupFromOneAddressWithinAMinuteIsSlowedAndSoIsAGuessedNumber() throws Exception {
        // fixed windows on the minute: not in its last seconds, so the 31 calls (half a second) fall in one window
        while (LocalTime.now().getSecond() > 55) {
            Thread.sleep(1000);
        }
        PublicCalls guesser = customer("127.0.0.7");
        for (int i = 0; i < 30; i++) {
            assertEquals(
                    404, guesser.progress("WY-2099-" + (100000 + i), "1234").status(), "call " + (i + 1));
        }
        PublicCalls.Answer slowed = guesser.progress("WY-2099-200000", "1234");
        assertEquals(429, slowed.status(), slowed.body());
        long retry = Long.parseLong(slowed.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 60, "until the minute ends: " + retry);
        assertTrue(((JsonObject) Http.parse(slowed.body())).getString("error").length() > 0);
        assertTrue(slowed.header("Content-Type").startsWith("application/json"));
        assertEquals(List.of("PUBLIC_LOOKUP_THROTTLED null 127.0.0.7"), customerAudit("WY-2099-200000"));
        assertEquals(200, customer("127.0.0.8").get("/public/standards.xhtml").status(), "others are not slowed");
        // the page says the same: 429 with Retry-After and the sentence, and still no session
        String page = guesser.get("/public/progress.xhtml?lang=en").body();
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        assertTrue(nonce.find(), "the page's CSP nonce");
        PublicCalls.Answer slowedPage = guesser.postForm(
                "/public/progress.xhtml?lang=en",
                "lookup=lookup&lookup%3Anumber=WY-2099-300000&lookup%3Aphone4=1234&lookup%3Asubmit=x"
                        + "&jakarta.faces.ViewState=stateless&primefaces.nonce=" + nonce.group(1));
        assertEquals(429, slowedPage.status(), slowedPage.body());
        assertTrue(slowedPage.body().contains("id=\"lookup:throttled\""), "the page says to wait");
        assertTrue(Long.parseLong(slowedPage.header("Retry-After")) <= 60);
        assertEquals(List.of(), slowedPage.headers("Set-Cookie"));

        // ten wrong phones for one number in an hour, from anywhere: the eleventh waits, even with the right phone
        knownDataSet();
        String c = numbers.get(2);
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    404,
                    customer("127.0.1." + (i + 1)).progress(c, "00" + (10 + i)).status());
        }
        PublicCalls.Answer held = customer("127.0.2.1").progress(c, "5503");
        assertEquals(429, held.status(), held.body());
        assertTrue(Long.parseLong(held.header("Retry-After")) <= 3600);
    }

    @Test
    void theProgressPageWorksOnANarrowPhoneWithoutACookie(Browser browser) {
        knownDataSet();
        URI base = Http.loopback(deploymentUrl);
        browser.resize(new Dimension(360, 740));
        try {
            browser.open(base.resolve("public/progress.xhtml?lang=en"));
            browser.driver().findElement(By.id("lookup:number")).sendKeys(numbers.get(0));
            browser.driver().findElement(By.id("lookup:phone4")).sendKeys("5501");
            browser.clickToNewPage(browser.driver().findElement(By.id("lookup:submit")));
            assertEquals(
                    numbers.get(0),
                    browser.driver().findElement(By.id("progress-number")).getText());
            assertTrue(browser.driver()
                    .findElement(By.id("progress-clock"))
                    .getText()
                    .contains("22"));
            Object widths = ((JavascriptExecutor) browser.driver())
                    .executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
            List<?> w = (List<?>) widths;
            assertTrue(((Number) w.get(1)).intValue() <= 400, "a phone's width: " + w);
            assertTrue(((Number) w.get(0)).intValue() <= ((Number) w.get(1)).intValue(), "no sideways scroll: " + w);
            browser.screenshot("public-progress-phone");
            assertEquals(Set.of(), browser.driver().manage().getCookies(), "no session cookie");
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }
    /**
     * Issue 24's rating from the public page in a real browser: the page's view is stateless, so the rating post is
     * the proof again with the stars; the customer sees the thanks, the rating is in the evaluation of the half-year
     * the application was connected in (2025's first: no other test rates there), and a second one is refused.
     */
    @Test
    void aCustomerRatesAConnectedApplicationFromTheProgressPageInChromiumOnce(Browser browser) throws Exception {
        knownDataSet();
        String e = connect(api(), "E 浏览器评价", "139 0579 5505", "2025-03-03", "2025-04-01", 11, 5);
        URI base = Http.loopback(deploymentUrl);
        browser.open(base.resolve("public/progress.xhtml?lang=en"));
        browser.driver().findElement(By.id("lookup:number")).sendKeys(e);
        browser.driver().findElement(By.id("lookup:phone4")).sendKeys("5505");
        browser.clickToNewPage(browser.driver().findElement(By.id("lookup:submit")));
        assertEquals(e, browser.driver().findElement(By.id("progress-number")).getText());
        for (String[] stars : new String[][] {{"speed", "4"}, {"clarity", "5"}, {"staff", "3"}}) {
            browser.driver()
                    .findElement(By.cssSelector("input[name='lookup:" + stars[0] + "'][value='" + stars[1] + "']"))
                    .click();
        }
        browser.driver().findElement(By.id("lookup:comment")).sendKeys("Quick and clear");
        browser.clickToNewPage(browser.driver().findElement(By.id("lookup:rate")));
        assertEquals(
                "Thank you for your rating.",
                browser.driver().findElement(By.id("rating-thanks")).getText(),
                browser.driver().findElement(By.id("lookup")).getText());
        assertTrue(browser.driver().findElements(By.id("rating")).isEmpty(), "no second rating form");
        browser.screenshot("public-rating-thanks");
        assertEquals(Set.of(), browser.driver().manage().getCookies(), "still no session cookie");
        assertEquals(List.of(), browser.consoleErrors());

        // a second rating is refused, on the API and on the page (which says it was rated and offers no form)
        PublicCalls customer = customer("127.0.0.1");
        assertEquals(409, customer.rate(e, "5505", 1, 1, 1, "again").status());
        browser.open(base.resolve("public/progress.xhtml?lang=en"));
        browser.driver().findElement(By.id("lookup:number")).sendKeys(e);
        browser.driver().findElement(By.id("lookup:phone4")).sendKeys("5505");
        browser.clickToNewPage(browser.driver().findElement(By.id("lookup:submit")));
        assertTrue(browser.driver().findElement(By.id("rating-done")).isDisplayed());
        assertTrue(browser.driver().findElements(By.id("rating")).isEmpty());

        try (Connection db = TestDatabase.connect();
                PreparedStatement sql = db.prepareStatement(
                        "SELECT speed, clarity, staff, comment FROM customer_rating WHERE project_id = ?")) {
            sql.setLong(1, known.get("E 浏览器评价"));
            try (ResultSet row = sql.executeQuery()) {
                assertTrue(row.next(), "the browser's rating is kept");
                assertEquals(
                        "4 5 3 Quick and clear",
                        row.getInt(1) + " " + row.getInt(2) + " " + row.getInt(3) + " " + row.getString(4));
                assertFalse(row.next(), "once");
            }
        }
        HttpResponse<String> figures = api().send(
                        "GET",
                        "/api/v1/reports/ratings?from=2025-01-01&to=2025-06-30&unit=WY",
                        DemoUsers.SUPERVISOR,
                        DemoUsers.PASSWORD,
                        null);
        assertEquals(200, figures.statusCode(), figures.body());
        JsonArray rows = (JsonArray) Http.parse(figures.body());
        assertEquals(1, rows.size(), figures.body());
        JsonObject wy = rows.getJsonObject(0);
        assertEquals(
                "WY HV_SINGLE 1 4.0 5.0 3.0 0",
                wy.getString("unit") + " " + wy.getString("category") + " " + wy.getInt("ratings") + " "
                        + wy.getJsonNumber("speed").doubleValue() + " "
                        + wy.getJsonNumber("clarity").doubleValue()
                        + " " + wy.getJsonNumber("staff").doubleValue() + " " + wy.getInt("low"));
    }

    // Open grid capacity (issue 24, org.gridworks.capacity): here beside the other public pages, and because the
    // known data set's Wuyi projects are high-voltage and of a unit no other test keeps capacity for.

    /**
     * Issue 24's done-when: an imported capacity workbook appears on the public page. Kept by hand and by Excel (a
     * bad row names its row and column and imports nothing; the same place updates), published without a session,
     * exported, deleted with the version seen, audited; the public page fits a phone and a Wuyi 10 kV project shows
     * its unit's feeders.
     */
    @Test
    void anImportedCapacityWorkbookAppearsOnThePublicPage(Browser browser) throws Exception {
        knownDataSet();
        StockApi api = api();
        String station = "110kV 测试" + UUID.randomUUID().toString().substring(0, 6) + "变";
        String admin = DemoUsers.ADMIN;
        HttpResponse<String> made = api.send(
                "POST",
                "/api/v1/grid-capacity",
                admin,
                DemoUsers.PASSWORD,
                "{\"substation\":\"" + station + "\",\"feeder\":\"10kV 一线\",\"voltageKv\":10,\"unit\":\"WY\","
                        + "\"availableKva\":500,\"updatedOn\":\"2026-11-01\"}");
        assertEquals(201, made.statusCode(), made.body());
        JsonObject first = Http.json(made);
        assertEquals("LIMITED", first.getString("level"));
        long firstId = first.getJsonNumber("id").longValue();
        HttpResponse<String> twice = api.send(
                "POST",
                "/api/v1/grid-capacity",
                admin,
                DemoUsers.PASSWORD,
                "{\"substation\":\"" + station + "\",\"feeder\":\"10kV 一线\",\"voltageKv\":10,\"unit\":\"WY\","
                        + "\"availableKva\":1,\"updatedOn\":\"2026-11-01\"}");
        assertEquals(400, twice.statusCode(), twice.body());
        assertEquals("feeder", Http.json(twice).getString("field"));
        assertEquals(
                409,
                api.send(
                                "PUT",
                                "/api/v1/grid-capacity/" + firstId,
                                admin,
                                DemoUsers.PASSWORD,
                                "{\"substation\":\"" + station + "\",\"feeder\":\"10kV 一线\",\"voltageKv\":10,"
                                        + "\"unit\":\"WY\",\"availableKva\":700,\"updatedOn\":\"2026-11-01\","
                                        + "\"version\":" + (first.getInt("version") + 1) + "}")
                        .statusCode(),
                "a stale version");
        assertEquals(
                403,
                api.send("GET", "/api/v1/grid-capacity", wuyiManager, PASSWORD, null)
                        .statusCode(),
                "administrators keep it");

        // a bad row anywhere: every problem with its row and column, and nothing imported
        byte[] bad = CapacityWorkbooks.of(
                new Object[] {station, "10kV 二线", 10, "WY", 3000, "2026-11-20"},
                new Object[] {station, "10kV 三线", 10, "WY", "lots", "2026-11-20"},
                new Object[] {station, "10kV 四线", 10, "火星供电", 100, "2026-11-20"});
        HttpResponse<byte[]> refused = api.bytes("POST", "/api/v1/grid-capacity.xlsx", admin, bad);
        String refusal = new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(400, refused.statusCode(), refusal);
        JsonArray problems = ((JsonObject) Http.parse(refusal)).getJsonArray("problems");
        assertEquals(
                List.of("3 E", "4 D"),
                problems.getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getInt("row") + " " + p.getString("column"))
                        .toList(),
                refusal);
        assertTrue(problems.getJsonObject(0).getString("error").startsWith("Row 3, column E:"), refusal);
        assertTrue(problems.getJsonObject(1).getString("error").contains("火星供电"), refusal);
        assertFalse(
                api.send("GET", "/api/v1/grid-capacity", admin, DemoUsers.PASSWORD, null)
                        .body()
                        .contains("10kV 二线"),
                "nothing of a refused file is imported");

        // the good file: the same place updates, a new one (its unit by name, a date typed as a date) is added
        byte[] good = CapacityWorkbooks.of(
                new Object[] {station, "10kV 一线", 10, "WY", 2500, "2026-11-20"},
                new Object[] {station, "10kV 二线", 10, "Wuyi Power Supply Company", 0, 46_346});
        HttpResponse<byte[]> imported = api.bytes("POST", "/api/v1/grid-capacity.xlsx", admin, good);
        String report = new String(imported.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, imported.statusCode(), report);
        JsonObject counts = (JsonObject) Http.parse(report);
        assertEquals("1 1", counts.getInt("created") + " " + counts.getInt("changed"), report);

        PublicCalls anyone = customer("127.0.0.9");
        PublicCalls.Answer list = anyone.get("/api/v1/public/capacity", "Accept-Language: en");
        assertEquals(200, list.status(), list.body());
        assertEquals(List.of(), list.headers("Set-Cookie"));
        JsonObject published = (JsonObject) Http.parse(list.body());
        JsonObject wuyi = published.getJsonArray("districts").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("unit").equals("WY"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(list.body()));
        assertEquals("Wuyi Power Supply Company", wuyi.getString("name"));
        List<String> mine = wuyi.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("substation").equals(station))
                .map(r -> r.getString("feeder") + " " + r.getInt("availableKva") + " " + r.getString("level") + " "
                        + r.getString("updatedOn"))
                .toList();
        assertEquals(List.of("10kV 一线 2500 PLENTY 2026-11-20", "10kV 二线 0 NONE 2026-11-20"), mine, list.body());
        assertFalse(list.body().contains("\"id\""), "no ids or versions in public");

        PublicCalls.Answer page = anyone.get("/public/capacity.xhtml?lang=en");
        assertEquals(200, page.status(), page.body());
        assertEquals(List.of(), page.headers("Set-Cookie"), "a public page creates no session");
        Matcher shown = Pattern.compile(
                        "<li class=\"gw-capacity-row (gw-capacity-[a-z]+)\">\\s*<span class=\"gw-capacity-place\">"
                                + "<strong>" + Pattern.quote(station) + "</strong> · ([^<]+)</span>")
                .matcher(page.body());
        List<String> rowsShown = new ArrayList<>();
        while (shown.find()) {
            rowsShown.add(shown.group(2) + " " + shown.group(1));
        }
        assertEquals(List.of("10kV 一线 gw-capacity-plenty", "10kV 二线 gw-capacity-none"), rowsShown);
        assertTrue(page.body().contains("Figures as of"), "the date of the figures");
        assertTrue(page.body().contains("id=\"district-WY\""), "grouped by district");
        assertTrue(
                anyone.get("/public/capacity.xhtml", "Accept-Language: zh-CN")
                        .body()
                        .contains("电网可开放容量"),
                "in Chinese too");
        assertTrue(
                anyone.get("/public/standards.xhtml?lang=en").body().contains("/public/capacity.xhtml?lang=en"),
                "the standards page links to it");

        // the export has the columns an import reads, in the caller's language
        HttpResponse<byte[]> export = api.bytes("GET", "/api/v1/grid-capacity.xlsx?lang=en", admin, null);
        assertEquals(200, export.statusCode());
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Substation", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(0).getStringCellValue().equals(station)
                        && row.getCell(1).getStringCellValue().equals("10kV 一线")) {
                    assertEquals(2500, (int) row.getCell(4).getNumericCellValue());
                    assertEquals("2026-11-20", row.getCell(5).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the imported row is exported");
        }

        // audited: the row's creation and the import's change, then a delete with the version seen
        JsonObject now =
                Http.json(api.send("GET", "/api/v1/grid-capacity/" + firstId, admin, DemoUsers.PASSWORD, null));
        assertEquals(
                409,
                api.send(
                                "DELETE",
                                "/api/v1/grid-capacity/" + firstId + "?version=" + first.getInt("version"),
                                admin,
                                DemoUsers.PASSWORD,
                                null)
                        .statusCode(),
                "the import changed it since");
        try (Connection db = TestDatabase.connect();
                PreparedStatement sql = db.prepareStatement("SELECT action FROM audit_event"
                        + " WHERE record_type = 'GridCapacity' AND record_id = ? ORDER BY id")) {
            sql.setString(1, Long.toString(firstId));
            List<String> actions = new ArrayList<>();
            try (ResultSet row = sql.executeQuery()) {
                while (row.next()) {
                    actions.add(row.getString(1));
                }
            }
            assertEquals(List.of("CREATE"), actions, "the import is audited as one line of its own");
        }

        // the public page on a phone, and the Wuyi 10 kV project's page with its unit's feeders
        URI base = Http.loopback(deploymentUrl);
        browser.resize(new Dimension(360, 740));
        try {
            browser.open(base.resolve("public/capacity.xhtml?lang=en"));
            assertTrue(
                    browser.driver().findElement(By.id("district-WY")).getText().contains(station));
            List<?> w = (List<?>) ((JavascriptExecutor) browser.driver())
                    .executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
            assertTrue(((Number) w.get(0)).intValue() <= ((Number) w.get(1)).intValue(), "no sideways scroll: " + w);
            assertEquals(Set.of(), browser.driver().manage().getCookies(), "no session cookie");
            browser.screenshot("public-capacity-phone");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        SignInPage.open(browser, base).signIn(wuyiManager, PASSWORD);
        browser.open(base.resolve("projects/project.xhtml?id=" + known.get("A 全部达标")));
        String feeders = browser.driver().findElement(By.id("capacity")).getText();
        assertTrue(feeders.contains(station + " · 10kV 一线") && feeders.contains("充裕"), feeders);
        assertEquals(List.of(), browser.consoleErrors());

        assertEquals(
                204,
                api.send(
                                "DELETE",
                                "/api/v1/grid-capacity/" + firstId + "?version=" + now.getInt("version"),
                                admin,
                                DemoUsers.PASSWORD,
                                null)
                        .statusCode());
        assertFalse(
                anyone.get("/public/capacity.xhtml?lang=en").body().contains(station + "</strong> · 10kV 一线"),
                "deleted");
    }
}
