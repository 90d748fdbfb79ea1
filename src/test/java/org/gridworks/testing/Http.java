package org.gridworks.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for tests that talk to the running application as a browser or another system would.
 * Keeps cookies, so a sequence of calls is one session.
 */
public final class Http {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final List<String> setCookies = new CopyOnWriteArrayList<>();

    public Http(URI base) {
        this.base = base;
    }

    /** Every Set-Cookie header this client has received, redirects included. */
    public List<String> setCookieHeaders() {
        return List.copyOf(setCookies);
    }

    /**
     * Signs in through the sign-in page as a browser does (its form and view state), so the calls that follow ride
     * on the session cookie. Fails loudly when the session did not take.
     */
    public void signInOnPage(String login, String password) {
        Matcher state = VIEW_STATE.matcher(get("/login.xhtml").body());
        if (!state.find()) {
            throw new IllegalStateException("the sign-in page has no view state");
        }
        String form = "signIn=signIn&signIn%3Alogin=" + encode(login) + "&signIn%3Apassword=" + encode(password)
                + "&signIn%3Asubmit=&jakarta.faces.ViewState=" + encode(state.group(1));
        send(HttpRequest.newBuilder(resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (get("/api/v1/me").statusCode() != 200) {
            throw new IllegalStateException("signing in on the page as " + login + " did not take");
        }
    }

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Arquillian reports the machine's external address; the tests stay on the loopback. */
    public static URI loopback(URL deploymentUrl) {
        URI uri = URI.create(deploymentUrl.toString());
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return URI.create("http://127.0.0.1:" + uri.getPort() + path);
    }

    public URI base() {
        return base;
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (HttpResponse<String> r = response;
                    r != null;
                    r = r.previousResponse().orElse(null)) {
                setCookies.addAll(r.headers().allValues("Set-Cookie"));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
