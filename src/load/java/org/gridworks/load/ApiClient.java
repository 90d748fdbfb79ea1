package org.gridworks.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * A system integrating over the API: who am I, a page of projects, the stock check, with HTTP Basic (a password
 * verified, then remembered for a minute) or with a personal token it issued itself at the start (Bearer) and
 * revokes at the end.
 */
final class ApiClient {

    private ApiClient() {}

    static ChainBuilder work(String how) {
        return exec(call("api-me: " + how, "/api/v1/me", how)
                        .check(jsonPath("$.login").is(s -> s.getString("login"))))
                .pause(Settings.think(0.3))
                .exec(call(
                        "api-projects: " + how,
                        s -> "/api/v1/projects?limit=25&first="
                                + 25 * ThreadLocalRandom.current().nextInt(4),
                        how))
                .pause(Settings.think(0.3))
                .exec(call("api-stock: " + how, "/api/v1/stock/check?q=YJV22&limit=20", how))
                .pause(Settings.think(0.3));
    }

    /** Issues a token for the rest of the run, as the integration's set-up would, with its password. */
    static ChainBuilder issueToken() {
        return exec(http("api-token: issue")
                .post("/api/v1/me/tokens")
                .basicAuth("#{login}", Settings.PASSWORD)
                .header("Content-Type", "application/json")
                .body(StringBody(s -> "{\"name\":\"load test " + s.userId() + "\",\"expiresOn\":\""
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2) + "\"}"))
                .check(
                        status().is(201),
                        jsonPath("$.token").saveAs("token"),
                        jsonPath("$.id").saveAs("tokenId")));
    }

    static ChainBuilder revokeToken() {
        return exec(http("api-token: revoke")
                .delete("/api/v1/me/tokens/#{tokenId}")
                .header("Authorization", "Bearer #{token}")
                .check(status().is(204)));
    }

    private static HttpRequestActionBuilder call(String name, String path, String how) {
        return call(name, s -> path, how);
    }

    private static HttpRequestActionBuilder call(String name, Function<Session, String> path, String how) {
        HttpRequestActionBuilder get = http(name).get(path).check(status().is(200));
        return how.equals("basic")
                ? get.basicAuth("#{login}", Settings.PASSWORD)
                : get.header("Authorization", "Bearer #{token}");
    }
}
