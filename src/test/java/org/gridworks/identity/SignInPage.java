package org.gridworks.identity;

import java.net.URI;
import org.gridworks.platform.web.FramePage;
import org.gridworks.testing.Browser;
import org.openqa.selenium.By;

/** Page object for the sign-in page. */
public class SignInPage extends FramePage {

    public SignInPage(Browser browser) {
        super(browser);
    }

    public static SignInPage open(Browser browser, URI base) {
        browser.open(base.resolve("login.xhtml"));
        return new SignInPage(browser);
    }

    /** Types the credentials and submits; the browser lands wherever the application sends it. */
    public void signIn(String login, String password) {
        browser.driver().findElement(By.id("signIn:login")).clear();
        browser.driver().findElement(By.id("signIn:login")).sendKeys(login);
        browser.driver()
                .findElement(By.cssSelector("#signIn input.ui-password, #signIn .ui-password input"))
                .sendKeys(password);
        browser.clickToNewPage(browser.driver().findElement(By.id("signIn:submit")));
    }

    public String message() {
        return browser.driver().findElement(By.id("signIn:messages")).getText();
    }

    public boolean isShown() {
        return !browser.driver().findElements(By.id("signIn:submit")).isEmpty();
    }
}
