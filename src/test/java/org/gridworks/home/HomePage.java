package org.gridworks.home;

import java.net.URI;
import java.util.List;
import org.gridworks.platform.web.FramePage;
import org.gridworks.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page object for the home page (the dashboard to be). */
public class HomePage extends FramePage {

    public HomePage(Browser browser) {
        super(browser);
    }

    public static HomePage open(Browser browser, URI base) {
        browser.open(base);
        return new HomePage(browser);
    }

    public List<String> areaTitles() {
        return browser.driver().findElements(By.cssSelector(".gw-area h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String database() {
        return browser.driver().findElement(By.id("status-database")).getText();
    }
}
