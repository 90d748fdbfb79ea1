package org.gridworks.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.gridworks.testing.DemoUsers;
import org.gridworks.testing.Http;

/** The stock API as the integration tests call it; each instance has its own HTTP client (one per thread). */
public final class StockApi {

    private final URI base;
    /**
     * HTTP/1.1 as integrating systems speak it: by default Java's client offers an h2c upgrade on every new
     * connection, and under 16 concurrent posters one such connection once ended in "EOF reached while reading".
     */
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public StockApi(URI base) {
        this.base = base;
    }

    public HttpResponse<String> send(String method, String path, String user, String password, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en")
                .header("Authorization", DemoUsers.basic(user, password));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file upload (the body is the file) or download (null body): bytes both ways. */
    public HttpResponse<byte[]> bytes(String method, String path, String user, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en")
                .header("Authorization", DemoUsers.basic(user));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/octet-stream")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String user, String json) {
        return send("POST", "/api/v1/stock/movements", user, DemoUsers.PASSWORD, json);
    }

    /** The password of the users the tests make (it satisfies the password policy). */
    public static final String KEEPER_PASSWORD = "river7Stone9";

    /** A new warehouse keeper of a unit, for the other end of a transfer or a request; answers the login. */
    public String newKeeper(String unit) {
        String login = unit.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(
                "POST",
                "/api/v1/users",
                DemoUsers.ADMIN,
                DemoUsers.PASSWORD,
                "{\"login\":\"" + login + "\",\"displayName\":\"仓管员" + unit + "\",\"unit\":\"" + unit
                        + "\",\"roles\":[\"WAREHOUSE\"],\"password\":\"" + KEEPER_PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return login;
    }

    /** A new material of the test's own, so tests never share balances. */
    public String newMaterial(String name) {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> created = send(
                "POST",
                "/api/v1/materials",
                DemoUsers.ADMIN,
                DemoUsers.PASSWORD,
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"spec\":\"IT-SPEC-" + code
                        + "\",\"unit\":\"只\",\"category\":\"FITTINGS\"}");
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    public JsonObject receipt(String user, String material, String warehouse, int quantity) {
        HttpResponse<String> response = post(
                user,
                "{\"type\":\"RECEIPT\",\"material\":\"" + material + "\",\"warehouse\":\"" + warehouse
                        + "\",\"quantity\":" + quantity + "}");
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    /** The material's row for one warehouse in GET /stock. */
    public JsonObject stock(String material, String warehouse) {
        HttpResponse<String> response =
                send("GET", "/api/v1/stock?material=" + material, DemoUsers.MANAGER, DemoUsers.PASSWORD, null);
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonArray) Http.parse(response.body()))
                .getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getString("warehouse").equals(warehouse))
                        .findFirst()
                        .orElseThrow();
    }

    public JsonArray ledger(String material, String warehouse) {
        HttpResponse<String> response = send(
                "GET",
                "/api/v1/stock/ledger?material=" + material + "&warehouse=" + warehouse,
                DemoUsers.SUPERVISOR,
                DemoUsers.PASSWORD,
                null);
        assertEquals(200, response.statusCode(), response.body());
        return (JsonArray) Http.parse(response.body());
    }
}
