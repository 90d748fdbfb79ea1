package org.gridworks.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.gridworks.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Page object for any page with forms, as seen by someone pressing Enter: lists the fields Enter can be pressed
 * in, presses it, and tells which commands ran. A command is caught three ways, so no path escapes: a native
 * click (the browser's implicit submission clicks the form's first submit button), a form submission, and every
 * PrimeFaces ajax request with its source (a default command fires its button through jQuery, no native click).
 * What is caught lives in sessionStorage, so it survives a full-page post.
 */
public final class EnterKeyProbe {

    private static final String RECORDER = """
            if (!window.gwProbe) {
                window.gwProbe = true;
                var note = function (what) {
                    var seen = JSON.parse(sessionStorage.getItem('gw-probe') || '[]');
                    seen.push(what);
                    sessionStorage.setItem('gw-probe', JSON.stringify(seen));
                };
                document.addEventListener('click', function (e) {
                    var command = e.target.closest('button, a, input[type=submit], input[type=button]');
                    if (command) { note(command.id || command.getAttribute('href') || command.tagName); }
                }, true);
                document.addEventListener('submit', function (e) { note('submit:' + e.target.id); }, true);
                if (window.PrimeFaces && PrimeFaces.ajax) {
                    var handle = PrimeFaces.ajax.Request.handle;
                    PrimeFaces.ajax.Request.handle = function (cfg, ext) {
                        var source = cfg.source;
                        note(typeof source === 'string' ? source : (source && source.id) || '?');
                        return handle.apply(this, arguments);
                    };
                }
            }
            sessionStorage.removeItem('gw-probe');
            """;

    /** Fields a person types in: visible, enabled, writable text-like inputs inside forms, header excluded. */
    private static final String FIELDS = """
            return Array.from(document.querySelectorAll('form input')).filter(function (i) {
                // a search form (role=search: the box above the menu) searches on Enter by design (FramePagesIT)
                return !i.closest('.gw-header') && !i.closest('form[role=search]')
                    && !i.closest('.ui-helper-hidden-accessible')
                    && ['text', 'number', 'date', 'password', 'email', 'tel', 'search'].indexOf(i.type) >= 0
                    && !i.disabled && !i.readOnly && i.offsetParent !== null && i.id;
            }).map(function (i) { return i.id; });
            """;

    private final Browser browser;

    public EnterKeyProbe(Browser browser) {
        this.browser = browser;
    }

    @SuppressWarnings("unchecked")
    public List<String> fields() {
        return new ArrayList<>((List<String>) js().executeScript(FIELDS));
    }

    /** Presses Enter in the field and answers the commands that ran, less the field's own ajax (a live search). */
    @SuppressWarnings("unchecked")
    public List<String> pressEnterIn(String fieldId) {
        js().executeScript(RECORDER);
        browser.driver().findElement(By.id(fieldId)).sendKeys(Keys.ENTER);
        browser.waitForPage();
        List<String> seen =
                (List<String>) js().executeScript("return JSON.parse(sessionStorage.getItem('gw-probe') || '[]');");
        return seen.stream()
                .filter(source -> !fieldId.startsWith(source))
                .distinct()
                .toList();
    }

    /** True when the page is an error page (500, 404, expired) rather than the page itself. */
    public boolean onErrorPage() {
        return !browser.driver().findElements(By.cssSelector("main.gw-error")).isEmpty();
    }

    public String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
