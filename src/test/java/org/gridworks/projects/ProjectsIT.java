package org.gridworks.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.gridworks.identity.SignInPage;
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
import org.openqa.selenium.Keys;

/** Projects through the API and the pages: clocks end to end, bad input, stale edits, access by role and unit. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class ProjectsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private Http http() {
        return new Http(Http.loopback(deploymentUrl));
    }

    private HttpResponse<String> post(String path, String user, String json) {
        return send("POST", path, user, json);
    }

    private HttpResponse<String> send(String method, String path, String user, String json) {
        return http().send(HttpRequest.newBuilder(http().resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", DemoUsers.basic(user))
                .build());
    }

    private JsonObject get(String path, String user) {
        HttpResponse<String> response =
                http().get(path, "Authorization", DemoUsers.basic(user), "Accept-Language", "en");
        assertEquals(200, response.statusCode(), path + " " + response.body());
        return Http.json(response);
    }

    /** The N-th working day after a date, from the calendar API, at a time of day. */
    private String workingDaysAfter(String from, int days, String time) {
        return get("/api/v1/calendar/due?from=" + from + "&workingDays=" + days, DemoUsers.MANAGER)
                        .getString("due") + "T" + time;
    }

    private long createHighVoltage(String name) {
        HttpResponse<String> created = post(
                "/api/v1/projects",
                DemoUsers.MANAGER,
                "{\"customerName\":\"" + name
                        + "\",\"areaType\":\"URBAN\",\"capacityKw\":630,\"voltageKv\":10,\"dualSupply\":false,"
                        + "\"smallMicroEnterprise\":false,\"residential\":false,\"acceptedOn\":\"2024-09-27\","
                        + "\"needsSupportingWorks\":true,\"threeStepVariant\":false}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject project = Http.json(created);
        assertEquals("HV_SINGLE", project.getString("category"));
        assertEquals(4, project.getJsonArray("steps").size());
        return project.getJsonNumber("id").longValue();
    }

    private JsonObject step(long id, String code, String action, String at) {
        HttpResponse<String> response = post(
                "/api/v1/projects/" + id + "/steps/" + code + "/" + action,
                DemoUsers.MANAGER,
                "{\"at\":\"" + at + "\"}");
        assertEquals(200, response.statusCode(), code + " " + action + " " + response.body());
        return Http.json(response);
    }

    /** Runs the four steps across National Day 2024, the connection step taking the given working days. */
    private JsonObject runFourSteps(long id, int connectionDays) {
        String acceptanceClosed = workingDaysAfter("2024-09-27", 1, "10:00:00");
        step(id, "ACCEPTANCE", "close", acceptanceClosed);
        step(id, "PLAN_REPLY", "open", acceptanceClosed.substring(0, 10) + "T11:00:00");
        String planClosed = workingDaysAfter(acceptanceClosed.substring(0, 10), 11, "10:00:00");
        step(id, "PLAN_REPLY", "close", planClosed);
        // the customer builds for a few weeks: the handling clock stands still
        step(id, "COMPLETION_INSPECTION", "open", "2024-11-01T09:00:00");
        String inspected = workingDaysAfter("2024-11-01", 5, "10:00:00");
        step(id, "COMPLETION_INSPECTION", "close", inspected);
        step(id, "CONNECTION", "open", inspected.substring(0, 10) + "T11:00:00");
        return step(
                id, "CONNECTION", "close", workingDaysAfter(inspected.substring(0, 10), connectionDays, "15:00:00"));
    }

    @Test
    void aHighVoltageProjectClosedIn22WorkingDaysMeetsItsLimitAndIn23MissesIt() {
        JsonObject met = runFourSteps(createHighVoltage("准时的高压客户"), 5);
        JsonObject handling = met.getJsonArray("clocks").getJsonObject(0);
        assertEquals("HANDLING", handling.getString("scope"));
        assertEquals(22, handling.getInt("usedWorkingDays"));
        assertEquals(22, handling.getInt("limitWorkingDays"));
        assertEquals("MET", handling.getString("status"));
        assertEquals("CONNECTED", met.getString("status"));

        JsonObject missed = runFourSteps(createHighVoltage("超期的高压客户"), 6);
        assertEquals(23, missed.getJsonArray("clocks").getJsonObject(0).getInt("usedWorkingDays"));
        assertEquals("MISSED", missed.getJsonArray("clocks").getJsonObject(0).getString("status"));
        assertEquals("MISSED", missed.getString("clockStatus"));
    }

    @Test
    void aThreeZeroProjectAcceptedIn2022IsHeldTo20Days() {
        HttpResponse<String> created = post(
                "/api/v1/projects",
                DemoUsers.MANAGER,
                "{\"customerName\":\"三零小店\","
                        + "\"areaType\":\"RURAL\",\"capacityKw\":90,\"voltageKv\":0.4,\"smallMicroEnterprise\":true,"
                        + "\"acceptedOn\":\"2022-03-01\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject project = Http.json(created);
        assertEquals("LV_THREE_ZERO", project.getString("category"));
        assertEquals("Eligible for three zeros: 90 kW ≤ 100 kW, rural.", project.getString("categoryReason"));
        JsonObject whole = project.getJsonArray("clocks").getJsonObject(0);
        assertEquals("WHOLE", whole.getString("scope"));
        assertEquals(20, whole.getInt("limitWorkingDays"));
        assertEquals("RED", whole.getString("status"), "still open years later");
    }

    @Test
    void badInputIsRefusedAtTheFieldAndChangesNothing() {
        String future = LocalDate.now().plusDays(3).toString();
        String[][] bad = {
            {
                "{\"customerName\":\"x\",\"areaType\":\"URBAN\",\"capacityKw\":-5,\"voltageKv\":0.4,\"acceptedOn\":\"2024-01-02\"}",
                "capacityKw"
            },
            {
                "{\"customerName\":\"x\",\"areaType\":\"URBAN\",\"capacityKw\":50,\"voltageKv\":0.4,\"acceptedOn\":\""
                        + future + "\"}",
                "acceptedOn"
            },
            {
                "{\"customerName\":\"x\",\"areaType\":\"URBAN\",\"capacityKw\":50,\"voltageKv\":35,\"acceptedOn\":\"2024-01-02\"}",
                "voltageKv"
            },
            {
                "{\"customerName\":\" \",\"areaType\":\"URBAN\",\"capacityKw\":50,\"voltageKv\":0.4,\"acceptedOn\":\"2024-01-02\"}",
                "customerName"
            },
            {
                "{\"customerName\":\"x\",\"areaType\":\"MOON\",\"capacityKw\":50,\"voltageKv\":0.4,\"acceptedOn\":\"2024-01-02\"}",
                "areaType"
            }
        };
        long before = http().get(
                        "/api/v1/projects?limit=200&status=", "Authorization", DemoUsers.basic(DemoUsers.MANAGER))
                .body()
                .split("\"id\"")
                .length;
        for (String[] call : bad) {
            HttpResponse<String> response = post("/api/v1/projects", DemoUsers.MANAGER, call[0]);
            assertEquals(400, response.statusCode(), response.body());
            assertEquals(call[1], Http.json(response).getString("field"), response.body());
        }
        long after = http().get(
                        "/api/v1/projects?limit=200&status=", "Authorization", DemoUsers.basic(DemoUsers.MANAGER))
                .body()
                .split("\"id\"")
                .length;
        assertEquals(before, after, "nothing saved");

        long id = createHighVoltage("时间倒流测试");
        HttpResponse<String> backwards = post(
                "/api/v1/projects/" + id + "/steps/ACCEPTANCE/close",
                DemoUsers.MANAGER,
                "{\"at\":\"2024-09-26T10:00:00\"}");
        assertEquals(400, backwards.statusCode());
        assertEquals("at", Http.json(backwards).getString("field"));
        HttpResponse<String> skipped = post(
                "/api/v1/projects/" + id + "/steps/CONNECTION/open",
                DemoUsers.MANAGER,
                "{\"at\":\"2024-10-10T10:00:00\"}");
        assertEquals(409, skipped.statusCode(), "the step before is still open");
    }

    @Test
    void aStaleEditIsRefused() {
        long id = createHighVoltage("并发编辑测试");
        int version = get("/api/v1/projects/" + id, DemoUsers.MANAGER).getInt("version");
        String edit = "{\"customerName\":\"并发编辑测试（改）\",\"areaType\":\"URBAN\",\"capacityKw\":800,\"voltageKv\":10,"
                + "\"acceptedOn\":\"2024-09-27\",\"version\":" + version + "}";
        assertEquals(
                200,
                send("PUT", "/api/v1/projects/" + id, DemoUsers.MANAGER, edit).statusCode());
        HttpResponse<String> stale =
                send("PUT", "/api/v1/projects/" + id, DemoUsers.MANAGER, edit.replace("（改）", "（再改）"));
        assertEquals(409, stale.statusCode());
        assertEquals(
                "并发编辑测试（改）", get("/api/v1/projects/" + id, DemoUsers.MANAGER).getString("customerName"));
        HttpResponse<String> staleStep = post(
                "/api/v1/projects/" + id + "/steps/ACCEPTANCE/close",
                DemoUsers.MANAGER,
                "{\"at\":\"2024-09-29T10:00:00\",\"version\":" + version + "}");
        assertEquals(409, staleStep.statusCode(), "a step action from a stale page is refused too");
    }

    /**
     * Administrators keep the application document types: a type they mark "four-free" flags an enterprise
     * application asking for it; others may read the list but not change it; bad input and a stale edit change nothing.
     */
    @Test
    void administratorsKeepTheApplicationDocumentTypesAndTheirFourFreeMark() {
        String path = "/api/v1/application-document-types";
        HttpResponse<String> created = post(
                path,
                DemoUsers.ADMIN,
                "{\"code\":\"TAX_RECORD\",\"nameZh\":\"纳税证明\",\"nameEn\":\"Tax record\",\"fourFree\":true}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(
                403,
                post(path, DemoUsers.MANAGER, "{\"code\":\"OTHER\",\"nameZh\":\"其他\",\"nameEn\":\"Other\"}")
                        .statusCode());
        HttpResponse<String> badCode =
                post(path, DemoUsers.ADMIN, "{\"code\":\"tax record\",\"nameZh\":\"x\",\"nameEn\":\"x\"}");
        assertEquals(400, badCode.statusCode());
        assertTrue(badCode.body().contains("\"code\""), badCode.body());
        assertEquals(
                400,
                post(path, DemoUsers.ADMIN, "{\"code\":\"TAX_RECORD\",\"nameZh\":\"重复\",\"nameEn\":\"Again\"}")
                        .statusCode(),
                "a code is taken once");
        long id = createHighVoltage("四免材料测试");
        JsonObject flagged = Http.json(send(
                "PUT",
                "/api/v1/projects/" + id + "/application-documents",
                DemoUsers.MANAGER,
                "{\"documents\":[\"TAX_RECORD\"]}"));
        assertEquals(true, flagged.getBoolean("documentsFlagged"), "a four-free document is never asked for");

        int version = Http.json(created).getInt("version");
        String retire = "{\"nameZh\":\"纳税证明\",\"nameEn\":\"Tax record\",\"fourFree\":false,\"active\":false,"
                + "\"version\":" + version + "}";
        assertEquals(
                200, send("PUT", path + "/TAX_RECORD", DemoUsers.ADMIN, retire).statusCode());
        assertEquals(
                409, send("PUT", path + "/TAX_RECORD", DemoUsers.ADMIN, retire).statusCode(), "a stale edit");
        HttpResponse<String> list = http().get(path, "Authorization", DemoUsers.basic(DemoUsers.MANAGER));
        assertEquals(200, list.statusCode(), "everyone signed in reads the types");
        JsonObject listed = Http.parse(list.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("TAX_RECORD"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(false, false), List.of(listed.getBoolean("fourFree"), listed.getBoolean("active")));
        HttpResponse<String> audit = http().get(
                        "/api/v1/audit?recordType=ApplicationDocumentType&recordId=TAX_RECORD",
                        "Authorization",
                        DemoUsers.basic(DemoUsers.SUPERVISOR));
        assertEquals(2, Http.parse(audit.body()).asJsonArray().size(), "created and changed, audited");
    }

    @Test
    void eachRoleDoesItsOwnWorkInItsOwnUnit() {
        String body = "{\"customerName\":\"越权测试\",\"areaType\":\"URBAN\",\"capacityKw\":50,\"voltageKv\":0.4,"
                + "\"acceptedOn\":\"2024-01-02\"}";
        for (String user : List.of(DemoUsers.WAREHOUSE, DemoUsers.CLERK, DemoUsers.SUPERVISOR, DemoUsers.ADMIN)) {
            assertEquals(403, post("/api/v1/projects", user, body).statusCode(), user + " may not create projects");
        }
        assertEquals(
                403,
                post("/api/v1/projects", DemoUsers.MANAGER, body.replace("\"URBAN\"", "\"URBAN\",\"unit\":\"LX\""))
                        .statusCode(),
                "a manager works in their own unit");

        long lanxi = Http.parse(http().get(
                                "/api/v1/projects?unit=LX&status=",
                                "Authorization",
                                DemoUsers.basic(DemoUsers.SUPERVISOR))
                        .body())
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                404,
                http().get("/api/v1/projects/" + lanxi, "Authorization", DemoUsers.basic(DemoUsers.MANAGER))
                        .statusCode(),
                "another unit's project is not even shown to exist");
        assertEquals(
                200,
                http().get("/api/v1/projects/" + lanxi, "Authorization", DemoUsers.basic(DemoUsers.SUPERVISOR))
                        .statusCode());
        HttpResponse<String> page =
                http().get("/projects/project.xhtml?id=" + lanxi, "Authorization", DemoUsers.basic(DemoUsers.MANAGER));
        assertEquals(404, page.statusCode(), "the page of another unit's project is the friendly 404");
        assertTrue(page.body().contains("页面不存在"));
        long own = createHighVoltage("本单位项目");
        assertEquals(
                200,
                http().get("/api/v1/projects/" + own, "Authorization", DemoUsers.basic(DemoUsers.CLERK))
                        .statusCode(),
                "the clerk of the same unit reads it");
        assertEquals(
                403,
                post(
                                "/api/v1/projects/" + own + "/steps/ACCEPTANCE/close",
                                DemoUsers.CLERK,
                                "{\"at\":\"2024-09-29T10:00:00\"}")
                        .statusCode(),
                "but does not run its steps");
    }

    @Test
    void aManagerCreatesAProjectSeesWhyAndRunsItsStepsOnThePages(Browser browser) {
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.open(base.resolve("projects/edit.xhtml"));
        browser.driver().findElement(By.id("project:customerName")).sendKeys("金华测试便利店");
        var accepted = browser.driver().findElement(By.id("project:acceptedOn_input"));
        accepted.sendKeys(
                Keys.chord(Keys.CONTROL, "a"), LocalDate.now().minusDays(40).toString());
        browser.driver()
                .findElement(By.cssSelector("[id='project:smallMicro'] .ui-chkbox-box"))
                .click();
        browser.waitForPage();
        browser.driver().findElement(By.id("project:capacityKw_input")).sendKeys("120");
        browser.driver().findElement(By.id("project:address")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("project:suggestion")).getText().contains("120 kW"));
        assertTrue(
                browser.driver()
                        .findElement(By.id("project:suggestion"))
                        .getText()
                        .contains("符合“三零”：120 kW ≤ 160 kW"),
                browser.driver().findElement(By.id("project:suggestion")).getText());
        browser.screenshot("project-new");
        browser.driver().findElement(By.id("project:save")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("project.xhtml"));
        browser.waitForPage();

        assertEquals(
                "低压非居民“三零”", browser.driver().findElement(By.id("category")).getText());
        assertTrue(
                browser.driver()
                        .findElement(By.id("project:messages"))
                        .getText()
                        .matches("(?s).*项目 [A-Z]+-\\d{4}-\\d{6} 已保存.*"),
                "the saved form says so: "
                        + browser.driver()
                                .findElement(By.id("project:messages"))
                                .getText());
        assertTrue(browser.driver().findElement(By.id("explanation")).getText().contains("120 kW ≤ 160 kW"));
        assertEquals("RED", mainClock(browser), "accepted 40 days ago and still open");

        browser.driver().findElement(By.cssSelector("[id$=':0:close']")).click();
        browser.waitForPage();
        browser.driver().findElement(By.cssSelector("[id$=':1:open']")).click();
        browser.waitForPage();
        browser.driver().findElement(By.cssSelector("[id$=':1:close']")).click();
        browser.waitForPage();
        assertEquals("MISSED", mainClock(browser));
        assertEquals("已接电", browser.driver().findElement(By.id("status")).getText());
        browser.screenshot("project-connected");
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static String mainClock(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".gw-clock-main")).getAttribute("data-status");
    }
}
