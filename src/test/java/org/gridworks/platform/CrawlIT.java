package org.gridworks.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.gridworks.testing.Browser;
import org.gridworks.testing.BrowserExtension;
import org.gridworks.testing.Crawl;
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

/**
 * The whole application walked as every demo user, on MariaDB (EmbeddedModeIT walks the same on the embedded
 * database): every GET of the API, every page of each menu, every dashboard link, and each tile against its list.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
@RunAsClient
class CrawlIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void everyApiReadAnswersWithoutAServerErrorForEveryDemoUser() {
        Crawl crawl = new Crawl(Http.loopback(deploymentUrl));
        for (String login : DemoUsers.CRAWLED) {
            crawl.api(login);
        }
        assertEquals(List.of(), crawl.findings());
        assertTrue(
                crawl.reached().getOrDefault(DemoUsers.ADMIN, 0) >= 30,
                "the administrator reads nearly all: " + crawl.reached());
        DemoUsers.CRAWLED.forEach(login -> assertTrue(
                crawl.reached().getOrDefault(login, 0) >= 10, login + " reached too little: " + crawl.reached()));
    }

    @Test
    void everyPageOfEveryMenuOpensCleanAndEveryTileCountsItsList(Browser browser) {
        Crawl crawl = new Crawl(Http.loopback(deploymentUrl));
        DemoUsers.CRAWLED.forEach(login -> crawl.pages(browser, login));
        assertEquals(List.of(), crawl.findings());
        DemoUsers.CRAWLED.forEach(login -> assertTrue(
                crawl.reached().getOrDefault(login, 0) >= 3, login + " opened too few pages: " + crawl.reached()));
        assertTrue(crawl.tilesWithItems() >= 5, "tiles that counted something: " + crawl.tilesWithItems());
    }
}
