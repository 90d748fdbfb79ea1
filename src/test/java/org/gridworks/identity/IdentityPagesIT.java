package org.gridworks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.gridworks.home.HomePage;
import org.gridworks.platform.web.ErrorPage;
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

/** Sign-in, menus per role, sign-out, the 403 page and a stale edit, in a real browser. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class IdentityPagesIT {

    private static final Map<String, List<String>> MENUS = Map.of(
            DemoUsers.ADMIN,
                    List.of(
                            "工作台", "业扩项目", "里程碑", "并联审批", "配送看板", "库存查询", "补库调配", "储备清单", "预警督办", "评价报表", "工作日历",
                            "审计日志", "用户管理", "单位管理", "时限政策", "申请材料", "里程碑模板", "许可类型", "许可路径规则", "物资目录", "可开放容量", "配送设置",
                            "我的账号"),
            DemoUsers.SUPERVISOR,
                    List.of(
                            "工作台", "业扩项目", "里程碑", "并联审批", "配送看板", "库存查询", "补库调配", "储备清单", "预警督办", "评价报表", "延误原因",
                            "工作日历", "审计日志", "我的账号"),
            DemoUsers.MANAGER, List.of("工作台", "业扩项目", "里程碑", "库存查询", "延误原因", "工作日历", "我的账号"),
            DemoUsers.WAREHOUSE, List.of("工作台", "业扩项目", "配送看板", "库存查询", "出入库", "补库调配", "储备清单", "延误原因", "工作日历", "我的账号"),
            DemoUsers.CLERK, List.of("工作台", "业扩项目", "并联审批", "库存查询", "延误原因", "工作日历", "我的账号"));

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
    void aWrongPasswordIsRefusedWithAMessageThatRevealsNothing(Browser browser) {
        SignInPage signIn = SignInPage.open(browser, base());
        browser.screenshot("sign-in");
        signIn.signIn(DemoUsers.MANAGER, "not-the-password-1");
        assertTrue(signIn.isShown(), "still on the sign-in page");
        assertTrue(signIn.message().contains("登录名或密码不正确"), signIn.message());
        String forKnownUser = signIn.message();
        signIn.signIn("no-such-user", "not-the-password-1");
        assertEquals(forKnownUser, signIn.message(), "unknown logins get the same message");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void eachDemoUserSeesOnlyTheirMenusAndSignsOut(Browser browser) {
        for (Map.Entry<String, List<String>> expected : MENUS.entrySet()) {
            SignInPage.open(browser, base()).signIn(expected.getKey(), DemoUsers.PASSWORD);
            HomePage home = new HomePage(browser);
            assertEquals("工作台", home.title(), expected.getKey());
            assertEquals(expected.getValue(), home.menuEntries(), expected.getKey());
            browser.screenshot("menu-" + expected.getKey());

            home.signOut();
            SignInPage signIn = new SignInPage(browser);
            assertTrue(signIn.isShown(), "signed out lands on the sign-in page");
            browser.open(base().resolve("index.xhtml"));
            assertTrue(signIn.isShown(), "after sign-out the pages need a new sign-in");
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aUserDisabledWhileSignedInIsSignedOutAtTheNextPage(Browser browser) {
        Http api = new Http(base());
        String login = "tmp-" + System.nanoTime() % 100000;
        int created = api.send(HttpRequest.newBuilder(api.resolve("/api/v1/users"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"login\":\"" + login + "\",\"displayName\":\"临时仓管\","
                                        + "\"unit\":\"WC\",\"roles\":[\"WAREHOUSE\"],\"password\":\"river7Stone9\"}"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", DemoUsers.basic(DemoUsers.ADMIN))
                        .build())
                .statusCode();
        assertEquals(201, created);
        SignInPage.open(browser, base()).signIn(login, "river7Stone9");
        assertEquals("工作台", new HomePage(browser).title());

        int version = Http.json(api.get("/api/v1/users/" + login, "Authorization", DemoUsers.basic(DemoUsers.ADMIN)))
                .getInt("version");
        int disabled = api.send(HttpRequest.newBuilder(api.resolve("/api/v1/users/" + login))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"临时仓管\",\"unit\":\"WC\","
                                + "\"roles\":[\"WAREHOUSE\"],\"enabled\":false,\"version\":" + version + "}"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", DemoUsers.basic(DemoUsers.ADMIN))
                        .build())
                .statusCode();
        assertEquals(200, disabled);
        browser.open(base().resolve("index.xhtml"));
        assertTrue(new SignInPage(browser).isShown(), "the disabled account's session no longer opens pages");
    }

    @Test
    void aForbiddenPageShowsThe403PageAndNoData(Browser browser) {
        SignInPage.open(browser, base()).signIn(DemoUsers.MANAGER, DemoUsers.PASSWORD);
        browser.open(base().resolve("admin/users.xhtml"));
        ErrorPage error = new ErrorPage(browser);
        assertEquals("无权访问", error.title());
        assertFalse(error.pageSource().contains("warehouse"), "no user data on the page");
        browser.screenshot("error-403");
    }

    @Test
    void signInLeadsBackToThePageAskedFor(Browser browser) {
        browser.open(base().resolve("admin/units.xhtml"));
        SignInPage signIn = new SignInPage(browser);
        assertTrue(signIn.isShown());
        signIn.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertEquals("单位管理", signIn.title());
        assertEquals(
                10,
                browser.driver()
                        .findElements(By.cssSelector("[id='units:table'] tbody tr"))
                        .size());
        browser.screenshot("admin-units");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aStaleEditIsRefusedWithAMessageAndKeepsWhatWasTyped(Browser browser) {
        SignInPage.open(browser, base()).signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open(base().resolve("admin/user.xhtml?login=clerk"));
        var displayName = browser.driver().findElement(By.id("user:displayName"));
        assertEquals("陈审批", displayName.getAttribute("value"));

        // someone else saves the same user in the meantime
        Http api = new Http(base());
        JsonObject clerk = Http.json(api.get("/api/v1/users/clerk", "Authorization", DemoUsers.basic(DemoUsers.ADMIN)));
        int status = api.send(HttpRequest.newBuilder(api.resolve("/api/v1/users/clerk"))
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"displayName\":\"陈审批\",\"unit\":\"WC\",\"phone\":\"0579-1234567\","
                                        + "\"roles\":[\"PERMIT_CLERK\"],\"enabled\":true,\"version\":"
                                        + clerk.getInt("version") + "}"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", DemoUsers.basic(DemoUsers.ADMIN))
                        .build())
                .statusCode();
        assertEquals(200, status);

        displayName.clear();
        displayName.sendKeys("陈审批（新）");
        browser.driver().findElement(By.id("user:save")).click();
        browser.waitForPage();
        String messages = browser.driver().findElement(By.id("user:messages")).getText();
        assertTrue(messages.contains("已被他人修改"), messages);
        assertEquals(
                "陈审批（新）",
                browser.driver().findElement(By.id("user:displayName")).getAttribute("value"));
        browser.screenshot("stale-edit");
        assertEquals(
                "陈审批",
                Http.json(api.get("/api/v1/users/clerk", "Authorization", DemoUsers.basic(DemoUsers.ADMIN)))
                        .getString("displayName"),
                "nothing was lost or overwritten");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Saving closes the form: the list it returns to says so (the message survives the redirect). */
    @Test
    void savingAUserSaysSoOnTheListItReturnsTo(Browser browser) {
        SignInPage.open(browser, base()).signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open(base().resolve("admin/user.xhtml?login=" + DemoUsers.WAREHOUSE));
        browser.driver().findElement(By.id("user:save")).click();
        browser.waitForPage();
        assertTrue(
                browser.driver().getCurrentUrl().contains("/admin/users.xhtml"),
                browser.driver().getCurrentUrl());
        String messages = browser.driver().findElement(By.id("users:messages")).getText();
        assertTrue(messages.contains("用户 " + DemoUsers.WAREHOUSE + " 已保存"), messages);
        browser.open(base().resolve("admin/users.xhtml"));
        assertEquals("", browser.driver().findElement(By.id("users:messages")).getText(), "said once, not again");
    }
}
