package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.state.Ais;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/** A judge that learns online, from designers' ratings and, self-training, from its assistant's outputs. */
class LearnedJudgeTest {
    private static final String SCENARIO = """
            name: judge
            seed: 9
            ticks: 300
            population: {size: 2000}
            ai:
              count: 1
              regime: %s
              target_pull: 1.0
              judge: {kind: %s, self_training: %s, bias: [0.1, 0.0, 0.0, 0.0], noise: 0.0, learning_rate: 0.1}
            generations: {length: 1000}
            metrics: {every: 100}
            """;

    /** Target 0.2, designers' aggregate 0.5 rated with bias 0.1, assistant at -0.4, rate 0.1, s = 0.25. */
    @Test
    void oneStepMovesTheTargetTowardItsBlendOfRatingsAndOutputs() {
        Scenario s = TestScenarios.yaml(SCENARIO.formatted("configuration", "learned", "0.25"));
        LearnedJudges judges = new LearnedJudges(s.ai(), s.values().dimensions(), 1);
        Ais a = new Ais(1, 4);
        a.target[0] = 0.2;
        a.designerAggregate[0] = 0.5;
        a.w[0] = -0.4;
        judges.train(a);
        // data 0.75 x 0.6 + 0.25 x (-0.4) = 0.35; 0.2 + 0.1 x 0.15
        assertEquals(0.215, a.target[0], 1e-15);
        assertEquals(0.0, a.target[2], 0.0, "an unmeasured dimension is not trained");
    }

    /**
     * Trained on designers only, the learned judge settles on their rating (drift: the bias alone).
     * Trained mostly on its own assistant's outputs, it follows wherever the assistant's other
     * signal takes it (here users' direct feedback) and leaves the designers behind; with no other
     * signal (configuration) the loop has the rating as its fixed point and costs nothing.
     */
    @Test
    void selfTrainingDriftsTheProxyFromTheDesigners() {
        List<List<String>> cases = List.of(
                List.of("mutual", "fixed", "0.0"),
                List.of("mutual", "learned", "0.0"),
                List.of("mutual", "learned", "0.9"),
                List.of("configuration", "learned", "0.9"));
        double[] drift = new double[cases.size()];
        for (int c = 0; c < cases.size(); c++) {
            List<String> k = cases.get(c);
            TimeSeries t = TestScenarios.run(TestScenarios.yaml(SCENARIO.formatted(k.get(0), k.get(1), k.get(2))), 2);
            drift[c] = t.points().get(t.points().size() - 1).values()[0][Metric.JUDGE_DRIFT.ordinal()];
        }
        // two measured dimensions, bias 0.1 on one: RMS 0.1 / sqrt(2)
        double bias = 0.1 / Math.sqrt(2);
        assertEquals(bias, drift[0], 1e-9, "the fixed judge is off by its bias");
        assertEquals(bias, drift[1], 1e-3, "the learned judge converges to the same rating");
        assertTrue(drift[2] > bias + 0.03, "self-trained, it follows the assistant's users: " + drift[2]);
        assertEquals(bias, drift[3], 1e-3, "with no other signal the loop stays on the rating");
    }
}
