package org.gridworks.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Milestone plans through the API and the pages: template, baseline freeze, slips, gates, stale saves, access. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class MilestonesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private Http http() {
        return new Http(Http.loopback(deploymentUrl));
    }

    private HttpResponse<String> send(String method, String path, String user, String json) {
        return http().send(HttpRequest.newBuilder(http().resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", DemoUsers.basic(user))
                .build());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private long projectWithPlan() {
        HttpResponse<String> project = send(
                "POST",
                "/api/v1/projects",
                DemoUsers.MANAGER,
                "{\"customerName\":\"配套工程客户\","
                        + "\"areaType\":\"URBAN\",\"capacityKw\":1000,\"voltageKv\":10,\"acceptedOn\":\"" + today()
                        + "\",\"needsSupportingWorks\":true}");
        assertEquals(201, project.statusCode(), project.body());
        long id = Http.json(project).getJsonNumber("id").longValue();
        HttpResponse<String> plan = send("POST", "/api/v1/projects/" + id + "/milestones", DemoUsers.MANAGER, "");
        assertEquals(201, plan.statusCode(), plan.body());
        return id;
    }

    private JsonArray milestones(long project) {
        return (JsonArray) Http.parse(http().get(
                        "/api/v1/projects/" + project + "/milestones",
                        "Authorization",
                        DemoUsers.basic(DemoUsers.SUPERVISOR))
                .body());
    }

    private static JsonObject find(JsonArray plan, String code) {
        return plan.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }

    private String plusWorkingDays(String from, int days) {
        return Http.json(http().get(
                                "/api/v1/calendar/due?from=" + from + "&workingDays=" + days,
                                "Authorization",
                                DemoUsers.basic(DemoUsers.MANAGER)))
                .getString("due");
    }

    @Test
    void aThreeDaySlipOnDesignMovesEveryLaterForecastByThreeWorkingDays() {
        long project = projectWithPlan();
        JsonArray plan = milestones(project);
        assertEquals(8, plan.size());
        assertTrue(
                plan.getValuesAs(JsonObject.class).stream()
                        .allMatch(m -> m.getString("baseline").equals(m.getString("forecast"))),
                "the proposal is the baseline");
        int version = plan.getJsonObject(0).getInt("version");
        assertEquals(
                200,
                send(
                                "POST",
                                "/api/v1/projects/" + project + "/milestones/approve",
                                DemoUsers.MANAGER,
                                "{\"version\":" + version + "}")
                        .statusCode());

        JsonObject design = find(milestones(project), "DESIGN_DONE");
        String slipped = plusWorkingDays(design.getString("baseline"), 3);
        HttpResponse<String> saved = send(
                "PUT",
                "/api/v1/projects/" + project + "/milestones/DESIGN_DONE",
                DemoUsers.MANAGER,
                "{\"forecast\":\"" + slipped + "\",\"version\":" + design.getInt("version") + "}");
        assertEquals(200, saved.statusCode(), saved.body());
        JsonArray after = (JsonArray) Http.parse(saved.body());
        List<String> later = List.of(
                "DESIGN_DONE",
                "PERMITS_GRANTED",
                "MATERIALS_ON_SITE",
                "CONSTRUCTION_STARTED",
                "COMPLETION_ACCEPTED",
                "ENERGISED");
        for (JsonObject m : after.getValuesAs(JsonObject.class)) {
            int expected = later.contains(m.getString("code")) ? 3 : 0;
            assertEquals(expected, m.getInt("slipWorkingDays"), m.toString());
        }
        // the stale version of before the save is refused and changes nothing
        HttpResponse<String> stale = send(
                "PUT",
                "/api/v1/projects/" + project + "/milestones/SETUP",
                DemoUsers.MANAGER,
                "{\"note\":\"lost\",\"version\":" + design.getInt("version") + "}");
        assertEquals(409, stale.statusCode());
    }

    @Test
    void badDatesGatesAndReBaselining() {
        long project = projectWithPlan();
        int version = milestones(project).getJsonObject(0).getInt("version");
        HttpResponse<String> future = send(
                "PUT",
                "/api/v1/projects/" + project + "/milestones/SETUP",
                DemoUsers.MANAGER,
                "{\"actual\":\"" + today().plusDays(5) + "\",\"version\":" + version + "}");
        assertEquals(400, future.statusCode());
        assertEquals("actual", Http.json(future).getString("field"));
        JsonObject plan = find(milestones(project), "PLAN_APPROVED");
        HttpResponse<String> early = send(
                "PUT",
                "/api/v1/projects/" + project + "/milestones/DESIGN_DONE",
                DemoUsers.MANAGER,
                "{\"forecast\":\"" + LocalDate.parse(plan.getString("forecast")).minusDays(1) + "\",\"version\":"
                        + version + "}");
        assertEquals(400, early.statusCode());
        assertEquals("forecast", Http.json(early).getString("field"));

        HttpResponse<String> gate = send(
                "PUT",
                "/api/v1/projects/" + project + "/milestones/CONSTRUCTION_STARTED",
                DemoUsers.MANAGER,
                "{\"actual\":\"" + today() + "\",\"version\":" + version + "}");
        assertEquals(409, gate.statusCode(), "no construction before permits and materials");
        assertTrue(Http.json(gate).getString("error").contains("permit"), gate.body());

        assertEquals(
                409,
                send(
                                "POST",
                                "/api/v1/projects/" + project + "/milestones/rebaseline",
                                DemoUsers.MANAGER,
                                "{\"reason\":\"x\",\"version\":" + version + "}")
                        .statusCode(),
                "a draft has no frozen baseline");
        assertEquals(
                200,
                send(
                                "POST",
                                "/api/v1/projects/" + project + "/milestones/approve",
                                DemoUsers.MANAGER,
                                "{\"version\":" + version + "}")
                        .statusCode());
        int approved = milestones(project).getJsonObject(0).getInt("version");
        assertEquals(
                400,
                send(
                                "POST",
                                "/api/v1/projects/" + project + "/milestones/rebaseline",
                                DemoUsers.MANAGER,
                                "{\"reason\":\" \",\"version\":" + approved + "}")
                        .statusCode());
        assertEquals(
                200,
                send(
                                "POST",
                                "/api/v1/projects/" + project + "/milestones/rebaseline",
                                DemoUsers.MANAGER,
                                "{\"reason\":\"设计单位调整\",\"version\":" + approved + "}")
                        .statusCode());
        JsonArray trail = (JsonArray) Http.parse(http().get(
                        "/api/v1/audit?recordType=MilestonePlan&recordId=" + project,
                        "Authorization",
                        DemoUsers.basic(DemoUsers.SUPERVISOR))
                .body());
        assertTrue(trail.toString().contains("设计单位调整"), trail.toString());
    }

    @Test
    void thePermitsMilestoneIsReachedWhenTheLastPermitIsGranted() {
        long project = projectWithPlan();
        for (String type : List.of("PLANNING", "ROAD_EXCAVATION")) {
            HttpResponse<String> track = send(
                    "POST", "/api/v1/projects/" + project + "/permits", DemoUsers.CLERK, "{\"type\":\"" + type + "\"}");
            long id = Http.json(track).getJsonNumber("id").longValue();
            // a grant needs every required document received or deferred
            for (JsonObject document :
                    Http.json(track).getJsonArray("documents").getValuesAs(JsonObject.class)) {
                assertEquals(
                        200,
                        send(
                                        "POST",
                                        "/api/v1/permit-documents/" + document.getJsonNumber("id") + "/state",
                                        DemoUsers.CLERK,
                                        "{\"state\":\"RECEIVED\"}")
                                .statusCode());
            }
            assertEquals(
                    200,
                    send("POST", "/api/v1/permits/" + id + "/submit", DemoUsers.CLERK, "{\"on\":\"" + today() + "\"}")
                            .statusCode());
        }
        List<JsonObject> tracks = ((JsonObject) Http.parse(http().get(
                                "/api/v1/projects/" + project + "/permits",
                                "Authorization",
                                DemoUsers.basic(DemoUsers.CLERK))
                        .body()))
                .getJsonArray("tracks")
                .getValuesAs(JsonObject.class);
        for (JsonObject track : tracks) {
            assertEquals(
                    JsonObject.NULL,
                    find(milestones(project), "PERMITS_GRANTED").get("actual"));
            assertEquals(
                    200,
                    send(
                                    "POST",
                                    "/api/v1/permits/" + track.getJsonNumber("id") + "/grant",
                                    DemoUsers.CLERK,
                                    "{\"on\":\"" + today() + "\",\"number\":\"P-" + track.getString("type")
                                            + "\",\"validFrom\":\"" + today() + "\",\"validTo\":\""
                                            + today().plusYears(1) + "\"}")
                            .statusCode());
        }
        assertEquals(
                today().toString(), find(milestones(project), "PERMITS_GRANTED").getString("actual"));
    }

    @Test
    void managersOfTheUnitPlanAndOthersRead() {
        long project = projectWithPlan();
        int version = milestones(project).getJsonObject(0).getInt("version");
        for (String user : List.of(DemoUsers.WAREHOUSE, DemoUsers.CLERK, DemoUsers.SUPERVISOR, DemoUsers.ADMIN)) {
            assertEquals(
                    403,
                    send(
                                    "POST",
                                    "/api/v1/projects/" + project + "/milestones/approve",
                                    user,
                                    "{\"version\":" + version + "}")
                            .statusCode(),
                    user);
            assertEquals(
                    200,
                    http().get("/api/v1/projects/" + project + "/milestones", "Authorization", DemoUsers.basic(user))
                            .statusCode(),
                    user);
        }
        assertEquals(
                409,
                send("POST", "/api/v1/projects/" + project + "/milestones", DemoUsers.MANAGER, "")
                        .statusCode(),
                "one plan per project");
    }

    @Test
    void aManagerApprovesAPlanRecordsASlipAndSeesLaterForecastsMoveAndTurnRed(Browser browser) {
        long project = projectWithPlan();
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.open(base.resolve("milestones/plan.xhtml?id=" + project));
        browser.driver().findElement(By.id("plan:approve")).click();
        browser.waitForPage();
        assertTrue(browser.driver().findElement(By.id("plan-status")).getText().contains("已批准"));
        String floatBefore = browser.driver().findElement(By.id("float")).getText();

        String design = find(milestones(project), "DESIGN_DONE").getString("baseline");
        var forecast = browser.driver().findElement(By.id("plan:milestones:2:forecast_input"));
        forecast.sendKeys(Keys.chord(Keys.CONTROL, "a"), plusWorkingDays(design, 3));
        browser.driver().findElement(By.id("plan:milestones:2:save")).click();
        browser.waitForPage();

        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector("#plan-gantt .bar-wrapper[data-id='ENERGISED']"))
                        .getAttribute("class")
                        .contains("gw-late"),
                "energisation now late against its baseline");
        assertEquals(
                "3",
                browser.driver().findElements(By.cssSelector(".gw-slip")).get(7).getText());
        assertEquals(
                Integer.parseInt(floatBefore) - 3,
                Integer.parseInt(browser.driver().findElement(By.id("float")).getText()));
        browser.screenshot("milestone-plan");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theGanttShowsThePlanAndADraggedForecastBarIsSavedAuditedOrRefusedAndReadersCannotDrag(Browser browser) {
        long project = projectWithPlan();
        URI base = Http.loopback(deploymentUrl);
        WebDriver driver = browser.driver();
        browser.resize(Browser.DESKTOP);
        SignInPage.open(browser, base).signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.open(base.resolve("milestones/plan.xhtml?id=" + project));

        assertEquals(
                8,
                driver.findElements(By.cssSelector("#plan-gantt .bar-wrapper")).size());
        assertEquals(
                8,
                driver.findElements(By.cssSelector("#plan-gantt .arrow path")).size(),
                "one arrow per finish-to-start link of the template");
        assertEquals(
                8,
                driver.findElements(By.cssSelector("#plan-gantt .gw-gantt-baseline"))
                        .size());
        assertEquals(
                1,
                driver.findElements(By.cssSelector("#plan-gantt .gw-gantt-deadline"))
                        .size());
        assertFalse(driver.findElements(By.cssSelector("#plan-gantt .bar-wrapper.gw-critical"))
                .isEmpty());
        assertFalse(
                driver.findElements(By.cssSelector("#plan-gantt .holiday-highlight"))
                        .isEmpty(),
                "non-working days shaded");
        assertTrue(
                driver.findElement(By.cssSelector("#plan-gantt .bar-wrapper[data-id='ENERGISED'] .bar-label"))
                        .getText()
                        .contains("浮动"),
                "float on the bar");
        // the date-picker button at 1366 px: wholly inside its cell and the thing a click at its middle hits
        Object pickerButton = ((JavascriptExecutor) driver)
                .executeScript(
                        "var b = arguments[0]; b.scrollIntoView({block: 'center'});"
                                + " var r = b.getBoundingClientRect(), c = b.closest('td').getBoundingClientRect();"
                                + " var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                                + " return (Math.min(r.right, c.right) - Math.max(r.left, c.left) >= 32)"
                                + " + ' ' + (hit !== null && hit.closest('.ui-datepicker-trigger') === b);",
                        driver.findElement(By.cssSelector("[id='plan:milestones:2:forecast'] .ui-datepicker-trigger")));
        assertEquals("true true", pickerButton, "visible width >= 32 px, not covered");

        String before = find(milestones(project), "DESIGN_DONE").getString("forecast");
        dragBar(browser, "DESIGN_DONE", 3);
        String moved = LocalDate.parse(before).plusDays(3).toString();
        assertEquals(moved, find(milestones(project), "DESIGN_DONE").getString("forecast"));
        assertTrue(driver.findElement(By.id("plan:messages")).getText().contains(moved));
        JsonArray trail = (JsonArray) Http.parse(http().get(
                        "/api/v1/audit?recordType=Milestone&recordId=" + project + "/DESIGN_DONE",
                        "Authorization",
                        DemoUsers.basic(DemoUsers.SUPERVISOR))
                .body());
        assertEquals(1, trail.size(), trail.toString());
        assertTrue(trail.toString().contains(moved), trail.toString());

        // someone else saves the plan meanwhile: the next drag is refused, nothing moves, the bar goes back
        int version = milestones(project).getJsonObject(0).getInt("version");
        assertEquals(
                200,
                send(
                                "PUT",
                                "/api/v1/projects/" + project + "/milestones/SETUP",
                                DemoUsers.MANAGER,
                                "{\"note\":\"elsewhere\",\"version\":" + version + "}")
                        .statusCode());
        String barBefore = barX(browser, "DESIGN_DONE");
        dragBar(browser, "DESIGN_DONE", 2);
        assertEquals(moved, find(milestones(project), "DESIGN_DONE").getString("forecast"));
        assertTrue(
                driver.findElement(By.id("plan:messages")).getText().contains("他人"),
                driver.findElement(By.id("plan:messages")).getText());
        assertEquals(barBefore, barX(browser, "DESIGN_DONE"), "the refused bar is drawn where it was");
        browser.screenshot("milestone-gantt");
        assertEquals(List.of(), browser.consoleErrors());

        driver.manage().deleteAllCookies();
        SignInPage.open(browser, base).signIn(DemoUsers.SUPERVISOR, DemoUsers.PASSWORD);
        browser.open(base.resolve("milestones/plan.xhtml?id=" + project));
        assertEquals(
                8,
                driver.findElements(By.cssSelector("#plan-gantt .bar-wrapper")).size());
        assertEquals(
                0, driver.findElements(By.cssSelector("#plan-gantt .handle")).size(), "no drag handles");
        assertEquals(
                "undefined",
                ((JavascriptExecutor) driver).executeScript("return typeof window.gwMoveForecast;"),
                "no move command on a reader's page");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Drags a Gantt bar by whole days (the chart's 30-pixel columns) with real mouse events. */
    private static void dragBar(Browser browser, String code, int days) {
        WebElement bar =
                browser.driver().findElement(By.cssSelector("#plan-gantt .bar-wrapper[data-id='" + code + "'] .bar"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", bar);
        Actions drag = new Actions(browser.driver()).clickAndHold(bar);
        for (int i = 0; i < days; i++) {
            drag.moveByOffset(30, 0);
        }
        drag.release().perform();
        browser.waitForPage();
    }

    private static String barX(Browser browser, String code) {
        return browser.driver()
                .findElement(By.cssSelector("#plan-gantt .bar-wrapper[data-id='" + code + "'] .bar"))
                .getAttribute("x");
    }

    @Test
    void administratorsKeepTheTemplateAndLoopsAreRefused(Browser browser) {
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open(base.resolve("admin/milestone-template.xhtml"));
        assertEquals(
                8,
                browser.driver()
                        .findElements(By.cssSelector("[id='template:table'] tbody tr"))
                        .size());
        browser.driver().findElement(By.cssSelector("[id$=':0:edit']")).click();
        browser.waitForPage();
        browser.driver().findElement(By.id("template:predecessors")).sendKeys("ENERGISED");
        browser.driver().findElement(By.id("template:save")).click();
        browser.waitForPage();
        assertTrue(
                browser.driver()
                        .findElement(By.id("template:messages"))
                        .getText()
                        .contains("循环"),
                browser.driver().findElement(By.id("template:messages")).getText());
        browser.screenshot("admin-milestone-template");
        assertEquals(List.of(), browser.consoleErrors());
    }
}
