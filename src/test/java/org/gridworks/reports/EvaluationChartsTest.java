package org.gridworks.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation's charts carry the bundle's words and the figures as they are, in the reader's language. */
class EvaluationChartsTest {

    @Test
    void complianceByUnitNamesTheUnitsAndDrawsTheirRates() {
        String json = EvaluationCharts.byUnit(
                List.of(
                        new Evaluation.Group("WY", 3, 1, 1.0 / 3, 22.3, 23, 22.0),
                        new Evaluation.Group("XX", 2, 2, 1.0, 10.0, 10, 22.0)),
                Map.of("WY", "武义"),
                Locale.SIMPLIFIED_CHINESE);
        assertTrue(
                json.startsWith("{\"type\":\"bar\",\"data\":{\"labels\":[\"武义\",\"XX\"],\"datasets\":["
                        + "{\"type\":\"bar\",\"label\":\"达标率\",\"data\":[0.3333333333333333,1.0],"),
                json);
        assertTrue(json.contains("\"x\":{\"title\":{\"display\":true,\"text\":\"单位\"}}"), json);
    }

    @Test
    void stepsCompareTheAverageWithTheLimitInEnglish() {
        String json = EvaluationCharts.steps(
                List.of(new Evaluation.StepRate("PLAN_REPLY", 3, 2, 2.0 / 3, 11.3, 11.0)), Locale.ENGLISH);
        assertTrue(
                json.contains("\"datasets\":[{\"type\":\"bar\",\"label\":\"Average working days\",\"data\":[11.3],"),
                json);
        assertTrue(json.contains("{\"type\":\"line\",\"label\":\"Average limit\",\"data\":[11.0],"), json);
        assertTrue(json.contains("\"text\":\"Working days\""), json);
        assertTrue(json.contains("\"locale\":\"en\""), json);
    }
}
