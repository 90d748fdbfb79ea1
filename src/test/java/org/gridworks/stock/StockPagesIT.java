package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The stock pages in a real browser: the stock check on a phone, a transfer out and in, a one-click allocation. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class StockPagesIT {

    /** The demo catalogue's 10 kV cable 3×240 (second item of the demo list). */
    private static final String CABLE_3X240 = "500100002";

    private static final String PASSWORD = StockApi.KEEPER_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private URI base() {
        return Http.loopback(deploymentUrl);
    }

    @Test
    void theStockCheckFindsAMaterialByPartOfItsSpecAndShowsEveryWarehouseOnAPhone(Browser browser) {
        SignInPage.open(browser, base()).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.resize(Browser.PHONE);
        try {
            browser.open(base().resolve("stock/index.xhtml"));
            browser.driver()
                    .findElement(By.id("stock:text"))
                    .sendKeys("8.7/15kV-3x24"); // typed as on a phone keyboard, which has no ×
            WebElement row = new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> {
                List<WebElement> rows = d.findElements(By.cssSelector("[id='stock:table'] tbody tr"));
                return rows.size() == 1 && rows.get(0).getText().contains("3×240") ? rows.get(0) : null;
            });
            browser.waitForPage();
            List<WebElement> chips = row.findElements(By.cssSelector(".gw-stock[data-warehouse]"));
            assertEquals(10, chips.size(), "every warehouse at a glance");

            Map<String, Boolean> below = ((JsonArray) Http.parse(new StockApi(base())
                            .send(
                                    "GET",
                                    "/api/v1/stock?material=" + CABLE_3X240,
                                    DemoUsers.WAREHOUSE,
                                    DemoUsers.PASSWORD,
                                    null)
                            .body()))
                    .getValuesAs(JsonObject.class).stream()
                            .collect(
                                    Collectors.toMap(r -> r.getString("warehouse"), r -> r.getBoolean("belowReserve")));
            for (WebElement chip : chips) {
                String warehouse = chip.getAttribute("data-warehouse");
                assertEquals(
                        below.get(warehouse),
                        chip.getAttribute("class").contains("gw-stock-low"),
                        warehouse + " coloured as the API says");
            }
            assertTrue(below.containsValue(true), "the demo data has this cable below reserve somewhere");
            assertTrue(
                    chips.stream().anyMatch(c -> c.getAttribute("class").contains("gw-stock-own")),
                    "the user's own warehouse stands out");
            long overflow = (Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow);
            // centred: aligned to the top, the row would sit under the sticky header and the click would miss
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
            browser.screenshot("stock-check-phone");

            browser.clickToNewPage(row.findElement(By.cssSelector("a.gw-material-link")));
            assertTrue(browser.driver()
                    .findElement(By.id("material-spec"))
                    .getText()
                    .contains("3×240"));
            assertEquals(
                    10,
                    browser.driver()
                            .findElements(By.cssSelector("[id='material:warehouses'] tbody tr"))
                            .size());
            browser.screenshot("stock-material-phone");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aTransferLeavesForAnotherWarehouseAndAnArrivingOneIsTakenInPartlyAndItsShortfallWrittenOff(Browser browser) {
        StockApi api = new StockApi(base());
        String material = api.newMaterial("页面调拨物资");
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 40);
        String lanxi = api.newKeeper("LX");
        HttpResponse<String> lx = api.send(
                "POST",
                "/api/v1/stock/movements",
                lanxi,
                PASSWORD,
                "{\"type\":\"RECEIPT\",\"material\":\"" + material + "\",\"warehouse\":\"WH-LX\",\"quantity\":9}");
        assertEquals(201, lx.statusCode(), lx.body());
        HttpResponse<String> coming = api.send(
                "POST",
                "/api/v1/stock/movements",
                lanxi,
                PASSWORD,
                "{\"type\":\"TRANSFER_OUT\",\"material\":\"" + material + "\",\"warehouse\":\"WH-LX\","
                        + "\"toWarehouse\":\"WH-WC\",\"quantity\":7}");
        assertEquals(201, coming.statusCode(), coming.body());
        long arriving = Http.json(coming)
                .getJsonObject("movement")
                .getJsonNumber("transfer")
                .longValue();

        SignInPage.open(browser, base()).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.open(base().resolve("stock/material.xhtml?code=" + material));
        browser.clickToNewPage(browser.driver().findElement(By.id("material:post-link")));
        browser.driver()
                .findElement(By.xpath("//*[@id='post:type']//*[normalize-space(text())='调拨出库']"))
                .click();
        browser.waitForPage();
        browser.driver().findElement(By.id("post:to")).click();
        // the list opens with an animation; an item clicked before it ends is not taken
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("var p = document.getElementById('post:to_panel');"
                                + " return p !== null && getComputedStyle(p).display !== 'none'"
                                + " && getComputedStyle(p).opacity === '1' && jQuery(':animated').length === 0;")));
        browser.driver()
                .findElement(By.cssSelector("[id='post:to_panel'] li[data-label='金东仓库']"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("post:to_label")).getText().equals("金东仓库"));
        browser.driver().findElement(By.id("post:quantity_input")).sendKeys("15");
        browser.driver().findElement(By.id("post:submit")).click();
        browser.confirm(true);
        assertEquals("25", browser.driver().findElement(By.id("after-onhand")).getText(), "40 less 15 sent");
        assertEquals(15, api.stock(material, "WH-JD").getInt("inTransit"), "on its way to Jindong");
        browser.screenshot("stock-transfer-out");

        // on a phone: 5 of the 7 arrive, the 2 missing are written off
        browser.resize(Browser.PHONE);
        try {
            arrivalAndWriteOff(browser, arriving);
        } finally {
            browser.resize(Browser.DESKTOP);
        }

        browser.open(base().resolve("stock/ledger.xhtml?material=" + material + "&warehouse=WH-WC"));
        List<String> types = browser.driver().findElements(By.cssSelector(".gw-movement")).stream()
                .map(e -> e.getAttribute("data-type"))
                .toList();
        assertEquals(
                List.of("ADJUSTMENT", "TRANSFER_IN", "TRANSFER_OUT", "TRANSFER_INCOMING", "RECEIPT"),
                types,
                "newest first, every step explained");
        browser.screenshot("stock-ledger");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Records 5 of the 7 as arrived and writes off the 2 missing, each confirmed; the page fits the phone. */
    private static void arrivalAndWriteOff(Browser browser, long arriving) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", arrivalRow(browser, arriving));
        // 5 of the 7 arrive: confirmed, on the shelves; the 2 missing stay in transit until written off
        arrivalRow(browser, arriving)
                .findElement(By.cssSelector("input[id$=':arrived_input']"))
                .sendKeys("5");
        arrivalRow(browser, arriving).findElement(By.cssSelector(".gw-receive")).click();
        browser.confirm(true);
        assertEquals("30", browser.driver().findElement(By.id("after-onhand")).getText(), "25 and the 5 that came");
        assertEquals("2", browser.driver().findElement(By.id("after-transit")).getText());
        assertTrue(
                arrivalRow(browser, arriving).getText().contains("已到 5，在途 2"),
                arrivalRow(browser, arriving).getText());
        browser.screenshot("stock-transfer-in-phone");
        arrivalRow(browser, arriving)
                .findElement(By.cssSelector("input[id$=':lost_input']"))
                .sendKeys("2");
        arrivalRow(browser, arriving)
                .findElement(By.cssSelector("input[id$=':lostReason']"))
                .sendKeys("途中损坏");
        arrivalRow(browser, arriving)
                .findElement(By.cssSelector(".gw-write-off"))
                .click();
        browser.confirm(true);
        assertEquals("30", browser.driver().findElement(By.id("after-onhand")).getText());
        assertEquals("0", browser.driver().findElement(By.id("after-transit")).getText(), "written off");
        assertTrue(
                browser.driver().findElements(By.cssSelector("[id='transfers:transfer-table'] tbody tr")).stream()
                        .noneMatch(
                                tr -> tr.findElement(By.tagName("td")).getText().endsWith(String.valueOf(arriving))),
                "every unit accounted for: no longer in transit");
        long overflow = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow);
    }

    private static WebElement arrivalRow(Browser browser, long transfer) {
        return browser.driver().findElements(By.cssSelector("[id='transfers:transfer-table'] tbody tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("td")).getText().endsWith(String.valueOf(transfer)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aWarehouseWithASurplusSendsWhatAnotherLacksWithOneClick(Browser browser) throws Exception {
        StockApi api = new StockApi(base());
        String material = api.newMaterial("调配物资");
        HttpResponse<byte[]> levels = api.bytes(
                "PUT",
                "/api/v1/stock/reserve-list",
                DemoUsers.ADMIN,
                ReserveListWorkbookTest.workbook(
                        new Object[] {material, "WH-JD", 10, 30}, new Object[] {material, "WH-WC", 5, 10}));
        assertEquals(200, levels.statusCode(), new String(levels.body(), java.nio.charset.StandardCharsets.UTF_8));
        api.receipt(DemoUsers.WAREHOUSE, material, "WH-WC", 40);

        SignInPage.open(browser, base()).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.open(base().resolve("stock/replenishment.xhtml"));
        WebElement line = browser.driver().findElements(By.cssSelector("[id='replenishment:table'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(material))
                .findFirst()
                .orElseThrow();
        assertTrue(line.getText().contains("30"), "Jindong needs 30 to reach its ceiling: " + line.getText());
        WebElement send = line.findElement(By.cssSelector(".gw-send"));
        assertTrue(send.getText().contains("30"), send.getText());
        browser.screenshot("stock-replenishment");
        send.click();
        browser.confirm(true);
        assertTrue(browser.driver()
                .findElement(By.id("replenishment:messages"))
                .getText()
                .contains("已从本仓库调出 30"));
        assertEquals(10, api.stock(material, "WH-WC").getInt("onHand"));
        assertEquals(30, api.stock(material, "WH-JD").getInt("inTransit"));
        assertTrue(
                browser.driver().findElements(By.cssSelector("[id='replenishment:table'] tbody tr")).stream()
                        .noneMatch(tr -> tr.getText().contains(material)),
                "no longer short: the stock is on its way");
        assertEquals(List.of(), browser.consoleErrors());
    }
    /**
     * A posting form sent twice (the answer lost, the button pressed again, the request replayed) books once,
     * and a post whose CSP nonce is forged is refused before it books anything (it used to book, then answer 500).
     */
    @Test
    void aPostingFormSentTwiceOrWithAForgedNonceBooksOnce(Browser browser) {
        StockApi api = new StockApi(base());
        String material = api.newMaterial("重复提交物资");
        SignInPage.open(browser, base()).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.open(base().resolve("stock/post.xhtml?material=" + material));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String key = (String) js.executeScript("return document.getElementById('post:key').value");
        browser.driver().findElement(By.id("post:quantity_input")).sendKeys("4");
        browser.driver().findElement(By.id("post:submit")).click();
        browser.waitForPage();
        assertEquals("4", browser.driver().findElement(By.id("after-onhand")).getText());

        js.executeScript("document.getElementById('post:key').value = arguments[0]", key);
        browser.driver().findElement(By.id("post:quantity_input")).sendKeys("4");
        browser.driver().findElement(By.id("post:submit")).click();
        browser.waitForPage();
        assertTrue(
                browser.driver().findElement(By.id("post:messages")).getText().contains("已经登记过"),
                browser.driver().findElement(By.id("post:messages")).getText());
        assertEquals(4, api.stock(material, "WH-WC").getInt("onHand"), "the same form twice books once");

        // PrimeFaces sends the nonce from a hidden field it adds to every form
        js.executeScript("document.querySelectorAll(\"input[name='primefaces.nonce']\")"
                + ".forEach(function (i) { i.value = 'Zm9yZ2Vk'; })");
        browser.driver().findElement(By.id("post:quantity_input")).sendKeys("5");
        browser.driver().findElement(By.id("post:submit")).click();
        browser.waitForPage();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("gw-expired-notice")).isEmpty());
        assertTrue(browser.driver()
                .findElement(By.id("gw-expired-notice"))
                .getText()
                .contains("没有执行"));
        assertEquals(4, api.stock(material, "WH-WC").getInt("onHand"), "a forged nonce books nothing");
        assertEquals(1, api.ledger(material, "WH-WC").size());
    }
}
