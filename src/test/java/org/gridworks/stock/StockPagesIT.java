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

    // QR labels and scanning (issue 22)

    /**
     * At phone width: a sheet of labels for three chosen materials, each QR loaded; printed, it makes A4 pages with
     * every label whole; a label's QR, decoded here with ZXing, is the material's stock address at the warehouse,
     * and that address shows the material with the warehouse picked out. The QR address refuses bad input.
     */
    @Test
    void labelsPrintOnA4AtPhoneWidthAndTheirQrOpensTheMaterialsStockAtTheWarehouse(Browser browser) throws Exception {
        SignInPage.open(browser, base()).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
        browser.resize(Browser.PHONE);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        try {
            browser.open(base().resolve("stock/labels.xhtml?warehouse=WH-WC&materials=500100001,500100002,500100003"));
            List<WebElement> labels = browser.driver().findElements(By.cssSelector("#labels .gw-label"));
            assertEquals(
                    List.of("500100001", "500100002", "500100003"),
                    labels.stream().map(l -> l.getAttribute("data-material")).toList());
            assertTrue(labels.get(1).getText().contains("3×240"), labels.get(1).getText());
            assertTrue(
                    labels.get(1).getText().contains("婺城"),
                    "the warehouse's name: " + labels.get(1).getText());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> Boolean.TRUE.equals(
                            js.executeScript("return Array.from(document.querySelectorAll('#labels img.gw-label-qr'))"
                                    + ".every(function (i) { return i.complete && i.naturalWidth > 0; });")));
            long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow);
            browser.screenshot("stock-labels-phone");

            int pages = Browser.pdfPages(browser.printA4("stock-labels-a4"));
            assertTrue(pages >= 1, "printed to A4 pages: " + pages);
            // as printed: each label keeps its print height (32 mm) and is never split across pages
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                @SuppressWarnings("unchecked")
                List<Object> printed = (List<Object>) js.executeScript(
                        "return Array.from(document.querySelectorAll('#labels .gw-label')).map(function (l) {"
                                + " return Math.round(l.getBoundingClientRect().height) + ' '"
                                + " + getComputedStyle(l).breakInside; });");
                assertEquals(3, printed.size());
                assertEquals(1, printed.stream().distinct().count(), "labels alike: " + printed);
                assertTrue(printed.get(0).toString().matches("12[01] avoid"), "32 mm, kept whole: " + printed);
            } finally {
                browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
            }

            String src = labels.get(1).findElement(By.tagName("img")).getAttribute("src");
            HttpResponse<byte[]> qr = fetch(browser, src);
            assertEquals(200, qr.statusCode(), src);
            assertTrue(
                    qr.headers().firstValue("Content-Type").orElse("").startsWith("image/png"),
                    qr.headers().toString());
            assertTrue(qr.headers().firstValue("Cache-Control").orElse("").contains("private"));
            String decoded = decodeQr(qr.body());
            assertEquals(
                    base().resolve("stock/material.xhtml?code=500100002&warehouse=WH-WC")
                            .toString(),
                    decoded);

            String qrBase = src.substring(0, src.indexOf('?'));
            assertEquals(400, fetch(browser, qrBase + "?material=500100002").statusCode(), "no warehouse");
            assertEquals(
                    400,
                    fetch(browser, qrBase + "?material=500100002&warehouse=WH-WC&size=x")
                            .statusCode());
            assertEquals(
                    400,
                    fetch(browser, qrBase + "?material=500100002&warehouse=WH-WC&size=99999")
                            .statusCode());
            assertEquals(
                    404,
                    fetch(browser, qrBase + "?material=NO-SUCH&warehouse=WH-WC").statusCode());
            assertEquals(
                    404,
                    fetch(browser, qrBase + "?material=500100002&warehouse=WH-NONE")
                            .statusCode());
            assertEquals(
                    "camera=(self), microphone=(), geolocation=()",
                    fetch(browser, base().resolve("stock/post.xhtml").toString())
                            .headers()
                            .firstValue("Permissions-Policy")
                            .orElse(""));
            assertEquals(
                    "camera=(), microphone=(), geolocation=()",
                    qr.headers().firstValue("Permissions-Policy").orElse(""));

            // labels and picking lists are the warehouse's; a QR is readable by any signed-in user, by no one else
            Http manager = new Http(base());
            manager.signInOnPage(DemoUsers.MANAGER, DemoUsers.PASSWORD);
            assertEquals(403, manager.get("/stock/labels.xhtml?warehouse=WH-WC").statusCode(), "not a keeper");
            assertEquals(
                    403, manager.get("/requests/picking.xhtml?warehouse=WH-WC").statusCode(), "not a keeper");
            assertEquals(
                    200,
                    manager.get("/stock/qr?material=500100002&warehouse=WH-WC").statusCode());
            String otherUnit = new String(
                    fetch(
                                    browser,
                                    base().resolve("stock/labels.xhtml?warehouse=WH-LX")
                                            .toString())
                            .body(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(otherUnit.contains("data-count=\"0\""), "another unit's warehouse: no labels");
            String otherPicking = new String(
                    fetch(
                                    browser,
                                    base().resolve("requests/picking.xhtml?warehouse=WH-LX")
                                            .toString())
                            .body(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(otherPicking.contains("data-count=\"0\""), "another unit's picking list: nothing");
            HttpResponse<byte[]> anonymous = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(URI.create(src))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(
                    !anonymous.headers().firstValue("Content-Type").orElse("").startsWith("image/png"),
                    "no QR without signing in: " + anonymous.statusCode());

            browser.open(URI.create(decoded));
            assertTrue(browser.driver()
                    .findElement(By.id("material-spec"))
                    .getText()
                    .contains("3×240"));
            assertEquals(
                    "WH-WC",
                    browser.driver().findElement(By.id("material-warehouse")).getAttribute("data-warehouse"));
            assertEquals(
                    1,
                    browser.driver()
                            .findElements(By.cssSelector("[id='material:warehouses'] tbody tr.gw-row-here"))
                            .size(),
                    "the label's warehouse stands out");
            assertTrue(
                    browser.driver()
                            .findElement(By.id("material:label-link"))
                            .getAttribute("href")
                            .contains("warehouse=WH-WC&materials=500100002"),
                    "a keeper prints this material's label from here");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * The posting page's scan button on a phone, with a camera that films a stock label (Chromium's fake capture
     * playing a Y4M made here from the label's QR): the material and the warehouse are filled in.
     */
    @Test
    void scanningALabelWithThePhonesCameraFillsTheMaterialOnThePostingPage() throws Exception {
        String label = base().resolve("stock/material.xhtml?code=" + CABLE_3X240 + "&warehouse=WH-WC")
                .toString();
        java.nio.file.Path video = java.nio.file.Files.createTempFile("gw-qr-camera-", ".y4m");
        try {
            java.nio.file.Files.write(video, y4m(org.gridworks.platform.qr.QrImage.png(label, 360), 640, 480, 5));
            try (Browser camera = Browser.start(
                    "--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream",
                    "--use-file-for-fake-video-capture=" + video.toAbsolutePath())) {
                SignInPage.open(camera, base()).signIn(DemoUsers.WAREHOUSE, DemoUsers.PASSWORD);
                camera.resize(Browser.PHONE);
                camera.open(base().resolve("stock/post.xhtml"));
                camera.driver().findElement(By.id("qr-scan")).click();
                JavascriptExecutor js = (JavascriptExecutor) camera.driver();
                try {
                    new WebDriverWait(camera.driver(), Duration.ofSeconds(30))
                            .until(d -> CABLE_3X240.equals(
                                    js.executeScript("return document.getElementById('post:material_input')"
                                            + ".getAttribute('data-qr-filled');")));
                } catch (org.openqa.selenium.TimeoutException e) {
                    camera.screenshot("FAILED-qr-scan");
                    throw new AssertionError(
                            "not scanned: "
                                    + js.executeScript("return document.getElementById('qr-status').textContent;"),
                            e);
                }
                camera.waitForPage();
                assertEquals(
                        CABLE_3X240,
                        js.executeScript("return document.getElementById('post:material_hinput').value;"),
                        "the material the form posts");
                assertTrue(
                        camera.driver()
                                .findElement(By.id("post:material_input"))
                                .getAttribute("value")
                                .contains("3×240"),
                        "the material's label shows");
                assertEquals(
                        "WH-WC", js.executeScript("return document.getElementById('post:warehouse_input').value;"));
                assertTrue(
                        camera.driver().findElement(By.id("qr-scanner")).getAttribute("hidden") != null,
                        "the camera closes after a scan");
                camera.screenshot("stock-post-scanned-phone");
                assertEquals(List.of(), camera.consoleErrors());
            }
        } finally {
            java.nio.file.Files.deleteIfExists(video);
        }
    }

    /** A GET with the browser's cookies (its session), as the browser itself would ask. */
    private static HttpResponse<byte[]> fetch(Browser browser, String address) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(address))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The text of a QR picture, read with ZXing's reader as a phone would. */
    static String decodeQr(byte[] png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new com.google.zxing.qrcode.QRCodeReader()
                .decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                        new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
    }

    /**
     * A Y4M video (YUV4MPEG2, 4:2:0) of the PNG centred on white, {@code frames} still frames: what Chromium's fake
     * camera plays in a loop.
     */
    static byte[] y4m(byte[] png, int width, int height, int frames) throws Exception {
        java.awt.image.BufferedImage qr = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        byte[] luma = new byte[width * height];
        java.util.Arrays.fill(luma, (byte) 235);
        int left = (width - qr.getWidth()) / 2;
        int top = (height - qr.getHeight()) / 2;
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                int rgb = qr.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                luma[(top + y) * width + left + x] = (byte) (grey < 128 ? 16 : 235);
            }
        }
        byte[] chroma = new byte[(width / 2) * (height / 2)];
        java.util.Arrays.fill(chroma, (byte) 128);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int f = 0; f < frames; f++) {
            out.write("FRAME\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(luma);
            out.write(chroma);
            out.write(chroma);
        }
        return out.toByteArray();
    }
}
