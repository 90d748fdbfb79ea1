package org.gridworks.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridworks.identity.SignInPage;
import org.gridworks.stock.StockApi;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Enter in a field runs that form's primary action and nothing else (never a delete, another form's or another
 * row's command); required fields answer a message before any service runs; stock leaves a warehouse only after
 * one confirmation. Every page with a form is walked as a user who sees its fields.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class FormsEnterKeyIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private URI base() {
        return Http.loopback(deploymentUrl);
    }

    /**
     * A page, who opens it, what to click first to show its editor (a CSS selector, or null), and for each field
     * (by client id pattern, first match wins) the one command Enter may run there ("" = none). A field no rule
     * names fails the test: a new form must say what its Enter does.
     */
    private record FormPage(String user, String path, String prepare, String... rules) {}

    @Test
    void enterInAnyFieldOfAnyFormRunsOnlyThatFormsPrimaryActionOrNothing(Browser browser) {
        Fixture fx = fixture();
        List<FormPage> pages = List.of(
                // a transfer's arrival and write-off are in their own form, confirmed by their buttons only
                new FormPage(DemoUsers.WAREHOUSE, "stock/post.xhtml", null, "post:.*", "post:submit", ".*", ""),
                new FormPage(DemoUsers.WAREHOUSE, "stock/index.xhtml", null, ".*", ""),
                new FormPage(
                        DemoUsers.WAREHOUSE,
                        "stock/material.xhtml?code=" + fx.material,
                        null,
                        "(.*):(minimum|ceiling)_input",
                        "$1:saveLevel"),
                new FormPage(
                        DemoUsers.WAREHOUSE, "stock/ledger.xhtml?material=" + fx.material + "&warehouse=WH-WC", null),
                new FormPage(DemoUsers.WAREHOUSE, "stock/replenishment.xhtml", null),
                new FormPage(DemoUsers.WAREHOUSE, "stock/reserve-list.xhtml", null),
                new FormPage(DemoUsers.WAREHOUSE, "requests/board.xhtml", null, "board:text", ""),
                // signing on site: Enter in a figure or the name signs nothing; only the button does
                new FormPage(DemoUsers.WAREHOUSE, "requests/sign.xhtml?id=" + fx.dispatchedA, null, ".*", ""),
                new FormPage(DemoUsers.WAREHOUSE, "requests/note.xhtml?id=" + fx.dispatchedA, null),
                new FormPage(DemoUsers.WAREHOUSE, "inbox.xhtml", null),
                new FormPage(DemoUsers.WAREHOUSE, "account.xhtml", null, "password:.*", "password:save"),
                new FormPage(DemoUsers.MANAGER, "projects/index.xhtml", null, ".*", ""),
                new FormPage(DemoUsers.MANAGER, "projects/edit.xhtml", null, ".*", "project:save"),
                new FormPage(DemoUsers.MANAGER, "projects/project.xhtml?id=" + fx.project, null, ".*", ""),
                new FormPage(
                        DemoUsers.MANAGER,
                        "requests/project.xhtml?id=" + fx.project,
                        null,
                        ".*:cancelReason",
                        "",
                        "requests:.*",
                        "requests:propose"),
                new FormPage(
                        DemoUsers.MANAGER,
                        "milestones/plan.xhtml?id=" + fx.project,
                        null,
                        "(plan:milestones:\\d+):(forecast|actual)_input",
                        "$1:save",
                        "plan:reason",
                        "plan:rebaseline"),
                new FormPage(DemoUsers.MANAGER, "milestones/portfolio.xhtml", null, ".*", "portfolio:show"),
                new FormPage(DemoUsers.CLERK, "permits/project.xhtml?id=" + fx.project, null, ".*", ""),
                new FormPage(DemoUsers.CLERK, "permits/board.xhtml", null),
                new FormPage(DemoUsers.ADMIN, "admin/units.xhtml", "[id='units:new']", ".*", "units:save"),
                new FormPage(
                        DemoUsers.ADMIN,
                        "admin/materials.xhtml",
                        "[id='materials:new']",
                        "materials:text",
                        "",
                        ".*",
                        "materials:save"),
                new FormPage(DemoUsers.ADMIN, "admin/permit-types.xhtml", "[id='types:new']", ".*", "types:save"),
                new FormPage(DemoUsers.ADMIN, "admin/policies.xhtml", "[id='policies:new']", ".*", "policies:save"),
                new FormPage(
                        DemoUsers.ADMIN,
                        "admin/application-documents.xhtml",
                        "[id='docTypes:new']",
                        ".*",
                        "docTypes:save"),
                new FormPage(
                        DemoUsers.ADMIN, "admin/milestone-template.xhtml", "[id$=':0:edit']", ".*", "template:save"),
                new FormPage(
                        DemoUsers.ADMIN,
                        "admin/delivery.xhtml",
                        null,
                        "delivery:dueDays_input",
                        "delivery:saveDue",
                        ".*",
                        "delivery:saveTimes"),
                new FormPage(DemoUsers.ADMIN, "admin/users.xhtml", null, ".*", ""),
                new FormPage(DemoUsers.ADMIN, "admin/user.xhtml", null, ".*", "user:save"),
                new FormPage(
                        DemoUsers.ADMIN,
                        "admin/user.xhtml?login=" + DemoUsers.CLERK_JD,
                        null,
                        "user:.*",
                        "user:save",
                        "reset:.*",
                        "reset:doReset"),
                new FormPage(DemoUsers.ADMIN, "audit/index.xhtml", null, ".*", "audit:search"),
                new FormPage(DemoUsers.ADMIN, "calendar.xhtml", null, "correct:.*", "correct:save"),
                new FormPage(DemoUsers.ADMIN, "alerts/index.xhtml", null),
                new FormPage(DemoUsers.ADMIN, "reports/evaluation.xhtml", null));

        EnterKeyProbe probe = new EnterKeyProbe(browser);
        List<String> wrong = new ArrayList<>();
        int pressed = 0;
        String signedIn = null;
        for (FormPage page : pages) {
            if (!page.user().equals(signedIn)) {
                SignInPage.open(browser, base()).signIn(page.user(), DemoUsers.PASSWORD);
                signedIn = page.user();
            }
            open(browser, page);
            for (String field : twoOfEachKind(probe.fields())) {
                String expected = expected(page, field);
                open(browser, page); // every press starts from the page as it comes
                List<String> ran = probe.pressEnterIn(field);
                pressed++;
                String where = page.path() + " " + field + ": ";
                if (!ran.equals(expected.isEmpty() ? List.of() : List.of(expected))) {
                    wrong.add(where + "expected " + (expected.isEmpty() ? "nothing" : expected) + ", ran " + ran);
                }
                if (probe.onErrorPage() || probe.text().contains("未知")) {
                    wrong.add(where + "error: " + probe.text().lines().limit(3).toList());
                }
            }
        }
        System.out.println("FormsEnterKeyIT: Enter pressed in " + pressed + " fields on " + pages.size() + " pages");
        assertEquals(List.of(), wrong);
        assertTrue(pressed >= 40, "Enter pressed in " + pressed + " fields: the walk found the forms");
        assertEquals(List.of(), browser.consoleErrors(), "no CSP refusal nor script error");
    }

    /**
     * Repeated rows (a matrix of transfer times, a board of requests) are probed in their first two rows: enough
     * to tell a row's own button from its neighbour's, without pressing Enter in a hundred alike cells.
     */
    private static List<String> twoOfEachKind(List<String> fields) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        return fields.stream()
                .filter(f ->
                        seen.merge(f.replaceAll("j_idt\\d+", "").replaceAll(":\\d+:", ":#:"), 1, Integer::sum) <= 2)
                .toList();
    }

    private void open(Browser browser, FormPage page) {
        browser.open(base().resolve(page.path()));
        if (page.prepare() != null) {
            browser.driver().findElement(By.cssSelector(page.prepare())).click();
            browser.waitForPage();
        }
    }

    private static String expected(FormPage page, String field) {
        for (int i = 0; i + 1 < page.rules().length; i += 2) {
            Matcher match = Pattern.compile(page.rules()[i]).matcher(field);
            if (match.matches()) {
                return match.replaceFirst(page.rules()[i + 1]);
            }
        }
        fail(page.path() + ": no rule says what Enter does in " + field);
        return null;
    }

    @Test
    void enterInAMaterialRequestLineProposesAndRemovesNoLine(Browser browser) {
        Fixture fx = fixture();
        SignInPage.open(browser, base()).signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.open(base().resolve("requests/project.xhtml?id=" + fx.project));
        browser.driver().findElement(By.id("requests:addLine")).click();
        browser.waitForPage();
        assertEquals(2, lines(browser));
        browser.driver().findElement(By.id("requests:lines:0:quantity_input")).sendKeys("5", Keys.ENTER);
        browser.waitForPage();
        assertEquals(2, lines(browser), "Enter in a quantity removes no line");
        assertTrue(
                browser.driver()
                        .findElement(By.id("requests:messages"))
                        .getText()
                        .contains("请选择物资"),
                "the proposal ran and asks for the missing material");
        assertEquals(
                "5",
                browser.driver()
                        .findElement(By.id("requests:lines:0:quantity_input"))
                        .getAttribute("value"),
                "what was typed stays");
    }

    private static int lines(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".gw-request-line")).size();
    }

    @Test
    void anEmptyOrNegativeQuantityIsAFieldMessageThatPostsNothingAndKeepsTheForm(Browser browser) throws SQLException {
        Fixture fx = fixture();
        SignInPage.open(browser, base()).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.open(base().resolve("stock/post.xhtml?material=" + fx.material));
        long before = ledgerRows();
        int onHand = new StockApi(base()).stock(fx.material, "WH-WC").getInt("onHand");
        browser.driver().findElement(By.id("post:reason")).sendKeys("到货核对");
        browser.driver().findElement(By.id("post:reference")).sendKeys("DH-0815");
        browser.driver().findElement(By.id("post:submit")).click();
        browser.waitForPage();
        assertFalse(new EnterKeyProbe(browser).onErrorPage(), "a message, not the error page");
        assertTrue(
                browser.driver().findElement(By.id("post:messages")).getText().contains("请填写数量"));
        assertTrue(
                browser.driver()
                        .findElement(By.id("post:quantity_input"))
                        .getAttribute("class")
                        .contains("ui-state-error"),
                "the field is marked");
        assertEquals("到货核对", value(browser, "post:reason"), "what was typed stays");
        assertEquals("DH-0815", value(browser, "post:reference"));
        assertEquals(fx.material, value(browser, "post:material_hinput"));

        browser.driver().findElement(By.id("post:quantity_input")).sendKeys("-3");
        // on a phone the button is far below the form's top, where the messages are: the answer must still be seen
        browser.resize(Browser.PHONE);
        try {
            WebElement submit = browser.driver().findElement(By.id("post:submit"));
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'end'})", submit);
            submit.click();
            browser.waitForPage();
            assertTrue(
                    browser.driver()
                            .findElement(By.id("post:messages"))
                            .getText()
                            .contains("数量必须是正整数"),
                    "a receipt of -3 is refused, not booked as +3");
            assertTrue(inView(browser, "post:messages"), "the message is in sight where the button was pressed");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        assertEquals(before, ledgerRows(), "nothing posted");
        assertEquals(onHand, new StockApi(base()).stock(fx.material, "WH-WC").getInt("onHand"));
        browser.screenshot("stock-post-empty-quantity");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aDispatchAsksFirstAndCancellingPostsNothing(Browser browser) throws SQLException {
        Fixture fx = fixture();
        SignInPage.open(browser, base()).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.open(base().resolve("requests/board.xhtml"));
        long before = ledgerRows();
        card(browser, fx.picked).findElement(By.cssSelector(".gw-dispatch")).click();
        browser.screenshot("dispatch-confirmation");
        browser.confirm(false);
        assertEquals(before, ledgerRows(), "cancelled: nothing issued");
        assertEquals("PICKED", status(fx.picked));

        card(browser, fx.picked).findElement(By.cssSelector(".gw-dispatch")).click();
        browser.confirm(true);
        assertEquals("DISPATCHED", status(fx.picked), "confirmed: dispatched once");
        assertTrue(ledgerRows() > before);
        assertEquals(List.of(), browser.consoleErrors(), "the dialog works under the CSP");
    }

    private static WebElement card(Browser browser, long request) {
        return browser.driver().findElement(By.cssSelector(".gw-delivery[data-request='" + request + "']"));
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static long ledgerRows() throws SQLException {
        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement();
                ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM stock_movement")) {
            count.next();
            return count.getLong(1);
        }
    }

    // ---- data: a project of the manager's unit with a plan, a permit track, and requests at every stage ----

    private record Fixture(String material, long project, long picked, long dispatchedA, long dispatchedB) {}

    private Fixture fixture() {
        StockApi api = new StockApi(base());
        String material = api.newMaterial("回车测试物资");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 40);
        String accepted = LocalDate.now(CHINA).minusDays(20).toString();
        long project = created(api.send(
                "POST",
                "/api/v1/projects",
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                "{\"customerName\":\"回车测试客户\",\"areaType\":\"URBAN\",\"capacityKw\":630,\"voltageKv\":10,"
                        + "\"acceptedOn\":\"" + accepted + "\",\"needsSupportingWorks\":true}"));
        ok(
                api.send(
                        "POST",
                        "/api/v1/projects/" + project + "/milestones",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        ""),
                201);
        JsonArray plan = (JsonArray) Http.parse(api.send(
                        "GET",
                        "/api/v1/projects/" + project + "/milestones",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        null)
                .body());
        ok(
                api.send(
                        "POST",
                        "/api/v1/projects/" + project + "/milestones/approve",
                        DemoUsers.MANAGER,
                        DemoUsers.PASSWORD,
                        "{\"version\":" + plan.getJsonObject(0).getInt("version") + "}"),
                200);
        ok(
                api.send(
                        "POST",
                        "/api/v1/projects/" + project + "/permits",
                        DemoUsers.CLERK,
                        DemoUsers.PASSWORD,
                        "{\"type\":\"PLANNING\"}"),
                201);
        long picked = request(api, project, material, 2);
        ok(act(api, picked, "pick"), 200);
        long a = request(api, project, material, 3);
        long b = request(api, project, material, 4);
        for (long id : new long[] {a, b}) {
            ok(act(api, id, "pick"), 200);
            ok(act(api, id, "dispatch"), 200);
        }
        request(api, project, material, 1); // an open request: its cancel field on the project's page
        return new Fixture(material, project, picked, a, b);
    }

    private long request(StockApi api, long project, String material, int quantity) {
        String at = LocalDateTime.now(CHINA)
                .minusHours(1)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        return created(api.send(
                "POST",
                "/api/v1/projects/" + project + "/material-requests",
                DemoUsers.MANAGER,
                DemoUsers.PASSWORD,
                "{\"requestedAt\":\"" + at + "\",\"lines\":[{\"material\":\"" + material + "\",\"quantity\":" + quantity
                        + "}]}"));
    }

    private HttpResponse<String> act(StockApi api, long request, String action) {
        return api.send(
                "POST",
                "/api/v1/material-requests/" + request + "/" + action,
                DemoUsers.WAREHOUSE,
                DemoUsers.PASSWORD,
                "{}");
    }

    private String status(long request) {
        return Http.json(new StockApi(base())
                        .send(
                                "GET",
                                "/api/v1/material-requests/" + request,
                                DemoUsers.MANAGER,
                                DemoUsers.PASSWORD,
                                null))
                .getString("status");
    }

    private static long created(HttpResponse<String> response) {
        ok(response, 201);
        return Http.json(response).getJsonNumber("id").longValue();
    }

    private static void ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
    }

    /** Whether the element lies wholly inside the window (below the sticky header counts as inside). */
    private static boolean inView(Browser browser, String id) {
        Object inside = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const r = document.getElementById("
                                + "arguments[0]).getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;",
                        id);
        return Boolean.TRUE.equals(inside);
    }
}
