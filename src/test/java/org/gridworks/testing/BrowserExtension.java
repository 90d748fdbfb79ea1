package org.gridworks.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One browser per test class (starting Chromium per test would cost more than the tests), handed to tests as
 * a parameter; each test starts with no cookies and an empty console, so nothing carries over from the test
 * before;
 * a failing test leaves a screenshot named after it in target/screenshots.
 */
public class BrowserExtension implements ParameterResolver, BeforeEachCallback, AfterAllCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser browser = classStore(context).get(Browser.class, Browser.class);
        if (browser != null) {
            browser.driver().manage().deleteAllCookies();
            browser.consoleErrors(); // drains what the test before left in the console
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = classStore(context).get(Browser.class, Browser.class);
        if (browser != null) {
            browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = classStore(context).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    private static Browser browser(ExtensionContext context) {
        return classStore(context).getOrComputeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()
                && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE);
    }
}
