package org.gridworks.permits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gridworks.identity.SignInPage;
import org.gridworks.testing.AlertScans;
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

/** Permits through the API and the pages: parallel tracks, the milestone, bad input, uploads, access, the board. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class PermitsIT {

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
        return http().send(HttpRequest.newBuilder(http().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", DemoUsers.basic(user))
                .build());
    }

    private JsonObject ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, response.body());
        return Http.json(response);
    }

    private long project(String acceptedOn) {
        return ok(post(
                        "/api/v1/projects",
                        DemoUsers.MANAGER,
                        "{\"customerName\":\"审批测试客户\",\"areaType\":\"URBAN\","
                                + "\"capacityKw\":800,\"voltageKv\":10,\"acceptedOn\":\"" + acceptedOn
                                + "\",\"needsSupportingWorks\":true}"))
                .getJsonNumber("id")
                .longValue();
    }

    private long track(long project, String type) {
        return ok(post("/api/v1/projects/" + project + "/permits", DemoUsers.CLERK, "{\"type\":\"" + type + "\"}"))
                .getJsonNumber("id")
                .longValue();
    }

    /** Marks every required document of a track received, as a clerk does before a grant. */
    private void receiveAll(long track) {
        for (JsonObject document : ok(http().get(
                                "/api/v1/permits/" + track, "Authorization", DemoUsers.basic(DemoUsers.CLERK)))
                .getJsonArray("documents")
                .getValuesAs(JsonObject.class)) {
            ok(post(
                    "/api/v1/permit-documents/" + document.getJsonNumber("id") + "/state",
                    DemoUsers.CLERK,
                    "{\"state\":\"RECEIVED\"}"));
        }
    }

    private JsonObject permits(long project, String user) {
        return ok(http().get("/api/v1/projects/" + project + "/permits", "Authorization", DemoUsers.basic(user)));
    }

    private HttpResponse<String> put(String path, String user, String json) {
        return http().send(HttpRequest.newBuilder(http().resolve(path))
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", DemoUsers.basic(user))
                .build());
    }

    private JsonObject route(long project) {
        return ok(http().get(
                        "/api/v1/projects/" + project + "/permit-route",
                        "Authorization",
                        DemoUsers.basic(DemoUsers.CLERK)));
    }

    /** The proposals of a project as "TYPE MODE STATE because CONDITION", in the order they were made. */
    private List<String> proposals(long project) {
        return route(project).getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("permitType") + " " + p.getString("mode") + " " + p.getString("state")
                        + " because " + p.getString("because"))
                .toList();
    }

    private long proposal(long project, String type) {
        return route(project).getJsonArray("proposals").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("permitType").equals(type))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private JsonObject track(long project, String type, String user) {
        return permits(project, user).getJsonArray("tracks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals(type))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRouteCrossingARoadProposesTheExcavationPermitAndAShortOneOffTheRoadProposesNone() {
        long crossing = project("2024-05-06");
        assertEquals(List.of(), proposals(crossing), "no site facts yet, nothing proposed");
        ok(put(
                "/api/v1/projects/" + crossing + "/site-facts",
                DemoUsers.MANAGER,
                "{\"newLineMetres\":120,\"crossesRoad\":true}"));
        assertEquals(
                List.of(
                        "PLANNING NOTICE_AND_COMMITMENT PROPOSED because VOLTAGE_KV >= 10 & NEW_LINE_METRES > 0"
                                + " & NEW_LINE_METRES <= 200 & !IN_PROTECTED_ZONE",
                        "ROAD_EXCAVATION NORMAL_REVIEW PROPOSED because CROSSES_ROAD & NEW_LINE_METRES > 50",
                        "ROAD_OCCUPATION NOTICE_AND_COMMITMENT PROPOSED because CROSSES_ROAD"),
                proposals(crossing));
        JsonObject greenSpace = route(crossing).getJsonArray("why").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("permitType").equals("GREEN_SPACE"))
                .findFirst()
                .orElseThrow();
        assertEquals(false, greenSpace.getBoolean("needed"));
        assertEquals(
                "[\"OCCUPIES_GREEN_SPACE\"]", greenSpace.getJsonArray("unmet").toString());

        // the clerk confirms the excavation permit: its track is created for normal review
        assertEquals(
                400,
                post(
                                "/api/v1/permit-proposals/" + proposal(crossing, "ROAD_OCCUPATION") + "/override",
                                DemoUsers.CLERK,
                                "{\"mode\":\"EXEMPT\"}")
                        .statusCode(),
                "an override needs a reason");
        assertEquals(
                403,
                post(
                                "/api/v1/permit-proposals/" + proposal(crossing, "ROAD_EXCAVATION") + "/confirm",
                                DemoUsers.MANAGER,
                                "{}")
                        .statusCode());
        ok(post(
                "/api/v1/permit-proposals/" + proposal(crossing, "ROAD_EXCAVATION") + "/confirm",
                DemoUsers.CLERK,
                "{}"));
        ok(post(
                "/api/v1/permit-proposals/" + proposal(crossing, "ROAD_OCCUPATION") + "/override",
                DemoUsers.CLERK,
                "{\"mode\":\"EXEMPT\",\"reason\":\"交警确认无需占路\"}"));
        assertEquals(
                List.of(
                        "PLANNING NOTICE_AND_COMMITMENT PROPOSED because VOLTAGE_KV >= 10 & NEW_LINE_METRES > 0"
                                + " & NEW_LINE_METRES <= 200 & !IN_PROTECTED_ZONE",
                        "ROAD_EXCAVATION NORMAL_REVIEW CONFIRMED because CROSSES_ROAD & NEW_LINE_METRES > 50",
                        "ROAD_OCCUPATION NOTICE_AND_COMMITMENT OVERRIDDEN because CROSSES_ROAD"),
                proposals(crossing));
        assertEquals(
                List.of("ROAD_EXCAVATION NORMAL_REVIEW PREPARED"),
                permits(crossing, DemoUsers.MANAGER).getJsonArray("tracks").getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("type") + " " + t.getString("mode") + " " + t.getString("status"))
                        .toList());

        long offRoad = project("2024-05-06");
        ok(put("/api/v1/projects/" + offRoad + "/site-facts", DemoUsers.MANAGER, "{\"newLineMetres\":0}"));
        assertEquals(List.of(), proposals(offRoad));
        JsonObject excavation = route(offRoad).getJsonArray("why").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("permitType").equals("ROAD_EXCAVATION"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "[\"CROSSES_ROAD & NEW_LINE_METRES > 50\",\"CROSSES_ROAD & NEW_LINE_METRES <= 50\"]",
                excavation.getJsonArray("unmet").toString());
        assertEquals(0, permits(offRoad, DemoUsers.CLERK).getJsonArray("tracks").size());
    }

    @Test
    void aNoticeAndCommitmentPermitIsGrantedOnFilingAndANormalOneWaits() {
        long project = project("2024-05-06");
        ok(put(
                "/api/v1/projects/" + project + "/site-facts",
                DemoUsers.MANAGER,
                "{\"newLineMetres\":30,\"crossesRoad\":true}"));
        ok(post(
                "/api/v1/permit-proposals/" + proposal(project, "ROAD_EXCAVATION") + "/confirm",
                DemoUsers.CLERK,
                "{}"));
        long excavation = track(project, "ROAD_EXCAVATION", DemoUsers.CLERK)
                .getJsonNumber("id")
                .longValue();
        JsonObject filed =
                ok(post("/api/v1/permits/" + excavation + "/submit", DemoUsers.CLERK, "{\"on\":\"2024-05-07\"}"));
        assertEquals("NOTICE_AND_COMMITMENT", filed.getString("mode"));
        assertEquals("GRANTED", filed.getString("status"));
        assertEquals("2024-05-07", filed.getString("decidedOn"));

        // the clerk overrides the occupation permit to normal review: filed, it waits for the authority
        ok(post(
                "/api/v1/permit-proposals/" + proposal(project, "ROAD_OCCUPATION") + "/override",
                DemoUsers.CLERK,
                "{\"mode\":\"NORMAL_REVIEW\",\"reason\":\"主干道，交警要求审批\"}"));
        long occupation = track(project, "ROAD_OCCUPATION", DemoUsers.CLERK)
                .getJsonNumber("id")
                .longValue();
        JsonObject waiting =
                ok(post("/api/v1/permits/" + occupation + "/submit", DemoUsers.CLERK, "{\"on\":\"2024-05-07\"}"));
        assertEquals("NORMAL_REVIEW", waiting.getString("mode"));
        assertEquals("SUBMITTED", waiting.getString("status"));
        assertEquals(JsonValue.NULL, permits(project, DemoUsers.MANAGER).get("allGrantedOn"));
    }

    @Test
    void threeParallelPermitsReachTheMilestoneOnTheDayTheLastIsGranted() {
        long project = project("2024-04-01");
        String[][] grants = {
            {"PLANNING", "2024-04-10"}, {"ROAD_EXCAVATION", "2024-04-12"}, {"ROAD_OCCUPATION", "2024-04-11"}
        };
        for (String[] grant : grants) {
            long id = track(project, grant[0]);
            ok(post("/api/v1/permits/" + id + "/submit", DemoUsers.CLERK, "{\"on\":\"2024-04-08\"}"));
            receiveAll(id);
        }
        assertEquals(JsonValue.NULL, permits(project, DemoUsers.MANAGER).get("allGrantedOn"));
        List<JsonObject> tracks =
                permits(project, DemoUsers.CLERK).getJsonArray("tracks").getValuesAs(JsonObject.class);
        for (int i = 0; i < grants.length; i++) {
            long id = tracks.stream()
                    .filter(t -> t.getString("type").equals(grants[0][0]))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
            String type = grants[i][0];
            long trackId = tracks.stream()
                    .filter(t -> t.getString("type").equals(type))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
            ok(post(
                    "/api/v1/permits/" + trackId + "/grant",
                    DemoUsers.CLERK,
                    "{\"on\":\"" + grants[i][1] + "\",\"number\":\"金规许-" + i
                            + "\",\"validFrom\":\"2024-04-10\",\"validTo\":\"2024-12-31\"}"));
            assertTrue(id > 0);
        }
        JsonObject done = permits(project, DemoUsers.MANAGER);
        assertEquals("2024-04-12", done.getString("allGrantedOn"));
        assertTrue(
                done.getJsonArray("tracks").getValuesAs(JsonObject.class).stream()
                        .allMatch(t -> "MET".equals(t.getString("clock"))),
                done.toString());
    }

    @Test
    void badDecisionsAreRefusedAndChangeNothing() {
        long project = project("2024-05-06");
        long id = track(project, "GREEN_SPACE");
        HttpResponse<String> early =
                post("/api/v1/permits/" + id + "/submit", DemoUsers.CLERK, "{\"on\":\"2024-05-01\"}");
        assertEquals(400, early.statusCode());
        assertEquals("on", Http.json(early).getString("field"));
        ok(post("/api/v1/permits/" + id + "/submit", DemoUsers.CLERK, "{\"on\":\"2024-05-07\"}"));
        String[][] bad = {
            {"{\"on\":\"2024-05-10\",\"validFrom\":\"2024-05-10\",\"validTo\":\"2024-09-30\"}", "number"},
            {
                "{\"on\":\"2024-05-10\",\"number\":\"X-1\",\"validFrom\":\"2024-05-10\",\"validTo\":\"2024-05-01\"}",
                "validTo"
            },
            {"{\"on\":\"2024-05-06\",\"number\":\"X-1\",\"validFrom\":\"2024-05-10\",\"validTo\":\"2024-09-30\"}", "on"
            },
            {
                "{\"on\":\"" + LocalDate.now().plusDays(2)
                        + "\",\"number\":\"X-1\",\"validFrom\":\"2024-05-10\",\"validTo\":\"2024-09-30\"}",
                "on"
            }
        };
        for (String[] call : bad) {
            HttpResponse<String> refused = post("/api/v1/permits/" + id + "/grant", DemoUsers.CLERK, call[0]);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(call[1], Http.json(refused).getString("field"), refused.body());
        }
        assertEquals(
                "SUBMITTED",
                ok(http().get("/api/v1/permits/" + id, "Authorization", DemoUsers.basic(DemoUsers.CLERK)))
                        .getString("status"),
                "nothing saved");
        JsonObject withdrawn =
                ok(post("/api/v1/permits/" + id + "/withdraw", DemoUsers.CLERK, "{\"reason\":\"路由调整，不再需要占用绿地\"}"));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(JsonValue.NULL, withdrawn.get("clock"), "a withdrawn permit is no longer timed");
    }

    @Test
    void onlyClerksOfTheUnitLogDecisionsAndOthersRead() {
        long project = project("2024-06-03");
        assertEquals(
                403,
                post("/api/v1/projects/" + project + "/permits", DemoUsers.MANAGER, "{\"type\":\"PLANNING\"}")
                        .statusCode(),
                "managers read, clerks log");
        long id = track(project, "PLANNING");
        assertEquals(
                403,
                post("/api/v1/permits/" + id + "/submit", DemoUsers.MANAGER, "{\"on\":\"2024-06-04\"}")
                        .statusCode());
        assertEquals(
                403,
                post("/api/v1/permits/" + id + "/submit", DemoUsers.SUPERVISOR, "{\"on\":\"2024-06-04\"}")
                        .statusCode());
        for (String reader : List.of(DemoUsers.MANAGER, DemoUsers.WAREHOUSE, DemoUsers.SUPERVISOR, DemoUsers.ADMIN)) {
            assertEquals(
                    200,
                    http().get("/api/v1/projects/" + project + "/permits", "Authorization", DemoUsers.basic(reader))
                            .statusCode(),
                    reader);
        }
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
                post("/api/v1/projects/" + lanxi + "/permits", DemoUsers.CLERK, "{\"type\":\"PLANNING\"}")
                        .statusCode(),
                "another unit's project is out of reach");
    }

    @Test
    void documentsTakeOnlyFilesThatAreWhatTheirNameSays() {
        long project = project("2024-07-01");
        long id = track(project, "ROAD_EXCAVATION");
        JsonObject track = ok(http().get("/api/v1/permits/" + id, "Authorization", DemoUsers.basic(DemoUsers.CLERK)));
        assertEquals("ROAD_EXCAVATION", track.getString("type"));
        assertEquals(2, track.getJsonArray("documents").size(), "the type's two required documents");
        long document = track.getJsonArray("documents")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        byte[] pdf = "%PDF-1.4\n% 施工方案\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> fake =
                upload(document, "plan.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, fake.statusCode(), fake.body());
        HttpResponse<String> good = upload(document, "施工方案.pdf", pdf);
        assertEquals(200, good.statusCode(), good.body());
        assertEquals("application/pdf", Http.json(good).getString("contentType"), good.body());
        assertEquals("施工方案.pdf", Http.json(good).getString("fileName"));
        HttpResponse<byte[]> download;
        try {
            download = java.net.http.HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(http().resolve("/api/v1/permit-documents/" + document + "/file"))
                                    .header("Authorization", DemoUsers.basic(DemoUsers.MANAGER))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
    }

    private HttpResponse<String> upload(long document, String name, byte[] content) {
        return http().send(HttpRequest.newBuilder(http().resolve("/api/v1/permit-documents/" + document + "/file?name="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", "application/octet-stream")
                .header("Accept-Language", "en")
                .header("Authorization", DemoUsers.basic(DemoUsers.CLERK))
                .build());
    }

    @Test
    void theBoardShowsATrackYellowOneWorkingDayBeforeItsLimitAndTheClerkLogsTheGrant(Browser browser) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate submitted = today;
        while (ok(http().get(
                                        "/api/v1/calendar/working-days?from=" + submitted + "&to=" + today,
                                        "Authorization",
                                        DemoUsers.basic(DemoUsers.CLERK)))
                        .getInt("workingDays")
                < 4) {
            submitted = submitted.minusDays(1);
        }
        long project = project(today.minusDays(60).toString());
        long id = track(project, "ROAD_OCCUPATION");
        ok(post("/api/v1/permits/" + id + "/submit", DemoUsers.CLERK, "{\"on\":\"" + submitted + "\"}"));
        JsonObject onBoard = Http.parse(http().get("/api/v1/permits", "Authorization", DemoUsers.basic(DemoUsers.CLERK))
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals("YELLOW", onBoard.getString("clock"));
        assertEquals(4, onBoard.getInt("usedWorkingDays"));
        receiveAll(id);

        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.CLERK, DemoUsers.PASSWORD);
        browser.open(base.resolve("permits/board.xhtml"));
        var chip = browser.driver().findElement(By.cssSelector("[data-track='" + id + "']"));
        assertTrue(chip.getAttribute("class").contains("gw-clock-YELLOW"), chip.getAttribute("class"));
        browser.screenshot("permit-board");

        browser.open(base.resolve("permits/project.xhtml?id=" + project));
        browser.driver().findElement(By.id("permits:number")).sendKeys("金执掘字（2026）第88号");
        browser.driver().findElement(By.id("permits:validFrom_input")).sendKeys(today.toString());
        browser.driver()
                .findElement(By.id("permits:validTo_input"))
                .sendKeys(today.plusMonths(2).toString());
        browser.driver().findElement(By.cssSelector("[id$=':grant']")).click();
        browser.waitForPage();
        assertEquals(
                "已批准",
                browser.driver()
                        .findElement(By.cssSelector("#track-ROAD_OCCUPATION .gw-permit-status"))
                        .getText());
        assertTrue(browser.driver().findElement(By.id("all-granted")).getText().contains(today.toString()));
        browser.screenshot("permit-granted");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void administratorsKeepThePermitTypes(Browser browser) {
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open(base.resolve("admin/permit-types.xhtml"));
        assertEquals(
                4,
                browser.driver()
                        .findElements(By.cssSelector("[id='types:table'] tbody tr"))
                        .size());
        browser.driver().findElement(By.cssSelector("[id$=':0:edit']")).click();
        browser.waitForPage();
        var limit = browser.driver().findElement(By.id("types:limitDays_input"));
        limit.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "7");
        browser.driver().findElement(By.id("types:save")).click();
        browser.waitForPage();
        assertTrue(browser.driver()
                .findElement(By.cssSelector("[id='types:table'] tbody tr"))
                .getText()
                .contains("7"));
        JsonObject changed = Http.parse(http().get(
                                "/api/v1/audit?recordType=PermitType&recordId=PLANNING",
                                "Authorization",
                                DemoUsers.basic(DemoUsers.SUPERVISOR))
                        .body())
                .asJsonArray()
                .getJsonObject(0);
        assertTrue(changed.toString().contains("\"limitDays\""), changed.toString());
        browser.screenshot("admin-permit-types");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void administratorsKeepTheRouteRulesAndABadConditionIsRefused(Browser browser) {
        URI base = Http.loopback(deploymentUrl);
        long greenSpace = Http.parse(
                        http().get("/api/v1/permit-routes", "Authorization", DemoUsers.basic(DemoUsers.CLERK))
                                .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> r.getString("permitType").equals("GREEN_SPACE"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        SignInPage.open(browser, base).signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open(base.resolve("admin/permit-routes.xhtml"));
        assertEquals(
                7,
                browser.driver()
                        .findElements(By.cssSelector("[id='routes:table'] tbody tr"))
                        .size());
        assertEquals(
                7,
                browser.driver()
                        .findElements(By.cssSelector("[id='routes:table'] .gw-chip"))
                        .size());
        browser.driver().findElement(By.cssSelector("[id$=':0:edit']")).click();
        browser.waitForPage();
        var condition = browser.driver().findElement(By.id("routes:condition"));
        condition.clear();
        condition.sendKeys("OCCUPIES_GREEN_SPACE & BOGUS");
        browser.driver().findElement(By.id("routes:save")).click();
        browser.waitForPage();
        assertTrue(
                browser.driver().findElement(By.id("routes:messages")).getText().contains("BOGUS"),
                browser.driver().findElement(By.id("routes:messages")).getText());
        condition = browser.driver().findElement(By.id("routes:condition"));
        condition.clear();
        condition.sendKeys("OCCUPIES_GREEN_SPACE");
        browser.driver().findElement(By.id("routes:save")).click();
        browser.waitForPage();
        assertEquals(
                6,
                browser.driver()
                        .findElements(By.cssSelector("[id='routes:table'] .gw-chip"))
                        .size(),
                "an edited default is the administrator's own");
        JsonObject changed = Http.parse(http().get(
                                "/api/v1/audit?recordType=PermitRouteRule&recordId=" + greenSpace,
                                "Authorization",
                                DemoUsers.basic(DemoUsers.SUPERVISOR))
                        .body())
                .asJsonArray()
                .getJsonObject(0);
        assertTrue(changed.toString().contains("UPDATE"), changed.toString());
        browser.screenshot("admin-permit-routes");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theClerkConfirmsAProposedTrackOnTheProjectsPermitsPage(Browser browser) {
        URI base = Http.loopback(deploymentUrl);
        long project = project("2024-06-03");
        ok(put(
                "/api/v1/projects/" + project + "/site-facts",
                DemoUsers.MANAGER,
                "{\"newLineMetres\":80,\"crossesRoad\":true}"));
        SignInPage.open(browser, base).signIn(DemoUsers.CLERK, DemoUsers.PASSWORD);
        browser.resize(Browser.PHONE);
        browser.open(base.resolve("permits/project.xhtml?id=" + project));
        assertEquals(
                "false", browser.driver().findElement(By.id("why-GREEN_SPACE")).getAttribute("data-needed"));
        assertEquals(
                "true",
                browser.driver().findElement(By.id("why-ROAD_EXCAVATION")).getAttribute("data-needed"));
        String why = browser.driver().findElement(By.id("why-ROAD_EXCAVATION")).getText();
        assertTrue(why.contains("跨越道路") && !why.contains("CROSSES_ROAD"), "said in words: " + why);
        assertEquals(
                0, browser.driver().findElements(By.id("track-ROAD_EXCAVATION")).size());
        browser.driver()
                .findElement(By.cssSelector("[id='proposal-ROAD_EXCAVATION'] [id$=':confirm']"))
                .click();
        browser.waitForPage();
        assertEquals(
                "CONFIRMED",
                browser.driver().findElement(By.id("proposal-ROAD_EXCAVATION")).getAttribute("data-state"));
        assertEquals(
                "PREPARED",
                browser.driver().findElement(By.id("track-ROAD_EXCAVATION")).getAttribute("data-status"));
        browser.screenshot("permits-route-phone");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aGrantWaitsForItsDocumentsAndADeferredOnePastItsDateWarnsTheClerk() throws Exception {
        long project = project("2024-04-01");
        long id = track(project, "ROAD_EXCAVATION");
        ok(post("/api/v1/permits/" + id + "/submit", DemoUsers.CLERK, "{\"on\":\"2024-04-08\"}"));
        String grant = "{\"on\":\"2024-04-12\",\"number\":\"金执掘字第7号\",\"validFrom\":\"2024-04-12\","
                + "\"validTo\":\"2024-12-31\"}";
        List<JsonObject> documents = ok(http().get(
                                "/api/v1/permits/" + id, "Authorization", DemoUsers.basic(DemoUsers.CLERK)))
                .getJsonArray("documents")
                .getValuesAs(JsonObject.class);
        List<String> names =
                documents.stream().map(d -> d.getString("name")).sorted().toList();
        assertEquals(List.of("施工方案", "申请表"), names, "the type's two documents");
        HttpResponse<String> refused = post("/api/v1/permits/" + id + "/grant", DemoUsers.CLERK, grant);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals(
                "The permit cannot be granted: these required documents are neither received nor deferred with a"
                        + " supplement-by date: " + documents.get(0).getString("name") + "、"
                        + documents.get(1).getString("name") + ".",
                Http.json(refused).getString("error"));
        long received = documents.get(0).getJsonNumber("id").longValue();
        long deferredDocument = documents.get(1).getJsonNumber("id").longValue();
        assertEquals(
                "RECEIVED",
                ok(post("/api/v1/permit-documents/" + received + "/state", DemoUsers.CLERK, "{\"state\":\"RECEIVED\"}"))
                        .getString("state"));
        refused = post("/api/v1/permits/" + id + "/grant", DemoUsers.CLERK, grant);
        assertEquals(409, refused.statusCode(), refused.body());
        String missing = documents.get(1).getString("name");
        assertTrue(Http.json(refused).getString("error").endsWith(": " + missing + "."), refused.body());

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String nextWorkingDay = ok(http().get(
                                "/api/v1/calendar/due?from=" + today + "&workingDays=1",
                                "Authorization",
                                DemoUsers.basic(DemoUsers.CLERK)))
                .getString("due");
        for (String bad : List.of(today.minusDays(1).toString(), "2030-01-06", "")) {
            HttpResponse<String> badDate = post(
                    "/api/v1/permit-documents/" + deferredDocument + "/state",
                    DemoUsers.CLERK,
                    "{\"state\":\"DEFERRED\",\"deferredTo\":\"" + bad + "\"}");
            assertEquals(400, badDate.statusCode(), bad + " " + badDate.body());
            assertEquals("deferredTo", Http.json(badDate).getString("field"));
        }
        assertEquals(
                403,
                post(
                                "/api/v1/permit-documents/" + deferredDocument + "/state",
                                DemoUsers.MANAGER,
                                "{\"state\":\"DEFERRED\",\"deferredTo\":\"" + nextWorkingDay + "\"}")
                        .statusCode(),
                "clerks keep the documents");
        JsonObject deferred = ok(post(
                "/api/v1/permit-documents/" + deferredDocument + "/state",
                DemoUsers.CLERK,
                "{\"state\":\"DEFERRED\",\"deferredTo\":\"" + nextWorkingDay + "\"}"));
        assertEquals(nextWorkingDay, deferred.getString("deferredTo"));
        JsonObject granted = ok(post("/api/v1/permits/" + id + "/grant", DemoUsers.CLERK, grant));
        assertEquals("GRANTED", granted.getString("status"), "a deferred document does not hold up the grant");
        assertEquals(JsonValue.NULL, granted.get("documentWarning"), "still in time");

        // the applicant misses the date: set it three weeks back, as the server's clock cannot move
        try (java.sql.Connection db = org.gridworks.testing.TestDatabase.connect();
                var update = db.prepareStatement("UPDATE permit_document SET deferred_to = ? WHERE id = ?")) {
            update.setObject(1, today.minusDays(21));
            update.setLong(2, deferredDocument);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(
                "RED",
                ok(http().get("/api/v1/permits/" + id, "Authorization", DemoUsers.basic(DemoUsers.CLERK)))
                        .getString("documentWarning"),
                "three weeks past the date: more than 3 working days");
        HttpResponse<String> scan = AlertScans.now(() -> post("/api/v1/alerts/scan", DemoUsers.ADMIN, ""));
        assertEquals(200, scan.statusCode(), scan.body());
        JsonObject warning = Http.parse(
                        http().get("/api/v1/me/inbox", "Authorization", DemoUsers.basic(DemoUsers.CLERK))
                                .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(w -> w.getString("type").equals("PERMIT_DOCUMENT")
                        && w.getJsonNumber("subject").longValue() == deferredDocument)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no warning for the deferred document"));
        assertEquals("RED", warning.getString("colour"));
        assertTrue(warning.getString("text").contains(missing), warning.toString());
        assertTrue(warning.getString("link").contains("/permits/project.xhtml?id=" + project), warning.toString());
    }

    @Test
    void theClerksBoardExportsToExcel() throws Exception {
        long project = project("2024-04-01");
        long id = track(project, "GREEN_SPACE");
        ok(post("/api/v1/permits/" + id + "/submit", DemoUsers.CLERK, "{\"on\":\"2024-04-02\"}"));
        HttpResponse<byte[]> file = new org.gridworks.stock.StockApi(Http.loopback(deploymentUrl))
                .bytes("GET", "/api/v1/permits/export.xlsx?lang=en", DemoUsers.CLERK, null);
        assertEquals(200, file.statusCode());
        String number = ok(http().get("/api/v1/projects/" + project, "Authorization", DemoUsers.basic(DemoUsers.CLERK)))
                .getString("number");
        try (org.apache.poi.ss.usermodel.Workbook workbook =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(file.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (number.equals(row.getCell(0).getStringCellValue())) {
                    found = true;
                    assertEquals("Green-space occupation permit", row.getCell(2).getStringCellValue());
                    assertEquals(
                            "Jinhua Construction Bureau (Landscaping)",
                            row.getCell(3).getStringCellValue(),
                            "the authority in English too");
                }
            }
            assertTrue(found, "the submitted track is on the exported board");
        }
    }
}
