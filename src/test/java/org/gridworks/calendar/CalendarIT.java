package org.gridworks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
import org.openqa.selenium.WebElement;

/** The calendar API, loading a year, and the year view, against the deployed application. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class CalendarIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    private Http http() {
        return new Http(Http.loopback(deploymentUrl));
    }

    private HttpResponse<String> get(String path) {
        return http().get(path, "Authorization", DemoUsers.basic(DemoUsers.WAREHOUSE), "Accept-Language", "en");
    }

    @Test
    void answersTheDomainExamplesExactly() {
        assertEquals(
                "{\"from\":\"2024-09-27\",\"workingDays\":3,\"due\":\"2024-10-08\",\"provisional\":false}",
                get("/api/v1/calendar/due?from=2024-09-27&workingDays=3").body());
        assertEquals(
                "{\"from\":\"2024-09-27\",\"to\":\"2024-10-08\",\"workingDays\":3,\"provisional\":false}",
                get("/api/v1/calendar/working-days?from=2024-09-27&to=2024-10-08")
                        .body());
        String[][] examples = {
            {"2025-01-24", "3", "2025-02-05"}, {"2021-02-05", "3", "2021-02-09"},
            {"2023-12-29", "1", "2024-01-02"}, {"2021-01-04", "22", "2021-02-03"}
        };
        for (String[] example : examples) {
            JsonObject due = Http.json(get("/api/v1/calendar/due?from=" + example[0] + "&workingDays=" + example[1]));
            assertEquals(example[2], due.getString("due"), example[0]);
            assertFalse(due.getBoolean("provisional"));
        }
    }

    @Test
    void answersReachingInto2027AreProvisional() {
        JsonObject due = Http.json(get("/api/v1/calendar/due?from=2026-12-30&workingDays=3"));
        assertTrue(due.getBoolean("provisional"));
        JsonObject count = Http.json(get("/api/v1/calendar/working-days?from=2026-12-01&to=2027-01-15"));
        assertTrue(count.getBoolean("provisional"));
    }

    @Test
    void badParametersGet400WithTheFieldAtFault() {
        String[][] bad = {
            {"/api/v1/calendar/due?workingDays=3", "from"},
            {"/api/v1/calendar/due?from=2024-02-30&workingDays=3", "from"},
            {"/api/v1/calendar/due?from=2024-09-27&workingDays=-1", "workingDays"},
            {"/api/v1/calendar/due?from=2024-09-27&workingDays=three", "workingDays"},
            {"/api/v1/calendar/due?from=2024-09-27&workingDays=2601", "workingDays"},
            {"/api/v1/calendar/due?from=2024-09-27", "workingDays"},
            {"/api/v1/calendar/working-days?from=2020-01-01&to=2031-01-02", "to"},
            {"/api/v1/calendar/working-days?from=2020-01-01", "to"}
        };
        for (String[] call : bad) {
            HttpResponse<String> response = get(call[0]);
            assertEquals(400, response.statusCode(), call[0] + " " + response.body());
            JsonObject error = Http.json(response);
            assertEquals(call[1], error.getString("field"), call[0]);
            assertFalse(error.getString("error").isBlank());
        }
        assertEquals(
                401,
                http().get("/api/v1/calendar/due?from=2024-09-27&workingDays=3").statusCode());
    }

    @Test
    void aBadFileChangesNothingAndAGoodOneLoadsTheYear() {
        String before =
                get("/api/v1/calendar/due?from=2030-09-27&workingDays=3").body();
        assertTrue(Http.json(get("/api/v1/calendar/due?from=2030-09-27&workingDays=3"))
                .getBoolean("provisional"));

        String duplicate = "{\"name\":\"国庆节\",\"date\":\"2030-10-01\",\"isOffDay\":true}";
        HttpResponse<String> refused =
                load(2030, "{\"year\":2030,\"days\":[" + duplicate + "," + duplicate + "]}", DemoUsers.ADMIN);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(Http.json(refused).getString("error").contains("2030-10-01"), refused.body());
        assertEquals(
                400,
                load(2030, "{\"year\":2031,\"days\":[" + duplicate + "]}", DemoUsers.ADMIN)
                        .statusCode());
        assertEquals(
                400,
                load(2030, "date,is_off_day,name\n2030-13-01,true,x", DemoUsers.ADMIN)
                        .statusCode());
        assertEquals(
                before,
                get("/api/v1/calendar/due?from=2030-09-27&workingDays=3").body(),
                "nothing changed");

        assertEquals(
                403,
                load(2030, "{\"year\":2030,\"days\":[" + duplicate + "]}", DemoUsers.MANAGER)
                        .statusCode());

        HttpResponse<String> loaded =
                load(2030, "date,is_off_day,name\n2030-10-01,true,国庆节\n2030-10-02,true,国庆节\n", DemoUsers.ADMIN);
        assertEquals(200, loaded.statusCode(), loaded.body());
        assertEquals(2, Http.json(loaded).getInt("days"));
        JsonObject due = Http.json(get("/api/v1/calendar/due?from=2030-09-27&workingDays=3"));
        // Fri 09-27; Mon 09-30 is the 1st; 10-01 and 10-02 are off; Thu 10-03 the 2nd, Fri 10-04 the 3rd
        assertEquals("2030-10-04", due.getString("due"));
        assertFalse(due.getBoolean("provisional"));

        JsonArray trail = (JsonArray) Http.parse(http().get(
                        "/api/v1/audit?recordType=CalendarYear&recordId=2030",
                        "Authorization",
                        DemoUsers.basic(DemoUsers.ADMIN))
                .body());
        assertEquals(1, trail.size(), trail.toString());
        assertEquals("admin", trail.getJsonObject(0).getString("actor"));
    }

    @Test
    void theYearViewMarksHolidaysAndMakeUpDaysAndAdministratorsCorrectDays(Browser browser) {
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open(base.resolve("calendar.xhtml?year=2024"));
        assertEquals(
                12, browser.driver().findElements(By.cssSelector(".gw-month")).size());
        WebElement nationalDay = day(browser, "2024-10-01");
        assertTrue(nationalDay.getAttribute("class").contains("gw-day-holiday"), nationalDay.getAttribute("class"));
        assertTrue(nationalDay.getText().contains("国庆节"));
        assertTrue(day(browser, "2024-09-29").getAttribute("class").contains("gw-day-makeup"));
        assertTrue(day(browser, "2024-10-08").getAttribute("class").contains("gw-day-working"));
        assertTrue(browser.driver().findElements(By.id("provisional")).isEmpty());
        browser.screenshot("calendar-2024");
        browser.open(base.resolve("calendar.xhtml?year=2024&lang=en"));
        assertTrue(day(browser, "2024-10-01").getText().contains("National Day"), "holiday names in English");
        browser.open(base.resolve("calendar.xhtml?year=2024&lang=zh-CN"));

        browser.open(base.resolve("calendar.xhtml?year=2027"));
        assertFalse(browser.driver().findElements(By.id("provisional")).isEmpty(), "2027 is marked provisional");

        browser.open(base.resolve("calendar.xhtml?year=2028"));
        browser.driver().findElement(By.id("correct:name")).sendKeys("抢修停工");
        browser.driver().findElement(By.id("correct:reason")).sendKeys("全市电网抢修，统一放假一天");
        browser.driver().findElement(By.id("correct:date_input")).sendKeys("2028-03-06");
        browser.driver().findElement(By.id("correct:save")).click();
        browser.waitForPage();
        assertTrue(day(browser, "2028-03-06").getAttribute("class").contains("gw-day-holiday"));
        assertTrue(browser.driver().findElement(By.id("corrections")).getText().contains("全市电网抢修"));
        assertEquals(List.of(), browser.consoleErrors());

        JsonArray trail = (JsonArray) Http.parse(http().get(
                        "/api/v1/audit?recordType=CalendarDay&recordId=2028-03-06",
                        "Authorization",
                        DemoUsers.basic(DemoUsers.SUPERVISOR))
                .body());
        assertEquals(1, trail.size());
        assertTrue(trail.getJsonObject(0).toString().contains("全市电网抢修"), trail.toString());
        assertEquals(
                "2028-03-07",
                Http.json(get("/api/v1/calendar/due?from=2028-03-03&workingDays=1"))
                        .getString("due"),
                "the API counts with the correction at once");
    }

    @Test
    void datePickersMarkDaysOffWorkedWeekendDaysAndProvisionalYears(Browser browser) {
        URI base = Http.loopback(deploymentUrl);
        SignInPage.open(browser, base).signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open(base.resolve("calendar.xhtml?year=2026"));

        showPickerAt(browser, 2026, 9);
        WebElement nationalDay = pickerDay(browser, "2026-10-01");
        assertEquals("gw-pick-off", nationalDay.getAttribute("class"));
        assertEquals("1休", nationalDay.getText().replace("\n", ""));
        assertEquals("国庆节", nationalDay.getAttribute("title"));
        assertEquals("10班", pickerDay(browser, "2026-10-10").getText().replace("\n", ""));
        browser.screenshot("date-picker-2026-10");
        assertTrue(browser.driver()
                .findElements(By.cssSelector(".ui-datepicker-calendar .gw-pick-provisional"))
                .isEmpty());

        showPickerAt(browser, 2031, 4);
        assertEquals(
                31,
                browser.driver()
                        .findElements(By.cssSelector(
                                ".ui-datepicker-calendar td:not(.ui-datepicker-other-month) .gw-pick-provisional"))
                        .size(),
                "every day of May 2031 is provisional");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Opens the correction form's date picker on a month (0-based, as JavaScript counts). */
    private static void showPickerAt(Browser browser, int year, int month) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var p = PrimeFaces.getWidgetById('correct:date');"
                                + " p.setDate(new Date(arguments[0], arguments[1], 15)); p.show();",
                        year,
                        month);
    }

    /** A day of the open picker, once the panel has faded in (a hidden day's text reads as empty). */
    private static WebElement pickerDay(Browser browser, String iso) {
        By day = By.cssSelector(".ui-datepicker-calendar span[data-date='" + iso + "']");
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(day).stream()
                        .filter(e -> e.isDisplayed() && !e.getText().isBlank())
                        .findFirst()
                        .orElse(null));
    }

    private static WebElement day(Browser browser, String iso) {
        return browser.driver().findElement(By.cssSelector(".gw-day[data-date='" + iso + "']:not(.gw-day-outside)"));
    }

    private HttpResponse<String> load(int year, String body, String user) {
        return http().send(HttpRequest.newBuilder(http().resolve("/api/v1/calendar/years/" + year))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", body.startsWith("{") ? "application/json" : "text/csv")
                .header("Authorization", DemoUsers.basic(user))
                .build());
    }
}
