package org.gridworks.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by its own chromedriver (never a downloaded one: this machine has no
 * internet). Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        return start(new String[0]);
    }

    /**
     * A browser started with more Chromium arguments, e.g. a fake camera that films a file
     * ({@code --use-fake-device-for-media-stream --use-file-for-fake-video-capture=...}).
     */
    public static Browser start(String... extraArguments) {
        File chromium = new File("/usr/bin/chromium");
        File chromedriver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException(
                    "Browser tests need Debian's chromium and chromium-driver: " + "run payara/prepare-tests.sh");
        }
        try {
            Path profile = Files.createTempDirectory("gw-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile,
                    "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
            options.addArguments(extraArguments);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver)
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(URI address) {
        driver.get(address.toString());
        waitForPage();
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /**
     * Clicks something that loads a new page (a link, a non-ajax button) and waits until the new page has
     * replaced the old one: checking only readyState would see the old page, still complete, and race.
     */
    public void clickToNewPage(org.openqa.selenium.WebElement target) {
        toNewPage(target::click);
    }

    /** Does what leads to another page (a click, Enter in a form) and waits until that page has come. */
    public void toNewPage(Runnable action) {
        org.openqa.selenium.WebElement oldPage = driver.findElement(org.openqa.selenium.By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(oldPage));
        waitForPage();
    }

    /** Chromium reports a replaced document either as a stale element or as a node of another document. */
    private static boolean isGone(org.openqa.selenium.WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return String.valueOf(replaced.getMessage()).contains("does not belong to the document");
        }
    }

    /** Waits until the document is loaded and PrimeFaces' ajax queue (when the page has PrimeFaces) is empty. */
    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete' && "
                                + "(!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Answers the page's confirmation dialog (the global p:confirmDialog of the frame) once it has opened: yes
     * runs the action and waits for its answer, no closes the dialog. Fails when no dialog opens.
     */
    public void confirm(boolean yes) {
        org.openqa.selenium.WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(org.openqa.selenium.By.cssSelector(".ui-confirm-dialog")).stream()
                        .filter(org.openqa.selenium.WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        // the dialog fades in; a click during the animation can miss the button
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return jQuery(':animated').length === 0;")));
        dialog.findElement(org.openqa.selenium.By.cssSelector(yes ? ".ui-confirmdialog-yes" : ".ui-confirmdialog-no"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !dialog.isDisplayed());
        waitForPage();
    }

    /**
     * The page printed as Chromium prints it (DevTools' Page.printToPDF, A4, print CSS applied), as PDF bytes; a
     * copy goes to target/screenshots/NAME.pdf for a person to look at.
     */
    public byte[] printA4(String name) {
        Object answer = cdp(
                "Page.printToPDF",
                java.util.Map.of(
                        "paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", true));
        String data = (String) ((java.util.Map<?, ?>) answer).get("data");
        byte[] pdf = java.util.Base64.getDecoder().decode(data);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }

    /** A Chrome DevTools command (e.g. Emulation.setEmulatedMedia) and its answer. */
    public java.util.Map<String, Object> cdp(String command, java.util.Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Pages in a PDF as Chromium writes it: one {@code /Type /Page} object per page (not {@code /Pages}). */
    public static int pdfPages(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher page =
                java.util.regex.Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
        int pages = 0;
        while (page.find()) {
            pages++;
        }
        return pages;
    }

    /** Saves a screenshot under target/screenshots and returns where. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console messages at error level since the last call (CSP violations and failed loads included). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
