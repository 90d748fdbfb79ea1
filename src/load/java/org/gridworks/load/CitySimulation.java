package org.gridworks.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The city at work (issue 19): USERS people (20 by default) for DURATION seconds (600) against the server on PORT,
 * shared as a working day shares them: a quarter at the warehouse on phones, a quarter managing projects, clerks,
 * supervisors and the systems calling the API (half Basic, half token). Each signs in once, then repeats their
 * round with think times until the time is up. Besides them one probe asks /health/live four times a second: the
 * HTTP floor, measured under the same load; and SqlFloor times each request group's own SQL meanwhile.
 */
public class CitySimulation extends Simulation {

    private static volatile long endsAt;
    private final SqlFloor sqlFloor = new SqlFloor();

    {
        Pools pools = Pools.read();
        int[] shares = shares(Settings.USERS, 5, 5, 3, 2, 5);
        Duration ramp = Duration.ofSeconds(Math.min(30, Math.max(1, Settings.DURATION.toSeconds() / 10)));
        List<PopulationBuilder> people = new ArrayList<>();
        add(
                people,
                person("warehouse on a phone", pools.people("WAREHOUSE", false), Warehouse.work(pools)),
                shares[0],
                ramp);
        add(
                people,
                person("project manager", pools.people("PROJECT_MANAGER", false), ProjectManager.work(pools)),
                shares[1],
                ramp);
        add(people, person("approval clerk", pools.people("PERMIT_CLERK", false), Clerk.work(pools)), shares[2], ramp);
        add(people, person("supervisor", pools.people("SUPERVISOR", false), Supervisor.work()), shares[3], ramp);
        int basic = shares[4] / 2;
        add(people, api("API client, Basic", pools, "basic"), basic, ramp);
        add(people, api("API client, token", pools, "token"), shares[4] - basic, ramp);
        people.add(scenario("HTTP floor")
                .exec(asLongAs(s -> running())
                        .on(exec(http("floor: /health/live").get("/health/live").check(status().is(200)))
                                .pause(Duration.ofMillis(250))))
                .injectOpen(rampUsers(1).during(1)));

        HttpProtocolBuilder browser = http.baseUrl(Settings.BASE_URL)
                .acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.8")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (Linux; Android 14) GridWorks load test")
                // the scripts and styles a page names, fetched once per person and then cached as a browser does
                .inferHtmlResources(io.gatling.javaapi.core.CoreDsl.AllowList(".*/jakarta\\.faces\\.resource/.*"));
        setUp(people).protocols(browser).maxDuration(Settings.DURATION.plusSeconds(120));
    }

    @Override
    public void before() {
        endsAt = System.currentTimeMillis() + Settings.DURATION.toMillis();
        sqlFloor.start();
    }

    @Override
    public void after() {
        sqlFloor.stop();
    }

    static boolean running() {
        return System.currentTimeMillis() < endsAt;
    }

    private static ScenarioBuilder person(String name, Iterator<Map<String, Object>> people, ChainBuilder work) {
        return scenario(name)
                .feed(people)
                .exec(Faces.signIn())
                .exitHereIfFailed()
                .exec(asLongAs(s -> running()).on(work));
    }

    private static ScenarioBuilder api(String name, Pools pools, String how) {
        ScenarioBuilder scenario = scenario(name).feed(pools.people("PROJECT_MANAGER", true));
        return how.equals("basic")
                ? scenario.exec(asLongAs(s -> running()).on(ApiClient.work("basic")))
                : scenario.exec(ApiClient.issueToken())
                        .exec(asLongAs(s -> running()).on(ApiClient.work("token")))
                        .exec(ApiClient.revokeToken());
    }

    private static void add(List<PopulationBuilder> people, ScenarioBuilder scenario, int users, Duration ramp) {
        if (users > 0) {
            people.add(scenario.injectOpen(rampUsers(users).during(ramp)));
        }
    }

    /** USERS shared out in proportion to the weights, every share at least one while there are users enough. */
    static int[] shares(int users, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int[] shares = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            shares[i] =
                    Math.max(users >= weights.length ? 1 : 0, (int) Math.floor((double) users * weights[i] / total));
            given += shares[i];
        }
        for (int i = 0; given < users; i = (i + 1) % weights.length) {
            shares[i]++;
            given++;
        }
        for (int i = weights.length - 1; given > users; i = (i + weights.length - 1) % weights.length) {
            if (shares[i] > 1) {
                shares[i]--;
                given--;
            }
        }
        return shares;
    }
}
