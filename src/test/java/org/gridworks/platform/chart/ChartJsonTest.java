package org.gridworks.platform.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void aShareChartIsAPercentAxisInTheReadersLocaleWithGapsForNothing() {
        String json = ChartJson.line(Locale.SIMPLIFIED_CHINESE)
                .labels(List.of("2024-07", "2024-08"))
                .series("达标率", Arrays.asList(0.5, null))
                .scale(ChartJson.Scale.SHARE)
                .xTitle("月份")
                .yTitle("达标率")
                .toJson();
        assertEquals(
                "{\"type\":\"line\",\"data\":{\"labels\":[\"2024-07\",\"2024-08\"],\"datasets\":[{\"type\":\"line\","
                        + "\"label\":\"达标率\",\"data\":[0.5,null],\"backgroundColor\":\"#2196F3\","
                        + "\"borderColor\":\"#2196F3\",\"spanGaps\":true,\"tension\":0.2}]},"
                        + "\"options\":{\"locale\":\"zh-CN\",\"responsive\":true,\"maintainAspectRatio\":false,"
                        + "\"animation\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}},"
                        + "\"scales\":{\"x\":{\"title\":{\"display\":true,\"text\":\"月份\"}},"
                        + "\"y\":{\"beginAtZero\":true,\"max\":1,\"ticks\":{\"format\":{\"style\":\"percent\","
                        + "\"maximumFractionDigits\":1}},\"title\":{\"display\":true,\"text\":\"达标率\"}}}}}",
                json);
    }

    @Test
    void barsWithALimitLineCountInWholeNumbersOrDays() {
        String json = ChartJson.bar(Locale.ENGLISH)
                .labels(List.of("Plan reply"))
                .series("Average working days", List.of(12.5))
                .limit("Average limit", List.of(11))
                .scale(ChartJson.Scale.DAYS)
                .toJson();
        assertEquals(
                "{\"type\":\"bar\",\"data\":{\"labels\":[\"Plan reply\"],\"datasets\":["
                        + "{\"type\":\"bar\",\"label\":\"Average working days\",\"data\":[12.5],"
                        + "\"backgroundColor\":\"#2196F3\",\"borderColor\":\"#2196F3\"},"
                        + "{\"type\":\"line\",\"label\":\"Average limit\",\"data\":[11],"
                        + "\"backgroundColor\":\"#EF4444\",\"borderColor\":\"#EF4444\",\"borderDash\":[6,4],"
                        + "\"pointRadius\":3,\"fill\":false}]},"
                        + "\"options\":{\"locale\":\"en\",\"responsive\":true,\"maintainAspectRatio\":false,"
                        + "\"animation\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}},"
                        + "\"scales\":{\"x\":{},\"y\":{\"beginAtZero\":true,"
                        + "\"ticks\":{\"format\":{\"maximumFractionDigits\":1}}}}}}",
                json);
        assertEquals(
                "{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}",
                yScaleOf(ChartJson.bar(Locale.ENGLISH).toJson()));
    }

    @Test
    void aLabelCannotEndThePagesScriptOrStartMarkup() {
        String json = ChartJson.bar(Locale.ENGLISH)
                .labels(List.of("</script><script>alert(1)</script>", "a & b \u2028 \"quoted\""))
                .series("<!--", List.of(1, 2))
                .toJson();
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("\u2028"), json);
        assertEquals(
                "{\"labels\":[\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\","
                        + "\"a \\u0026 b \\u2028 \\\"quoted\\\"\"]",
                json.substring(json.indexOf("{\"labels\""), json.indexOf(",\"datasets\"")));
    }

    private static String yScaleOf(String json) {
        return json.substring(json.indexOf("\"y\":") + 4, json.length() - 3);
    }
}
