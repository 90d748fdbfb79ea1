package org.gridworks.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static org.gridworks.load.Faces.ajax;
import static org.gridworks.load.Faces.open;
import static org.gridworks.load.Faces.page;
import static org.gridworks.load.Faces.values;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.concurrent.ThreadLocalRandom;
import org.gridworks.load.Faces.Ajax;

/** The supervisor: the dashboard (the home page), the evaluation report, then the same report for another year. */
final class Supervisor {

    private Supervisor() {}

    static ChainBuilder work() {
        return exec(open("dashboard: page", "/", "id=\"system-status\""))
                .pause(Settings.think(4))
                .exec(open("evaluation: page", "/reports/evaluation.xhtml", "id=\"evaluation:year\""))
                .pause(Settings.think(4))
                .exec(ajax(
                        "evaluation: other year",
                        s -> {
                            String year = page(s).value("evaluation", "evaluation:year_input")
                                    .orElseThrow();
                            String other = String.valueOf(Integer.parseInt(year)
                                    - 1
                                    - ThreadLocalRandom.current().nextInt(2));
                            return Ajax.of(
                                    page(s), "evaluation:year", "valueChange", values("evaluation:year_input", other));
                        },
                        "id=\"evaluation\""))
                .pause(Settings.think(5));
    }
}
