package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * {@code ai.repulsion}: an answer beyond the threshold pushes the person away by the pull it
 * would have exerted toward it, while answers within the confidence radius pull as before; off
 * (2.0), a run is the one without the key, bit for bit.
 */
class AiRepulsionTest {

    private static Scenario scenario(String extra) {
        return TestScenarios.yaml("name: r\nseed: 8\nticks: 30\nvalues: {dimensions: [x]}\n"
                + "population: {size: 200, groups: [{name: near, share: 0.5, mean: [0.3], spread: 0.02,"
                + " usage: 1.0, susceptibility: 0.2}, {name: far, share: 0.5, mean: [-0.6], spread: 0.02,"
                + " usage: 1.0, susceptibility: 0.2}]}\n"
                + "network: {type: none}\nsocial: {rule: none}\n"
                + "ai: {count: 1, regime: configuration, listening: 0.0, learning_rate: 0.0, designers: {size: 5},"
                + " judge: {noise: 0.0}, confidence: 0.3" + extra + "}\nmetrics: {every: 30, baseline: false}\n");
    }

    /** Mean value of each group after the run. */
    private static double[] means(Scenario s) {
        CoshapeModel m = TestScenarios.started(s, 1);
        m.stepToEnd();
        double[] sum = new double[2];
        int[] count = new int[2];
        for (int i = 0; i < m.people().n; i++) {
            sum[m.people().group[i]] += m.people().v[m.people().at(i)];
            count[m.people().group[i]]++;
        }
        return new double[] {sum[0] / count[0], sum[1] / count[1]};
    }

    @Test
    void answersBeyondTheThresholdPushPeopleAway() {
        double[] without = means(scenario(""));
        double[] with = means(scenario(", repulsion: 0.6"));
        double[] off = means(scenario(", repulsion: 2.0"));
        assertArrayEquals(without, off, 0.0, "off is the run without the key");
        // the assistant answers near 0.3, its designers' values: the near group (0.3) is within the
        // confidence radius either way; the far group (-0.6, 0.9 away) ignores the answers without
        // repulsion and is pushed toward -1 with it
        assertTrue(Math.abs(without[1] + 0.6) < 0.01, "without repulsion the far group stays: " + without[1]);
        assertTrue(with[1] < -0.8, "with repulsion the far group is pushed away: " + with[1]);
        assertArrayEquals(new double[] {without[0]}, new double[] {with[0]}, 0.0, "the near group as before");
    }
}
