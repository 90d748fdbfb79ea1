package org.gridworks.platform.api;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridworks.testing.DemoUsers;

/**
 * One HTTP client per demo user for the fuzz run. Each signs in once through the sign-in page, so the thousands
 * of calls that follow ride on the session instead of paying a PBKDF2 hash each (HTTP Basic hashes the password
 * on every call); when the page sign-in does not take, the client falls back to HTTP Basic. Writes over the session
 * carry X-Requested-With, as the API asks of cookie callers (identity/CrossSiteCheck).
 */
final class FuzzSessions {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** A signed-in client, and the Authorization header to add when the session did not take. */
    record Session(String login, HttpClient client, Optional<String> authorization) {}

    private FuzzSessions() {}

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static Session signIn(URI base, String login) throws Exception {
        HttpClient client = client();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(base.resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(page.body());
        if (state.find()) {
            String form = "signIn=signIn&signIn%3Alogin=" + enc(login) + "&signIn%3Apassword=" + enc(DemoUsers.PASSWORD)
                    + "&signIn%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
            client.send(
                    HttpRequest.newBuilder(base.resolve("login.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> me = client.send(
                    HttpRequest.newBuilder(base.resolve("api/v1/me")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (me.statusCode() == 200) {
                return new Session(login, client, Optional.empty());
            }
        }
        return new Session(login, client, Optional.of(DemoUsers.basic(login)));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
