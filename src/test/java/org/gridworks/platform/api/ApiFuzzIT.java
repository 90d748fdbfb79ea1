package org.gridworks.platform.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.gridworks.stock.LedgerChecks;
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
 * Issue 16's fuzz suite: every operation /openapi lists gets at least 200 malformed requests from a user whose
 * role may call it, four at a time, each with a timeout. No answer may be a 5xx or hang; every error is JSON
 * with a message and without stack traces, class names, SQL or server paths; and the refused writes changed
 * nothing in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

    private static final Duration PER_REQUEST = Duration.ofSeconds(10);
    /** Scanning for warnings and sending the outbox are batch jobs over all data: slow under load, not hung. */
    private static final Duration BATCH_JOB = Duration.ofSeconds(30);

    private static final Duration WHOLE_RUN = Duration.ofMinutes(4);
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.|jakarta\\.|org\\.(gridworks|eclipse|glassfish|hibernate|h2)"
                    + "|com\\.mysql|SQL|/work/|/tmp/|/home/|\\.java:|<html|<!DOCTYPE",
            Pattern.CASE_INSENSITIVE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gridworks();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void malformedRequestsNeverBreakAnythingNorChangeAnything() throws Exception {
        URI base = Http.loopback(deploymentUrl);
        Map<String, FuzzSessions.Session> sessions = new HashMap<>();
        for (String login : List.of(
                DemoUsers.ADMIN, DemoUsers.MANAGER, DemoUsers.WAREHOUSE, DemoUsers.CLERK, DemoUsers.SUPERVISOR)) {
            sessions.put(login, FuzzSessions.signIn(base, login));
        }
        List<FuzzCases.Operation> operations = operations(new Http(base));
        assertTrue(operations.size() >= 30, "the API's operations: " + operations.size());
        Map<String, String> real = realIds(new Http(base));
        List<FuzzCases.Probe> probes = new ArrayList<>();
        for (FuzzCases.Operation op : operations) {
            probes.addAll(FuzzCases.probes(op, real));
        }
        Collections.shuffle(probes, new java.util.Random(16));

        Map<String, Long> before = DataSnapshot.take();
        Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + WHOLE_RUN.toNanos();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (FuzzCases.Probe probe : probes) {
            done.add(pool.submit(() -> {
                if (System.nanoTime() > deadline) {
                    failures.add("not sent within " + WHOLE_RUN + ": " + probe.label());
                    return;
                }
                FuzzSessions.Session session = sessions.get(roleFor(probe.operation()));
                sent.incrementAndGet();
                send(base, session, probe, sent.get(), byStatus, failures);
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        Map<String, Long> after = DataSnapshot.take();

        System.out.printf(
                "ApiFuzzIT: %d operations, %d requests in %d s; by status %s (-400: empty 400 from the HTTP server for %%00 in the path); %d failures%n",
                operations.size(), sent.get(), seconds, new TreeMap<>(byStatus), failures.size());
        failures.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        f -> f.replaceAll(" /api/v1/[^ ]* \\[.*", "").replaceAll("\\{\".*", ""),
                        TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .forEach((kind, count) -> System.out.println("  " + count + " x " + abbreviate(kind)));
        failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
        assertAll(
                () -> assertTrue(sent.get() >= 10_000, "requests sent: " + sent.get()),
                () -> assertEquals(List.of(), failures.stream().limit(40).toList(), failures.size() + " failures"),
                () -> assertEquals(before, after, "refused writes changed nothing"),
                LedgerChecks::assertEveryBalanceEqualsItsLedger);
    }

    private static void send(
            URI base,
            FuzzSessions.Session session,
            FuzzCases.Probe probe,
            int n,
            Map<Integer, LongAdder> byStatus,
            List<String> failures) {
        String what = probe.label() + " " + abbreviate(probe.path()) + " [" + probe.contentType() + "] "
                + abbreviate(
                        probe.body() == null ? "" : new String(probe.body(), java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(base.resolve(probe.path().substring(1)))
                    .timeout(
                            probe.operation().template().matches(".*/alerts/(scan|outbox/send)")
                                    ? BATCH_JOB
                                    : PER_REQUEST)
                    .header("Accept-Language", n % 2 == 0 ? "zh-CN" : "en")
                    // the session cookie carries writes only with the anti-forgery header, as the pages would send
                    .header("X-Requested-With", "GridWorks")
                    .method(
                            probe.operation().method(),
                            probe.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        } catch (IllegalArgumentException badUri) {
            failures.add("the test made a bad address: " + what);
            return;
        }
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        session.authorization().ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = session.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException timeout) {
            failures.add("no answer within " + PER_REQUEST + ": " + what);
            return;
        } catch (java.io.IOException closed) {
            // a 413 closes the connection while a big body is still being sent: the status is not readable
            if (probe.body() != null && probe.body().length > BodyLimitFilter.JSON_LIMIT) {
                byStatus.computeIfAbsent(413, s -> new LongAdder()).increment();
                return;
            }
            failures.add("connection failed (" + closed + "): " + what);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int status = response.statusCode();
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        String body = response.body();
        if (status == 400 && body.isEmpty() && probe.path().contains("%00")) {
            // the HTTP server refuses a NUL in the path before any filter or the application runs: counted apart
            byStatus.computeIfAbsent(-400, s -> new LongAdder()).increment();
            return;
        }
        if (status >= 500) {
            failures.add(status + " " + abbreviate(body) + " for " + what);
        } else if (status >= 400 && !hasErrorMessage(body)) {
            failures.add(status + " without a JSON error: " + abbreviate(body) + " for " + what);
        } else if (status < 400 && probe.mustBeRefused()) {
            failures.add(status + " accepted malformed input: " + what);
        }
        if (status >= 400 && LEAK.matcher(body).find()) {
            failures.add(status + " tells too much: " + abbreviate(body) + " for " + what);
        }
    }

    private static boolean hasErrorMessage(String body) {
        try {
            JsonValue error = ((JsonObject) Http.parse(body)).get("error");
            return error instanceof jakarta.json.JsonString text
                    && !text.getString().isBlank();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…(" + oneLine.length() + ")";
    }

    /** A user whose role may call the operation, so the body reaches the checks behind the role check. */
    static String roleFor(FuzzCases.Operation op) {
        String t = op.template();
        if (t.contains("/stock") || t.contains("/warehouses") || t.matches(".*/material-requests/\\{[^}]+}/\\{.*")) {
            return DemoUsers.WAREHOUSE;
        }
        if (t.contains("/permit")) {
            return DemoUsers.CLERK;
        }
        if (t.contains("/users")
                || t.contains("/units")
                || t.contains("/materials") && op.isWrite()
                || t.contains("/calendar/years")
                || t.contains("/alerts")
                || t.contains("/audit")) {
            return DemoUsers.ADMIN;
        }
        if (t.contains("/reports")) {
            return DemoUsers.SUPERVISOR;
        }
        return DemoUsers.MANAGER;
    }

    /** Every operation under /api/v1 that /openapi documents. */
    private static List<FuzzCases.Operation> operations(Http http) {
        HttpResponse<String> response = http.get("/openapi", "Accept", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject paths = Http.json(response).getJsonObject("paths");
        List<FuzzCases.Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> method :
                    path.getValue().asJsonObject().entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                JsonArray parameters = method.getValue().asJsonObject().getJsonArray("parameters");
                if (parameters != null) {
                    for (JsonValue p : parameters) {
                        JsonObject parameter = p.asJsonObject();
                        if ("query".equals(parameter.getString("in", ""))) {
                            query.add(parameter.getString("name"));
                        }
                    }
                }
                operations.add(new FuzzCases.Operation(
                        method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), query));
            }
        }
        return operations;
    }

    /** Existing ids from the demo data, so malformed bodies reach existing records (and must still be refused). */
    private static Map<String, String> realIds(Http http) {
        Map<String, String> real = new HashMap<>();
        String manager = DemoUsers.basic(DemoUsers.MANAGER);
        String clerk = DemoUsers.basic(DemoUsers.CLERK);
        String warehouse = DemoUsers.basic(DemoUsers.WAREHOUSE);
        first(http.get("/api/v1/projects?limit=1", "Authorization", manager), "id")
                .ifPresent(id -> real.put("/api/v1/projects/{id}", id));
        first(http.get("/api/v1/material-requests", "Authorization", warehouse), "id")
                .ifPresent(id -> real.put("/api/v1/material-requests/{id}", id));
        HttpResponse<String> tracks = http.get("/api/v1/permits", "Authorization", clerk);
        first(tracks, "id").ifPresent(id -> real.put("/api/v1/permits/{id}", id));
        try {
            JsonArray list = (JsonArray) Http.parse(tracks.body());
            list.stream()
                    .map(JsonValue::asJsonObject)
                    .flatMap(t -> t.getJsonArray("documents").stream())
                    .findFirst()
                    .ifPresent(d -> real.put(
                            "/api/v1/permit-documents/{id}",
                            String.valueOf(d.asJsonObject().getJsonNumber("id").longValue())));
        } catch (RuntimeException none) {
            // no documents in the demo data: the default id stands in
        }
        first(http.get("/api/v1/materials", "Authorization", manager), "code")
                .ifPresent(code -> real.put("/api/v1/materials/{code}", code));
        real.put("/api/v1/users/{login}", DemoUsers.MANAGER);
        real.put("/api/v1/calendar/years/{year}", "2024");
        real.put("/api/v1/projects/*/steps/{code}", "ACCEPTANCE");
        real.put("/api/v1/projects/*/steps/*/{action}", "close");
        real.put("/api/v1/material-requests/*/{action}", "cancel");
        real.put("/api/v1/permits/*/{action}", "refuse");
        real.put("/api/v1/projects/*/milestones/{code}", "M1");
        real.put("id", real.getOrDefault("/api/v1/projects/{id}", "1"));
        System.out.println("ApiFuzzIT: real ids " + real);
        return real;
    }

    private static java.util.Optional<String> first(HttpResponse<String> response, String field) {
        try {
            JsonArray list = (JsonArray) Http.parse(response.body());
            return list.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            list.getJsonObject(0).get(field).toString().replace("\"", ""));
        } catch (RuntimeException notAList) {
            return java.util.Optional.empty();
        }
    }
}
