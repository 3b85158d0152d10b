package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.state.People;
import org.coshape.scenario.DeliberationSpec;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/** Designers deliberating before aggregation: bounded confidence within the panel. */
class DeliberationTest {

    /** One dimension: designers at 0, 0.2 and 0.9; reach 0.5, rate 0.5, one round. */
    @Test
    void eachDesignerMovesHalfwayToTheMeanOfThoseWithinReach() {
        People p = people(0, 0.2f, 0.9f);
        Redesign.deliberate(p, new int[] {0, 1, 2}, new DeliberationSpec(1, 0.5, 0.5));
        // 0 hears 0 and 0.2 (mean 0.1): 0.05; 0.2 hears all but 0.9 is 0.7 away: 0.15; 0.9 hears only itself
        assertEquals(0.05f, p.v[p.at(0)], 1e-7);
        assertEquals(0.15f, p.v[p.at(1)], 1e-7);
        assertEquals(0.9f, p.v[p.at(2)], 0f);
    }

    /** Within one cluster of mutual reach the mean is kept and the spread shrinks by (1 - rate) a round. */
    @Test
    void aPanelWithinReachKeepsItsMeanAndNarrows() {
        People p = people(-0.3f, 0.1f, 0.2f, 0.4f);
        double mean = (-0.3 + 0.1 + 0.2 + 0.4) / 4;
        Redesign.deliberate(p, new int[] {0, 1, 2, 3}, new DeliberationSpec(3, 2.0, 0.4));
        double after = 0;
        for (int i = 0; i < 4; i++) {
            after += p.v[p.at(i)];
        }
        assertEquals(mean, after / 4, 1e-6);
        assertEquals((0.4 - -0.3) * Math.pow(0.6, 3), p.v[p.at(3)] - p.v[p.at(0)], 1e-6);
        Redesign.deliberate(p, new int[] {0, 1, 2, 3}, new DeliberationSpec(0, 2.0, 0.4));
        assertEquals(mean, (p.v[p.at(0)] + p.v[p.at(1)] + p.v[p.at(2)] + p.v[p.at(3)]) / 4, 1e-6, "no rounds");
    }

    /**
     * A representative, negotiated panel: with deliberation, the minority designers within reach of
     * the majority are drawn to it before the aggregation, and the target moves away from the minority.
     */
    @Test
    void deliberationDrawsTheMinorityDesignersTowardTheMajority() {
        String base = """
                name: deliberation
                seed: 4
                ticks: 1
                population:
                  size: 2000
                  groups:
                    - {name: majority, share: 0.7, mean: [0.3, 0.3, 0.3, 0.3], spread: 0.1}
                    - {name: minority, share: 0.3, mean: [-0.2, -0.2, -0.2, -0.2], spread: 0.1}
                ai: {count: 1, regime: negotiated, designers: {size: 30, critics_share: 0}%s}
                """;
        double[] gapToMinority = new double[2];
        int run = 0;
        for (String deliberation : new String[] {"", ", deliberation: {rounds: 10, confidence: 0.8}"}) {
            try (ChunkPool pool = new ChunkPool(1)) {
                CoshapeModel m = new CoshapeModel(TestScenarios.yaml(base.formatted(deliberation)), 4, pool, true);
                m.start();
                TimeSeries.Point first = m.series().points().get(0);
                gapToMinority[run++] = first.values()[2][Metric.PROXY_GAP.ordinal()];
            }
        }
        assertTrue(
                gapToMinority[1] > gapToMinority[0] + 0.05,
                "the target after deliberation is farther from the minority: " + gapToMinority[0] + " -> "
                        + gapToMinority[1]);
    }

    private static People people(float... values) {
        People p = new People(values.length, 1, 1, new int[values.length], false, new ChunkPool(1));
        for (int i = 0; i < values.length; i++) {
            p.v[p.at(i)] = values[i];
        }
        return p;
    }
}
