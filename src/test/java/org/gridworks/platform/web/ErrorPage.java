package org.gridworks.platform.web;

import org.gridworks.testing.Browser;
import org.openqa.selenium.By;

/** Page object for the friendly error pages (403, 404, 500, expired view). */
public class ErrorPage extends FramePage {

    public ErrorPage(Browser browser) {
        super(browser);
    }

    public String text() {
        return browser.driver().findElement(By.cssSelector(".gw-error-text")).getText();
    }

    public void backToDashboard() {
        browser.clickToNewPage(browser.driver().findElement(By.id("gw-error-home")));
    }

    public String pageSource() {
        return browser.driver().getPageSource();
    }
}
