package org.gridworks.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static org.gridworks.load.Faces.ajax;
import static org.gridworks.load.Faces.open;
import static org.gridworks.load.Faces.page;
import static org.gridworks.load.Faces.values;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridworks.load.Faces.Ajax;

/**
 * The warehouse on a phone: the stock check searched as one types (a keyup request per pause in the typing), a
 * receipt posted, and one step on the delivery board (pick, dispatch or sign for a delivery of the unit).
 */
final class Warehouse {

    /** A board button: the class PrimeFaces renders it with, and its client id. */
    private static final Pattern STEP =
            Pattern.compile("<button id=\"([^\"]+)\" name=\"[^\"]+\" class=\"[^\"]*\\bgw-(pick|dispatch|deliver)\\b");

    private Warehouse() {}

    static ChainBuilder work(Pools pools) {
        return exec(stockSearch())
                .pause(Settings.think(2))
                .exec(posting(pools))
                .pause(Settings.think(2))
                .exec(deliveryStep())
                .pause(Settings.think(3));
    }

    static ChainBuilder stockSearch() {
        return exec(open("stock-check: page", "/stock/index.xhtml", "id=\"stock:table\""))
                .exec(s -> s.set("typing", Pools.typing()))
                .exec(foreach("#{typing}", "typed")
                        .on(pause(Settings.think(0.4))
                                .exec(ajax(
                                        "stock-check: type",
                                        s -> Ajax.of(
                                                page(s),
                                                "stock:text",
                                                "keyup",
                                                values("stock:text", s.getString("typed"))),
                                        "id=\"stock:table\""))));
    }

    static ChainBuilder posting(Pools pools) {
        return exec(s -> s.set("material", pools.material()))
                .exec(open(
                        "stock-post: page",
                        s -> "/stock/post.xhtml?material=" + s.getString("material"),
                        "id=\"post:submit\""))
                .pause(Settings.think(3))
                .exec(ajax(
                        "stock-post: receipt",
                        s -> {
                            String quantity = String.valueOf(
                                    1 + ThreadLocalRandom.current().nextInt(20));
                            return Ajax.of(
                                    page(s),
                                    "post:submit",
                                    null,
                                    values(
                                            "post:quantity_input",
                                            quantity,
                                            "post:quantity_hinput",
                                            quantity,
                                            "post:reference",
                                            "load test"));
                        },
                        "id=\"balance-after\""));
    }

    static ChainBuilder deliveryStep() {
        return exec(open("delivery-board: page", "/requests/board.xhtml", "id=\"board:groups\""))
                .exec(s -> {
                    List<String[]> steps = new ArrayList<>();
                    Matcher button = STEP.matcher(page(s).html());
                    while (button.find()) {
                        steps.add(new String[] {button.group(1), button.group(2)});
                    }
                    if (steps.isEmpty()) {
                        return s.remove("step");
                    }
                    String[] step = steps.get(ThreadLocalRandom.current().nextInt(steps.size()));
                    return s.set("step", step[0]).set("stepKind", step[1].equals("deliver") ? "sign" : step[1]);
                })
                .doIf(s -> s.contains("step"))
                .then(pause(Settings.think(2))
                        .exec(ajax(
                                "delivery-step: #{stepKind}",
                                s -> {
                                    String id = s.getString("step");
                                    Map<String, String> values = id.endsWith(":deliver")
                                            ? values(
                                                    id.substring(0, id.length() - "deliver".length()) + "signedBy",
                                                    "王师傅")
                                            : Map.of();
                                    return Ajax.of(page(s), id, null, values);
                                },
                                "ui-messages-info")));
    }
}
