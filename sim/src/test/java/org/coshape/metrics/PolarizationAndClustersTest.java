package org.coshape.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.coshape.metrics.TimeSeries.Point;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioException;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * polarization is the mean pairwise distance, so it says how far apart people are; clusters are
 * counted on everyone, so the count depends on no sample; effective_clusters is the participation
 * ratio. Each checked where the answer is known.
 */
class PolarizationAndClustersTest {

    /** Two tight groups half apart and half together, in d dimensions, {@code gap} apart on every axis (RMS gap). */
    static String twoGroups(double gap, int n) {
        return """
                name: groups
                seed: 2
                ticks: 0
                values: {dimensions: [a, b, c, d]}
                population:
                  size: %d
                  groups:
                    - {name: left, share: 0.5, mean: [%s, %s, %s, %s], spread: 0.001}
                    - {name: right, share: 0.5, mean: [%s, %s, %s, %s], spread: 0.001}
                network: {type: none}
                social: {rule: none}
                ai: {count: 0}
                """.formatted(n, -gap / 2, -gap / 2, -gap / 2, -gap / 2, gap / 2, gap / 2, gap / 2, gap / 2);
    }

    @Test
    void polarizationIsHowFarApartPeopleAreNotWhetherTheyFormTwoGroups() {
        double near = TestScenarios.run(TestScenarios.yaml(twoGroups(0.02, 3000)), 1)
                .last()
                .values()[0][Metric.POLARIZATION.ordinal()];
        double far = TestScenarios.run(TestScenarios.yaml(twoGroups(1.8, 3000)), 1)
                .last()
                .values()[0][Metric.POLARIZATION.ordinal()];
        // half the pairs are across the groups, at the gap; the other half within, at about 0
        assertEquals(0.01, near, 0.003, "groups 0.02 apart");
        assertEquals(0.9, far, 0.03, "groups 1.8 apart");
        assertTrue(far > 50 * near);
        // bimodality sees two groups in both: it is the shape, not the distance
        Point p =
                TestScenarios.run(TestScenarios.yaml(twoGroups(0.02, 3000)), 1).last();
        assertTrue(p.values()[0][Metric.BIMODALITY.ordinal()] > 5.0 / 9, "two groups are bimodal however close");
    }

    @ParameterizedTest
    @CsvSource({"300, 3", "5000, 4", "2000, 8"})
    void theSampledMeanStaysWithinItsStatedBoundOfTheExactOne(int n, int d) {
        Random r = new Random(n + d);
        float[] v = new float[n * d];
        for (int i = 0; i < n; i++) {
            double centre = i % 3 == 0 ? 0.6 : -0.3;
            for (int k = 0; k < d; k++) {
                v[i * d + k] = (float) Math.max(-1, Math.min(1, centre + 0.3 * r.nextGaussian()));
            }
        }
        double exact = 0;
        long pairs = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double x = v[a * d + k] - v[b * d + k];
                    s += x * x;
                }
                exact += Math.sqrt(s / d);
                pairs++;
            }
        }
        exact /= pairs;
        for (long seed = 0; seed < 5; seed++) {
            double sampled = PairwiseDistance.mean(v, 0, d, null, n, seed);
            if (pairs <= PairwiseDistance.PAIRS) {
                assertEquals(exact, sampled, 1e-12, "exact below the sample size");
            } else {
                assertEquals(exact, sampled, PairwiseDistance.BOUND, "seed " + seed);
                assertTrue(Math.abs(exact - sampled) < PairwiseDistance.BOUND / 3, "typically far inside the bound");
            }
        }
    }

    @Test
    void clustersAreCountedOnEveryoneSoSmallFragmentsCountWhateverTheSize() {
        // 3,000 people: 40% and 40% in two tight groups, 20% spread uniformly (singletons at this radius)
        Scenario s = TestScenarios.yaml("""
                name: fragments
                seed: 9
                ticks: 0
                values: {dimensions: [a, b]}
                population:
                  size: 3000
                  groups:
                    - {name: one, share: 0.4, mean: [0.5, 0.5], spread: 0.005}
                    - {name: two, share: 0.4, mean: [-0.5, -0.5], spread: 0.005}
                    - {name: noise, share: 0.2, distribution: uniform}
                network: {type: none}
                social: {rule: none}
                ai: {count: 0}
                metrics: {cluster_radius: 0.01, cluster_min_share: 0.01}
                """);
        double[][] values = TestScenarios.run(s, 2).last().values();
        assertEquals(2, values[0][Metric.CLUSTERS.ordinal()], 0, "the two groups, not the noise");
        assertEquals(0, values[3][Metric.CLUSTERS.ordinal()], 0, "uniform noise holds no cluster of 1%");
        // effective number: (sum s)^2 / sum s^2 with two of 1,200 and about 600 near-singletons
        double effective = values[0][Metric.EFFECTIVE_CLUSTERS.ordinal()];
        assertTrue(effective > 2.9 && effective < 3.2, "effective clusters " + effective);
        assertEquals(1, values[1][Metric.EFFECTIVE_CLUSTERS.ordinal()], 1e-9, "one tight group");
    }

    @Test
    void theClusterSampleSettingIsGoneWithAMessage() {
        ScenarioException e = Assertions.assertThrows(
                ScenarioException.class, () -> TestScenarios.yaml("name: old\nmetrics: {cluster_sample: 1000}\n"));
        assertTrue(
                e.getMessage().contains("metrics.cluster_sample")
                        && e.getMessage().contains("whole population"),
                e.getMessage());
    }

    @Test
    void participationRatioOfKnownSizes() {
        assertEquals(1, Clusters.effective(new int[] {500}), 0);
        assertEquals(2, Clusters.effective(new int[] {50, 50}), 1e-12);
        assertEquals(100.0 * 100 / (80 * 80 + 20 * 20), Clusters.effective(new int[] {80, 20}), 1e-12);
        assertEquals(10, Clusters.effective(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}), 1e-12);
        assertEquals(2, Clusters.countAtLeast(new int[] {80, 15, 5}, 0.1));
    }
}
