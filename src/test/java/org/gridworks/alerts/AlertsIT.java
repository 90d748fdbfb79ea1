package org.gridworks.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridworks.identity.SignInPage;
import org.gridworks.stock.StockApi;
import org.gridworks.testing.AlertScans;
import org.gridworks.testing.Browser;
import org.gridworks.testing.BrowserExtension;
import org.gridworks.testing.DemoUsers;
import org.gridworks.testing.Deployments;
import org.gridworks.testing.Http;
import org.gridworks.testing.TestDatabase;
import org.gridworks.testing.UnitOverview;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Warnings end to end: a real SMTP server (GreenMail) and a real HTTP server standing in for the SMS gateway run
 * in this JVM on the ports failsafe gives the application; a red delivery is warned about once, by e-mail to the
 * warehouse staff and their supervisor, an SMTP outage is retried, and the inbox works in the browser.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class AlertsIT {

    private static GreenMail smtp;
    private static HttpServer gateway;
    private static final List<String> TEXTS = Collections.synchronizedList(new ArrayList<>());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    @BeforeAll
    static void servers() throws IOException {
        smtp = startSmtp();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", port("it.sms.port")), 0);
        gateway.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            TEXTS.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        gateway.stop(0);
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(port("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int port(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the integration tests through Maven");
        }
        return Integer.parseInt(value);
    }

    private StockApi api() {
        awaitStartupScan();
        return new StockApi(Http.loopback(deploymentUrl));
    }

    private static boolean startupScanOver;

    /**
     * The server scans by itself a few seconds after it starts; the tests count what their own scans raise, so
     * they wait until that first scan has run and released the lock (a scan is quick on the test data).
     */
    private static synchronized void awaitStartupScan() {
        if (startupScanOver) {
            return;
        }
        try (Connection db = TestDatabase.connect()) {
            Thread.sleep(7_000);
            for (int i = 0; i < 60 && scanLocked(db); i++) {
                Thread.sleep(500);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        startupScanOver = true;
    }

    private static boolean scanLocked(Connection db) throws SQLException {
        try (ResultSet rs = db.createStatement()
                .executeQuery("SELECT locked_until > NOW() FROM job_lock WHERE name = 'alert-scan'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** A Wucheng request made ten days ago and never delivered: red. Answers its id. */
    private long redDelivery(StockApi api) {
        String material = api.newMaterial("预警物资");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 10);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> project = api.send(
                "POST",
                "/api/v1/projects",
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                "{\"customerName\":\"预警测试客户\",\"areaType\":\"URBAN\",\"capacityKw\":630,\"voltageKv\":10,"
                        + "\"acceptedOn\":\"" + today.minusDays(60) + "\",\"needsSupportingWorks\":true}");
        assertEquals(201, project.statusCode(), project.body());
        long projectId = Http.json(project).getJsonNumber("id").longValue();
        HttpResponse<String> request = api.send(
                "POST",
                "/api/v1/projects/" + projectId + "/material-requests",
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                "{\"requestedAt\":\"" + today.minusDays(10) + "T09:00:00\",\"lines\":[{\"material\":\"" + material
                        + "\",\"quantity\":2}]}");
        assertEquals(201, request.statusCode(), request.body());
        JsonObject made = Http.json(request);
        assertEquals("RED", made.getString("state"), made.toString());
        return made.getJsonNumber("id").longValue();
    }

    private int scan(StockApi api) {
        HttpResponse<String> response = AlertScans.now(
                () -> api.send("POST", "/api/v1/alerts/scan", DemoUsers.ADMIN, DemoUsers.PASSWORD, null));
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getInt("raised");
    }

    /** Who received an e-mail about the request, one entry per e-mail and recipient. */
    private static List<String> mailedAbout(long request) throws MessagingException {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains("MR-" + request)) {
                for (Address address : message.getAllRecipients()) {
                    to.add(address.toString());
                }
            }
        }
        Collections.sort(to);
        return to;
    }

    @Test
    void aRedDeliveryIsMailedOnceToTheWarehouseAndItsSupervisorAndTheNextScanAddsNothing() throws Exception {
        StockApi api = api();
        long request = redDelivery(api);
        assertTrue(scan(api) >= 1);
        assertEquals(
                List.of("supervisor@gridworks.example", "warehouse@gridworks.example"),
                mailedAbout(request),
                "red: the responsible warehouse staff and the city's supervisor, once each");
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains("MR-" + request))
                .findFirst()
                .orElseThrow();
        assertTrue(subject(mail).startsWith("【逾期预警】"), subject(mail));
        assertTrue(String.valueOf(mail.getContent()).contains("至今尚未送达"), "in the recipient's language");

        JsonArray inbox = (JsonArray)
                Http.parse(api.send("GET", "/api/v1/me/inbox", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, null)
                        .body());
        assertEquals(
                1,
                inbox.getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getString("title").contains("MR-" + request))
                        .count(),
                "one inbox item");
        assertEquals(
                0,
                inbox.getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getString("title").contains("MR-" + request))
                        .filter(i -> i.getBoolean("read"))
                        .count());

        assertEquals(0, scan(api), "nothing changed colour: nothing new");
        assertEquals(2, mailedAbout(request).size(), "and no second e-mail");
        JsonArray red = (JsonArray)
                Http.parse(api.send("GET", "/api/v1/alerts/red", DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null)
                        .body());
        assertTrue(red.getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("type").equals("DELIVERY") && r.getInt("subject") == request));
        assertEquals(
                403,
                api.send("GET", "/api/v1/alerts/red", DemoUsers.WAREHOUSE, DemoUsers.PASSWORD, null)
                        .statusCode());
        assertEquals(
                403,
                api.send("POST", "/api/v1/alerts/scan", DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null)
                        .statusCode(),
                "scans on demand are for administrators");
    }

    /**
     * The supervisor's table of units is counted by each area's watch source in the database; the red list is what
     * the scan found record by record. Right after a scan they must agree, unit by unit and kind by kind.
     */
    @Test
    void theSupervisorsUnitTableCountsWhatTheScanListsRed() {
        StockApi api = api();
        redDelivery(api);
        scan(api);
        Map<String, Map<String, Long>> listed = ((JsonArray)
                        Http.parse(api.send("GET", "/api/v1/alerts/red", DemoUsers.SUPERVISOR, DemoUsers.PASSWORD, null)
                                .body()))
                .getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.groupingBy(
                                r -> r.getString("unit"),
                                Collectors.groupingBy(r -> r.getString("type"), Collectors.counting())));
        Http supervisor = new Http(Http.loopback(deploymentUrl));
        supervisor.signInOnPage(DemoUsers.SUPERVISOR, DemoUsers.PASSWORD);
        Map<String, List<Integer>> table =
                UnitOverview.read(supervisor.get("/index.xhtml").body());
        assertTrue(table.size() >= 5, "every active unit has a row: " + table.keySet());
        long deliveries = 0;
        for (Map.Entry<String, List<Integer>> unit : table.entrySet()) {
            Map<String, Long> red = listed.getOrDefault(unit.getKey(), Map.of());
            assertEquals(
                    red.getOrDefault("DELIVERY", 0L).intValue(),
                    unit.getValue().get(UnitOverview.RED_DELIVERIES),
                    unit.getKey() + " deliveries: " + red);
            assertEquals(
                    red.getOrDefault("PERMIT", 0L).intValue(),
                    unit.getValue().get(UnitOverview.RED_PERMITS),
                    unit.getKey() + " permits: " + red);
            assertEquals(
                    red.getOrDefault("MILESTONE", 0L).intValue(),
                    unit.getValue().get(UnitOverview.RED_MILESTONES),
                    unit.getKey() + " milestones: " + red);
            deliveries += unit.getValue().get(UnitOverview.RED_DELIVERIES);
        }
        assertTrue(deliveries >= 1, "the red delivery made here is counted: " + table);
    }

    @Test
    void anSmtpOutageIsRetriedAndTheMailDeliveredLater() throws Exception {
        StockApi api = api();
        smtp.stop();
        long request;
        try {
            request = redDelivery(api);
            scan(api);
            JsonObject waiting = ((JsonArray) Http.parse(api.send(
                                    "GET",
                                    "/api/v1/alerts/outbox?status=PENDING",
                                    DemoUsers.ADMIN,
                                    DemoUsers.PASSWORD,
                                    null)
                            .body()))
                    .getValuesAs(JsonObject.class).stream()
                            .filter(m -> m.getString("subject").contains("MR-" + request)
                                    && m.getString("address").startsWith("warehouse@"))
                            .findFirst()
                            .orElseThrow();
            assertTrue(waiting.getInt("attempts") >= 1, waiting.toString());
            assertFalse(waiting.isNull("lastError"), "the failure is kept for administrators");
        } finally {
            smtp = startSmtp();
        }
        Thread.sleep(2500); // the first retry waits one second in the tests (GRIDWORKS_OUTBOX_BACKOFF_SECONDS=1)
        HttpResponse<String> sent =
                api.send("POST", "/api/v1/alerts/outbox/send", DemoUsers.ADMIN, DemoUsers.PASSWORD, null);
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(
                List.of("supervisor@gridworks.example", "warehouse@gridworks.example"),
                mailedAbout(request),
                "delivered after the outage, once each");
    }

    @Test
    void aTextMessageReachesTheGatewayForSomeoneWhoAskedForIt() throws Exception {
        StockApi api = api();
        String login = "sms-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api.send(
                "POST",
                "/api/v1/users",
                DemoUsers.ADMIN,
                DemoUsers.PASSWORD,
                "{\"login\":\"" + login + "\",\"displayName\":\"短信仓管\",\"unit\":\"WC\",\"roles\":[\"WAREHOUSE\"],"
                        + "\"phone\":\"13800000001\",\"password\":\"" + StockApi.KEEPER_PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> choice = api.send(
                "PUT", "/api/v1/me/notifications", login, StockApi.KEEPER_PASSWORD, "{\"sms\":true,\"email\":false}");
        assertEquals(200, choice.statusCode(), choice.body());
        HttpResponse<String> noEmail =
                api.send("PUT", "/api/v1/me/notifications", login, StockApi.KEEPER_PASSWORD, "{\"email\":true}");
        assertEquals(400, noEmail.statusCode(), "no e-mail address: refused with a reason");

        long request = redDelivery(api);
        scan(api);
        List<String> texts =
                TEXTS.stream().filter(t -> t.contains("MR-" + request)).toList();
        assertEquals(1, texts.size(), TEXTS.toString());
        String basic =
                "Basic " + Base64.getEncoder().encodeToString("gridworks:sms-secret".getBytes(StandardCharsets.UTF_8));
        assertTrue(texts.get(0).startsWith(basic + " {\"to\":\"13800000001\""), texts.get(0));
    }

    @Test
    void theBellCountsUnreadWarningsAndOpeningOneMarksItRead(Browser browser) {
        StockApi api = api();
        long request = redDelivery(api);
        scan(api);
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        int unread = Integer.parseInt(
                browser.driver().findElement(By.id("gw-bell-count")).getText());
        assertTrue(unread >= 1, "the bell shows " + unread);
        browser.clickToNewPage(browser.driver().findElement(By.id("gw-bell")));
        WebElement item = browser.driver().findElements(By.cssSelector(".gw-inbox-item")).stream()
                .filter(e -> e.getText().contains("MR-" + request))
                .findFirst()
                .orElseThrow();
        assertTrue(item.getAttribute("class").contains("gw-inbox-unread"));
        String id = item.getAttribute("data-item");
        browser.screenshot("inbox");
        browser.clickToNewPage(item.findElement(By.cssSelector(".gw-inbox-open")));
        assertTrue(browser.driver().getCurrentUrl().contains("/requests/board.xhtml"), "opens the delivery board");
        browser.clickToNewPage(browser.driver().findElement(By.id("gw-bell")));
        WebElement again = browser.driver().findElement(By.cssSelector(".gw-inbox-item[data-item='" + id + "']"));
        assertFalse(again.getAttribute("class").contains("gw-inbox-unread"), "read now");
        assertEquals(
                unread - 1,
                Integer.parseInt(
                        browser.driver().findElement(By.id("gw-bell-count")).getText()));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
