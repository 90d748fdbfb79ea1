package org.gridworks.platform.web;

import java.util.List;
import org.gridworks.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page object for the frame every page shares: header, language switch, menu, footer. */
public class FramePage {

    protected final Browser browser;

    public FramePage(Browser browser) {
        this.browser = browser;
    }

    public String title() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String htmlLang() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public void switchToEnglish() {
        browser.clickToNewPage(browser.driver().findElement(By.id("gw-lang-en")));
    }

    public void switchToChinese() {
        browser.clickToNewPage(browser.driver().findElement(By.id("gw-lang-zh")));
    }

    public String signedInUser() {
        return browser.driver().findElement(By.id("gw-user")).getText();
    }

    /** The phone menu button; only shown at narrow widths. */
    public WebElement menuButton() {
        return browser.driver().findElement(By.cssSelector("label.gw-burger"));
    }

    public WebElement menu() {
        return browser.driver().findElement(By.id("gw-nav"));
    }

    public List<String> menuEntries() {
        return menu().findElements(By.cssSelector("a.gw-nav-link")).stream()
                .map(link -> link.getAttribute("textContent").trim())
                .toList();
    }

    public void signOut() {
        browser.clickToNewPage(browser.driver().findElement(By.id("gw-signout-form:gw-signout")));
    }

    public String footer() {
        return browser.driver().findElement(By.cssSelector("footer.gw-footer")).getText();
    }
}
