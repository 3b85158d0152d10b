package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/** Disclosed trade-offs: trust follows welfare as far as an assistant discloses. */
class DisclosureTest {
    private static final String SCENARIO = """
            name: disclosure
            seed: 3
            ticks: 60
            population:
              size: 2000
              groups:
                - {name: majority, share: 0.6, mean: [0.4, 0.0, 0.3, 0.0], usage: 0.6}
                - {name: minority, share: 0.4, mean: [-0.4, 0.3, -0.3, 0.2], usage: 0.6}
            ai: {count: 2, regime: engagement, persuasiveness: 3, disclosure: %s}
            metrics: {every: 10}
            """;

    /** Trust 0.5, satisfaction 0.9, welfare 0.2, rate 0.1. */
    @Test
    void trustFollowsTheDisclosedBlendOfSatisfactionAndWelfare() {
        Scenario s = TestScenarios.yaml(SCENARIO.formatted("[0.0, 0.5]"));
        try (ChunkPool pool = new ChunkPool(1)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            Interaction it = new Interaction(m);
            assertEquals(0.5f + 0.1f * (0.9f - 0.5f), it.trustAfter(0.5f, 0.9, 0.2, 0), 1e-7);
            assertEquals((float) (0.5 + 0.1 * (0.55 - 0.5)), it.trustAfter(0.5f, 0.9, 0.2, 1), 0f);
        }
    }

    /**
     * An engagement optimiser reshapes people, so what pleases them and what they endorse part; with
     * its trade-offs disclosed, its users' trust tracks their welfare.
     */
    @Test
    void disclosureCalibratesTrustToWelfare() {
        double[] calibration = new double[2];
        List<String> levels = List.of("0.0", "1.0");
        for (int k = 0; k < 2; k++) {
            TimeSeries t = TestScenarios.run(TestScenarios.yaml(SCENARIO.formatted(levels.get(k))), 2);
            calibration[k] = t.points().get(t.points().size() - 1).values()[0][Metric.TRUST_CALIBRATION.ordinal()];
        }
        assertTrue(calibration[1] > 0.9, "disclosed: " + calibration[1]);
        assertTrue(calibration[1] > calibration[0] + 0.1, calibration[0] + " -> " + calibration[1]);
    }
}
