package org.coshape.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.coshape.model.state.People;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The element-by-element moment sums equal the person-by-person ones, and diversity is the mean variance. */
class CentredMomentsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 11})
    void sumsAreBitIdenticalToThePersonByPersonLoop(int d) {
        Random r = new Random(d);
        int n = 3000;
        int base = 3;
        float[] x = new float[base + n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextFloat() * 2 - 1;
        }
        double[] mu = new double[d];
        for (int k = 0; k < d; k++) {
            mu[k] = r.nextGaussian() * 0.1;
        }
        int[] who = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (r.nextInt(3) > 0) {
                who[m++] = i; // a subset in index order, with gaps
            }
        }
        int cov = d * (d + 1) / 2;
        int at = 5;
        double[] expected = new double[at + cov];
        double[] got = new double[at + cov];
        for (int e = 0; e < cov; e++) {
            expected[at + e] = got[at + e] = r.nextDouble(); // sums carried over from earlier chunks
        }
        double[] c = new double[d];
        for (int t = 0; t < m; t++) {
            for (int k = 0; k < d; k++) {
                c[k] = x[base + who[t] * d + k] - mu[k];
            }
            int b = at;
            for (int k = 0; k < d; k++) {
                for (int q = k; q < d; q++) {
                    expected[b++] += c[k] * c[q];
                }
            }
        }
        new CentredMoments(d).add(x, base, who, m, mu, got, at);
        assertArrayEquals(expected, got, 0.0);
    }

    @Test
    void diversityIsTheMeanVarianceOfEachRowAtTickZeroAndLater() {
        Scenario s = TestScenarios.yaml("""
                name: div
                seed: 5
                ticks: 12
                values: {dimensions: [a, b, c, e, f]}
                population:
                  size: 5000
                  groups:
                    - {name: x, share: 0.55, mean: [0.3, -0.2, 0.1, 0.0, 0.5], spread: 0.3}
                    - {name: y, share: 0.45, mean: [-0.4, 0.4, -0.3, 0.2, -0.1], spread: 0.2}
                network: {type: sbm, degree: 8, homophily: 0.7}
                social: {rule: friedkin_johnsen, rate: 0.3}
                ai: {count: 2, regime: mutual}
                metrics: {every: 6}
                """);
        var m = TestScenarios.started(s, 2);
        checkDiversity(m.people(), m.series().last().values());
        TestScenarios.step(m, 6);
        checkDiversity(m.people(), m.series().last().values());
    }

    private static void checkDiversity(People p, double[][] values) {
        for (int row = 0; row <= p.groups; row++) {
            double[] mean = new double[p.d];
            int n = 0;
            for (int i = 0; i < p.n; i++) {
                if (row == 0 || p.group[i] == row - 1) {
                    n++;
                    for (int k = 0; k < p.d; k++) {
                        mean[k] += p.v[p.at(i) + k];
                    }
                }
            }
            double var = 0;
            for (int i = 0; i < p.n; i++) {
                if (row == 0 || p.group[i] == row - 1) {
                    for (int k = 0; k < p.d; k++) {
                        double x = p.v[p.at(i) + k] - mean[k] / n;
                        var += x * x;
                    }
                }
            }
            double expected = var / n / p.d;
            assertEquals(expected, values[row][Metric.DIVERSITY.ordinal()], 1e-12 * expected, "row " + row);
        }
    }
}
