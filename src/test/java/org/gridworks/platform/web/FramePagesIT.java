package org.gridworks.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import org.gridworks.home.HomePage;
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

/** The page frame in a real browser: languages, phone layout, error pages, and a console free of errors. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class FramePagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private URI base() {
        return Http.loopback(deploymentUrl);
    }

    private HomePage signedIn(Browser browser, String query) {
        SignInPage.open(browser, base()).signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        return HomePage.open(browser, base().resolve(query));
    }

    @Test
    void homePageInBothLanguagesAtDesktopAndPhoneWidths(Browser browser) throws Exception {
        browser.resize(Browser.DESKTOP);
        HomePage home = signedIn(browser, "?lang=zh-CN");
        assertEquals("工作台", home.title());
        assertEquals("zh-CN", home.htmlLang());
        assertEquals(3, home.areaTitles().size());
        assertTrue(home.menu().isDisplayed(), "the menu sits beside the content on a desktop");
        assertTrue(Files.size(browser.screenshot("home-desktop-zh")) > 10_000);

        home.switchToEnglish();
        assertEquals("Dashboard", home.title());
        assertEquals("en", home.htmlLang());
        assertTrue(home.footer().contains("Version"), home.footer());
        assertTrue(Files.size(browser.screenshot("home-desktop-en")) > 10_000);

        browser.open(base().resolve("index.xhtml"));
        assertEquals("Dashboard", home.title(), "the language sticks for the session");
        home.switchToChinese();
        assertEquals("工作台", home.title());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * At 360, 390 and 414 px, in both languages, every piece of the header (menu button, logo, bell, sign-out, the
     * language pill) lies inside the window on one line and touches no other (the bell used to cover the name, the
     * pill to wrap).
     */
    @Test
    void theHeaderFitsOnPhonesWithoutOverlaps(Browser browser) {
        signedIn(browser, "index.xhtml");
        try {
            for (String language : List.of("zh-CN", "en")) {
                browser.open(base().resolve("index.xhtml?lang=" + language));
                for (int width : new int[] {360, 390, 414}) {
                    browser.resize(new org.openqa.selenium.Dimension(width, 800));
                    Object problems = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                            const parts = ['.gw-burger', '.gw-brand', '#gw-bell', '#gw-signout-form', '.gw-lang']
                                .map(s => document.querySelector('.gw-header ' + s))
                                .filter(e => e && e.getBoundingClientRect().width > 0);
                            const found = [];
                            if (parts.length < 5) found.push('only ' + parts.length + ' parts shown');
                            const rects = parts.map(e => e.getBoundingClientRect());
                            rects.forEach((r, i) => {
                                if (r.left < 0 || r.right > innerWidth) found.push(parts[i].className + ' outside');
                                for (let j = i + 1; j < rects.length; j++) {
                                    const o = rects[j];
                                    if (r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom)
                                        found.push(parts[i].className + ' overlaps ' + parts[j].className);
                                }
                            });
                            document.querySelectorAll('.gw-lang a, #gw-signout').forEach(e => {
                                if (e.getClientRects().length !== 1
                                        || e.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(e).fontSize))
                                    found.push(e.id + ' wraps');
                            });
                            return found.join('; ');""");
                    assertEquals("", problems, language + " at " + width + " px");
                }
                browser.screenshot("header-phone-" + language);
            }
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    @Test
    void onAPhoneTheMenuHidesBehindTheMenuButton(Browser browser) {
        browser.resize(Browser.PHONE);
        try {
            HomePage home = signedIn(browser, "index.xhtml");
            assertTrue(home.menuButton().isDisplayed());
            assertFalse(isOnScreen(browser, "gw-nav"), "menu closed at first");
            browser.screenshot("home-phone");

            home.menuButton().click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> isOnScreen(browser, "gw-nav"));
            assertEquals(List.of("工作台", "业扩项目", "里程碑", "库存查询", "延误原因", "工作日历", "我的账号"), home.menuEntries());
            browser.screenshot("home-phone-menu");
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    @Test
    void unknownAddressShowsTheFriendlyPageThatLeadsBack(Browser browser) {
        signedIn(browser, "index.xhtml");
        browser.consoleErrors();
        browser.open(base().resolve("no/such/page.xhtml?lang=en"));
        ErrorPage error = new ErrorPage(browser);
        assertEquals("Page not found", error.title());
        assertFalse(error.pageSource().contains(".java:"), "no stack trace");
        browser.screenshot("error-404");
        assertTrue(
                browser.consoleErrors().stream().allMatch(message -> message.contains("404")),
                "the 404 itself is the only complaint");
        error.backToDashboard();
        assertEquals("Dashboard", error.title());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * The search box above the menu: Enter searches; a customer's name finds the project in the manager's own unit and
     * leads to it, a project of another unit stays unfound, "3x240" finds the cable written 3×240, and a permit number
     * finds its permit.
     */
    @Test
    void theSearchBoxFindsProjectsMaterialsAndPermitsWithinTheCallersUnit(Browser browser) {
        signedIn(browser, "index.xhtml?lang=zh-CN");
        org.openqa.selenium.WebDriver driver = browser.driver();

        search(browser, "华庭");
        List<String> hits = hitTitles(driver);
        assertEquals(1, hits.size(), hits.toString());
        assertTrue(hits.get(0).endsWith("金华华庭酒店"), hits.get(0));
        browser.clickToNewPage(driver.findElement(org.openqa.selenium.By.cssSelector(".gw-search-hit")));
        assertTrue(driver.getCurrentUrl().contains("/projects/project.xhtml?id="), driver.getCurrentUrl());
        assertTrue(driver.getPageSource().contains("金华华庭酒店"));

        search(browser, "孝顺镇"); // a project of the Jindong company: not the Wucheng manager's to see
        assertEquals(List.of(), hitTitles(driver));
        assertTrue(driver.findElement(org.openqa.selenium.By.id("search-none"))
                .getText()
                .contains("孝顺镇"));

        search(browser, "3x240");
        assertTrue(
                driver.findElements(org.openqa.selenium.By.cssSelector(".gw-search-hits .gw-hint")).stream()
                        .anyMatch(e -> e.getText().equals("YJV22-8.7/15kV-3×240")),
                "the cable written with ×");

        search(browser, "金规许字");
        assertTrue(
                driver.findElements(org.openqa.selenium.By.tagName("h2")).stream()
                        .anyMatch(e -> e.getText().equals("许可证")),
                "granted permits of the unit are found by their number");
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static void search(Browser browser, String text) {
        org.openqa.selenium.WebElement box = browser.driver().findElement(org.openqa.selenium.By.id("gw-search-q"));
        box.clear();
        box.sendKeys(text);
        // Chromium reports the replaced page in two ways; Browser.toNewPage knows both
        browser.toNewPage(() -> box.sendKeys(org.openqa.selenium.Keys.ENTER));
        assertTrue(
                browser.driver().getCurrentUrl().contains("search.xhtml?q="),
                browser.driver().getCurrentUrl());
    }

    private static List<String> hitTitles(org.openqa.selenium.WebDriver driver) {
        return driver.findElements(org.openqa.selenium.By.cssSelector(".gw-search-hit")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList();
    }

    private static boolean isOnScreen(Browser browser, String id) {
        Object left = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().left;", id);
        return ((Number) left).doubleValue() >= 0;
    }
}
