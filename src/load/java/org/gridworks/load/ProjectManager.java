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
 * The project manager: the project list filtered (every status, then red clocks) and paged, a project of the
 * unit opened, its milestone plan opened and the forecast of its last milestone not yet reached moved a day, and
 * materials requested for it (which also keeps the warehouse's delivery board supplied with work).
 */
final class ProjectManager {

    /** A milestone row's date inputs: the row index and what the field holds. */
    private static final Pattern MILESTONE = Pattern.compile(
            "name=\"plan:milestones:(\\d+):(forecast|actual)_input\" type=\"text\"(?: value=\"([^\"]*)\")?");

    private ProjectManager() {}

    static ChainBuilder work(Pools pools) {
        return exec(projectList())
                .pause(Settings.think(2))
                .exec(s -> pools.planOf(s.getString("unit"))
                        .map(id -> s.set("project", id))
                        .orElse(s.remove("project")))
                .doIf(s -> s.contains("project"))
                .then(exec(open("project-page: page", "/projects/project.xhtml?id=#{project}", "id=\"clocks\""))
                        .pause(Settings.think(2))
                        .exec(milestoneEdit())
                        .pause(Settings.think(2))
                        .exec(materialRequest(pools)))
                .pause(Settings.think(3));
    }

    static ChainBuilder projectList() {
        return exec(open("project-list: page", "/projects/index.xhtml", "id=\"projects:table\""))
                .pause(Settings.think(1.5))
                .exec(ajax(
                        "project-list: filter",
                        s -> Ajax.of(page(s), "projects:status", "valueChange", values("projects:status_input", "")),
                        "id=\"projects:table\""))
                .pause(Settings.think(1.5))
                .exec(ajax(
                        "project-list: next page",
                        s -> Ajax.page(page(s), "projects", "projects:table", 25, 25),
                        "id=\"projects:table\""))
                .pause(Settings.think(1.5))
                .exec(ajax(
                        "project-list: filter",
                        s -> Ajax.of(page(s), "projects:clock", "valueChange", values("projects:clock_input", "RED")),
                        "id=\"projects:table\""));
    }

    /** Materials for the project's works: one line proposed (which warehouse, by when), then requested. */
    static ChainBuilder materialRequest(Pools pools) {
        return exec(open("material-request: page", "/requests/project.xhtml?id=#{project}", "id=\"requests:propose\""))
                .pause(Settings.think(3))
                .exec(ajax(
                        "material-request: propose",
                        s -> {
                            String material = pools.material();
                            String quantity = String.valueOf(1 + s.userId() % 3);
                            return Ajax.of(
                                    page(s),
                                    "requests:propose",
                                    null,
                                    values(
                                            "requests:lines:0:material_input",
                                            material,
                                            "requests:lines:0:material_hinput",
                                            material,
                                            "requests:lines:0:quantity_input",
                                            quantity,
                                            "requests:lines:0:quantity_hinput",
                                            quantity));
                        },
                        "id=\"proposal\""))
                .pause(Settings.think(2))
                .exec(ajax(
                        "material-request: submit",
                        s -> Ajax.of(page(s), "requests:submit", null, Map.of()),
                        "ui-messages-info"));
    }

    static ChainBuilder milestoneEdit() {
        return exec(open("milestone-plan: page", "/milestones/plan.xhtml?id=#{project}", "id=\"gantt\""))
                .exec(s -> {
                    // the last milestone not reached yet: its forecast is what a manager moves
                    Integer row = null;
                    String forecast = null;
                    Matcher field = MILESTONE.matcher(page(s).html());
                    String rowForecast = null;
                    while (field.find()) {
                        if (field.group(2).equals("forecast")) {
                            rowForecast = field.group(3);
                        } else if ((field.group(3) == null || field.group(3).isEmpty())
                                && rowForecast != null
                                && !rowForecast.isEmpty()) {
                            row = Integer.valueOf(field.group(1));
                            forecast = rowForecast;
                        }
                    }
                    return row == null
                            ? s.remove("milestone")
                            : s.set("milestone", row)
                                    .set(
                                            "forecast",
                                            LocalDate.parse(forecast)
                                                    .plusDays(1)
                                                    .toString());
                })
                .doIf(s -> s.contains("milestone"))
                .then(pause(Settings.think(3))
                        .exec(ajax(
                                "milestone-save: forecast",
                                s -> {
                                    String row = "plan:milestones:" + s.getInt("milestone") + ":";
                                    return Ajax.of(
                                            page(s),
                                            row + "save",
                                            null,
                                            values(row + "forecast_input", s.getString("forecast")));
                                },
                                "ui-messages-info")));
    }
}
