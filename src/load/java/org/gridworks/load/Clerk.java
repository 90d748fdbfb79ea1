package org.gridworks.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static org.gridworks.load.Faces.ajax;
import static org.gridworks.load.Faces.open;
import static org.gridworks.load.Faces.page;
import static org.gridworks.load.Faces.values;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridworks.load.Faces.Ajax;

/**
 * The approval clerk: the permit board, filtered to red, then a project's permits: a submitted permit granted
 * (number and validity given), or, where none waits for a decision, a prepared one submitted.
 */
final class Clerk {

    private static final Pattern STEP = Pattern.compile("<button id=\"(permits:[^\"]+:(grant|submit))\"");

    private Clerk() {}

    static ChainBuilder work(Pools pools) {
        return exec(open("permit-board: page", "/permits/board.xhtml", "id=\"board:table\""))
                .pause(Settings.think(2))
                .exec(ajax(
                        "permit-board: filter",
                        s -> Ajax.of(page(s), "board:colour", "valueChange", values("board:colour_input", "RED")),
                        "id=\"board:table\""))
                .pause(Settings.think(2))
                .exec(s -> pools.permitsOf(s.getString("unit"))
                        .map(id -> s.set("project", id))
                        .orElse(s.remove("project")))
                .doIf(s -> s.contains("project"))
                .then(decide())
                .pause(Settings.think(3));
    }

    static ChainBuilder decide() {
        return exec(open("permit-project: page", "/permits/project.xhtml?id=#{project}", "id=\"parallel\""))
                .exec(s -> {
                    String grant = null;
                    String submit = null;
                    Matcher button = STEP.matcher(page(s).html());
                    while (button.find()) {
                        if (button.group(2).equals("grant") && grant == null) {
                            grant = button.group(1);
                        } else if (button.group(2).equals("submit") && submit == null) {
                            submit = button.group(1);
                        }
                    }
                    String chosen = grant != null ? grant : submit;
                    return chosen == null
                            ? s.remove("permitStep")
                            : s.set("permitStep", chosen).set("permitKind", grant != null ? "grant" : "submit");
                })
                .doIf(s -> s.contains("permitStep"))
                .then(pause(Settings.think(4))
                        .exec(ajax(
                                "permit-step: #{permitKind}",
                                s -> {
                                    // the decision's day is the day the page offers (today); valid for half a year
                                    String on = page(s).value("permits", "permits:on_input")
                                            .orElse("");
                                    Map<String, String> values =
                                            s.getString("permitKind").equals("grant")
                                                    ? values(
                                                            "permits:number",
                                                            "金许字（" + on.substring(0, 4) + "）第L"
                                                                    + System.nanoTime() % 1_000_000 + "号",
                                                            "permits:validFrom_input",
                                                            on,
                                                            "permits:validTo_input",
                                                            LocalDate.parse(on)
                                                                    .plusMonths(6)
                                                                    .toString())
                                                    : Map.of();
                                    return Ajax.of(page(s), s.getString("permitStep"), null, values);
                                },
                                "ui-messages-info")));
    }
}
