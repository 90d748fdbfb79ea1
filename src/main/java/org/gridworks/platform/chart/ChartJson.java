package org.gridworks.platform.chart;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Chart.js configuration of one chart, for PrimeFaces' {@code <p:chart value="...">} (PrimeFaces 15 has only
 * this raw-JSON chart; its model classes are gone). Every chart of GridWorks is built here, so they look alike:
 * labels and titles come in already translated, numbers are formatted by Chart.js for the page's locale
 * ({@code options.locale} and the scale's {@code ticks.format}, which its tooltips use too), a share is drawn as a
 * percentage, and a limit is a dashed red line over the bars. PrimeFaces writes the configuration into a nonced
 * script as it is, so {@link #toJson()} escapes what could end that script or start markup.
 */
public final class ChartJson {

    /** What the y axis counts, which decides how its numbers read. */
    public enum Scale {
        /** Whole numbers (applications, items). */
        COUNT,
        /** Working days, one decimal at most. */
        DAYS,
        /** A share between 0 and 1, shown as a percentage (0 to 100 %). */
        SHARE
    }

    /** Series colours in order (the theme's blue first), and the limit's red. */
    static final List<String> PALETTE = List.of("#2196F3", "#22C55E", "#F59E0B", "#8B5CF6");

    static final String LIMIT_COLOUR = "#EF4444";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final String type;
    private final Locale locale;
    private List<String> labels = List.of();
    private final List<JsonObjectBuilder> datasets = new ArrayList<>();
    private int series;
    private String xTitle;
    private String yTitle;
    private Scale scale = Scale.COUNT;

    private ChartJson(String type, Locale locale) {
        this.type = type;
        this.locale = locale;
    }

    public static ChartJson bar(Locale locale) {
        return new ChartJson("bar", locale);
    }

    public static ChartJson line(Locale locale) {
        return new ChartJson("line", locale);
    }

    /** The categories along the x axis (units, months, steps, dates). */
    public ChartJson labels(List<String> labels) {
        this.labels = List.copyOf(labels);
        return this;
    }

    /** One series drawn as the chart's kind, a value per label; null leaves a gap (nothing to show there). */
    public ChartJson series(String label, List<? extends Number> values) {
        String colour = PALETTE.get(series++ % PALETTE.size());
        JsonObjectBuilder dataset = dataset(type, label, values, colour);
        if ("line".equals(type)) {
            dataset.add("spanGaps", true).add("tension", 0.2);
        }
        datasets.add(dataset);
        return this;
    }

    /** A limit per label, drawn as a dashed red line over the series (bars or lines). */
    public ChartJson limit(String label, List<? extends Number> values) {
        datasets.add(dataset("line", label, values, LIMIT_COLOUR)
                .add("borderDash", JSON.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 3)
                .add("fill", false));
        return this;
    }

    public ChartJson xTitle(String title) {
        this.xTitle = title;
        return this;
    }

    public ChartJson yTitle(String title) {
        this.yTitle = title;
        return this;
    }

    public ChartJson scale(Scale scale) {
        this.scale = scale;
        return this;
    }

    private static JsonObjectBuilder dataset(String type, String label, List<? extends Number> values, String colour) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else if (value instanceof Double || value instanceof Float) {
                data.add(value.doubleValue());
            } else {
                data.add(value.longValue());
            }
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderColor", colour);
    }

    /** The configuration as JSON that may stand inside a script element. */
    public String toJson() {
        JsonArrayBuilder labelArray = JSON.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasetArray = JSON.createArrayBuilder();
        datasets.forEach(datasetArray::add);
        JsonObjectBuilder y = JSON.createObjectBuilder().add("beginAtZero", true);
        switch (scale) {
            case COUNT -> y.add("ticks", JSON.createObjectBuilder().add("precision", 0));
            case DAYS ->
                y.add(
                        "ticks",
                        JSON.createObjectBuilder()
                                .add("format", JSON.createObjectBuilder().add("maximumFractionDigits", 1)));
            case SHARE ->
                y.add("max", 1)
                        .add(
                                "ticks",
                                JSON.createObjectBuilder()
                                        .add(
                                                "format",
                                                JSON.createObjectBuilder()
                                                        .add("style", "percent")
                                                        .add("maximumFractionDigits", 1)));
        }
        if (yTitle != null) {
            y.add("title", title(yTitle));
        }
        JsonObjectBuilder x = JSON.createObjectBuilder();
        if (xTitle != null) {
            x.add("title", title(xTitle));
        }
        String json = JSON.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasetArray))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("locale", locale.toLanguageTag())
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        JSON.createObjectBuilder()
                                                                .add("position", "bottom")))
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder().add("x", x).add("y", y)))
                .build()
                .toString();
        return scriptSafe(json);
    }

    private static JsonObjectBuilder title(String text) {
        return JSON.createObjectBuilder().add("display", true).add("text", text);
    }

    /**
     * JSON allows {@code </script>}, {@code <!--} and the line separators U+2028/2029 inside strings; in a script
     * element they would end it or break it. Outside strings JSON has none of these characters, so escaping them
     * everywhere changes no value.
     */
    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
