package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coshape.metrics.TimeSeries;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * A refusal threshold learned from reports settles where the reported harms balance: with risk
 * U(0, 1), need n and harm weight h, (1 - t) n = h t^2 / 2, so t = sqrt(n^2 + 2 h n) / h - n / h.
 */
class RefusalLearningTest {
    private static final String SCENARIO = """
            name: refusal
            seed: 17
            ticks: 400
            population:
              size: 3000
              groups: [{name: everyone, share: 1.0, usage: 0.8, feedback: 1.0, need: 0.5, answer_harm: 1.0}]
            ai: {count: 1, refusal_threshold: 1.0, refusal_learning: %s}
            metrics: {every: 100}
            """;

    @Test
    void theLearnedThresholdBalancesUnmetNeedAgainstHarm() {
        double n = 0.5;
        double h = 1.0;
        double expected = Math.sqrt(n * n + 2 * h * n) / h - n / h; // 0.618
        assertEquals(expected, threshold("0.05"), 0.02);
    }

    @Test
    void withoutLearningTheThresholdStays() {
        assertEquals(1.0, threshold("0.0"), 0.0);
    }

    private static double threshold(String rate) {
        TimeSeries t = TestScenarios.run(TestScenarios.yaml(SCENARIO.formatted(rate)), 2);
        List<String> names = t.assistantQuantities();
        double[][] last =
                t.assistantPoints().get(t.assistantPoints().size() - 1).values();
        return last[0][names.indexOf("refusal_threshold")];
    }
}
