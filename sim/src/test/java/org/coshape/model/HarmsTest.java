package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * Refusing harms by the asker's need, answering harms by their group's vulnerability times the
 * topic's risk. With risk U(0, 1), threshold t, need n and weight h, per ask: refusal harm
 * (1 - t) n, answer harm h t^2 / 2.
 */
class HarmsTest {
    private static final String SCENARIO = """
            name: harms
            seed: 21
            ticks: 40
            population:
              size: 5000
              groups:
                - {name: needy, share: 0.5, usage: 0.8, need: 0.6, answer_harm: 0.0}
                - {name: vulnerable, share: 0.5, usage: 0.8, need: 0.1, answer_harm: 2.0}
            ai: {count: 2, refusal_threshold: %s}
            metrics: {every: 40}
            """;

    @Test
    void refusalHarmIsNeedTimesTheRefusedShareAndAnswerHarmIsVulnerabilityTimesRisk() {
        TimeSeries t = TestScenarios.run(TestScenarios.yaml(SCENARIO.formatted("0.5")), 2);
        double[][] last = t.points().get(t.points().size() - 1).values();
        // about 80,000 asks per group: standard errors near 0.002
        assertEquals(0.5 * 0.6, last[1][Metric.REFUSAL_HARM.ordinal()], 0.01);
        assertEquals(0.5 * 0.1, last[2][Metric.REFUSAL_HARM.ordinal()], 0.01);
        assertEquals(0.0, last[1][Metric.ANSWER_HARM.ordinal()], 0.0);
        assertEquals(2.0 * 0.25 / 2, last[2][Metric.ANSWER_HARM.ordinal()], 0.01);
    }

    @Test
    void anAssistantThatNeverRefusesHarmsNoOneByRefusingAndTheVulnerableByAnswering() {
        TimeSeries t = TestScenarios.run(TestScenarios.yaml(SCENARIO.formatted("1.0")), 2);
        double[][] last = t.points().get(t.points().size() - 1).values();
        assertEquals(0.0, last[0][Metric.REFUSAL_HARM.ordinal()], 0.0);
        assertEquals(2.0 / 2, last[2][Metric.ANSWER_HARM.ordinal()], 0.01);
        assertEquals(0.0, last[1][Metric.ANSWER_HARM.ordinal()], 0.0);
    }
}
