package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.coshape.metrics.Clusters;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * With the AI switched off, each social rule must reproduce its published behaviour: DeGroot
 * consensus at the left-eigenvector (centrality) weighted mean, the Friedkin-Johnsen closed-form
 * equilibrium, and bounded-confidence consensus versus fragmentation (Hegselmann-Krause 2002,
 * Deffuant et al. 2000).
 */
class SocialRulesTest {

    private static String base(
            int n, String network, String rule, double rate, double confidence, int dims, String groupExtra) {
        StringBuilder dimsList = new StringBuilder();
        for (int k = 0; k < dims; k++) {
            dimsList.append(k == 0 ? "" : ", ").append("x").append(k);
        }
        return """
                name: social
                seed: 7
                ticks: 0
                values: {dimensions: [%s]}
                population:
                  size: %d
                  groups:
                    - {name: everyone, distribution: uniform %s}
                network: %s
                social: {rule: %s, rate: %s, confidence: %s}
                ai: {count: 0}
                metrics: {every: 1000000, cluster_radius: 0.02, cluster_min_share: 0.02}
                """.formatted(dimsList, n, groupExtra, network, rule, rate, confidence);
    }

    @Test
    void degrootConvergesToTheLeftEigenvectorWeightedMean() {
        var s = TestScenarios.yaml(base(200, "{type: erdos_renyi, degree: 10}", "degroot", 0.3, 0, 1, ""));
        CoshapeModel m = TestScenarios.started(s, 2);
        Network net = m.network();
        assertTrue(connected(net), "test graph must be connected for consensus");
        People p = m.people();
        double[] x0 = toDouble(p.v);
        // stationary distribution of W = (1-r)I + r D^-1 A by power iteration on W^T (independent of the model code)
        int n = p.n;
        double[] pi = new double[n];
        Arrays.fill(pi, 1.0 / n);
        for (int it = 0; it < 20000; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] += 0.7 * pi[i];
                int deg = net.degree(i);
                for (int e = net.offsets()[i]; e < net.offsets()[i + 1]; e++) {
                    next[net.targets()[e]] += 0.3 * pi[i] / deg;
                }
            }
            pi = next;
        }
        double expected = 0;
        for (int i = 0; i < n; i++) {
            expected += pi[i] * x0[i];
        }
        // for an undirected graph the stationary weights are proportional to degree
        assertEquals(net.degree(0) / (double) net.edgeCount(), pi[0], 1e-9);
        TestScenarios.step(m, 3000);
        for (int i = 0; i < n; i++) {
            assertEquals(expected, p.v[i], 2e-4, "person " + i);
        }
    }

    @Test
    void friedkinJohnsenReachesItsClosedFormEquilibrium() {
        var s = TestScenarios.yaml(base(
                120,
                "{type: erdos_renyi, degree: 5}",
                "friedkin_johnsen",
                0.5,
                0,
                2,
                ", anchoring: {dist: uniform, min: 0.05, max: 0.6}"));
        CoshapeModel m = TestScenarios.started(s, 2);
        People p = m.people();
        Network net = m.network();
        int n = p.n;
        int d = p.d;
        // x* = (I - L W)^-1 (I - L) u, L = diag(1 - a_i), W = (1 - rate) I + rate D^-1 A
        RealMatrix w = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            int deg = net.degree(i);
            if (deg == 0) {
                w.setEntry(i, i, 1);
                continue;
            }
            w.addToEntry(i, i, 0.5);
            for (int e = net.offsets()[i]; e < net.offsets()[i + 1]; e++) {
                w.addToEntry(i, net.targets()[e], 0.5 / deg);
            }
        }
        RealMatrix lambda = MatrixUtils.createRealMatrix(n, n);
        RealMatrix stubborn = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            lambda.setEntry(i, i, 1 - p.anchoring[i]);
            stubborn.setEntry(i, i, p.anchoring[i]);
        }
        RealMatrix system = MatrixUtils.createRealIdentityMatrix(n).subtract(lambda.multiply(w));
        LUDecomposition lu = new LUDecomposition(system);
        double[][] expected = new double[d][];
        for (int k = 0; k < d; k++) {
            double[] u = new double[n];
            for (int i = 0; i < n; i++) {
                u[i] = p.own[p.at(i) + k];
            }
            RealVector rhs = stubborn.operate(MatrixUtils.createRealVector(u));
            expected[k] = lu.getSolver().solve(rhs).toArray();
        }
        TestScenarios.step(m, 2000);
        double spreadOfEquilibrium = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                assertEquals(expected[k][i], p.v[p.at(i) + k], 1e-5, "person " + i + " dim " + k);
                spreadOfEquilibrium += Math.abs(expected[k][i] - expected[k][0]);
            }
        }
        assertTrue(spreadOfEquilibrium > 1, "stubborn agents keep disagreement: no consensus in FJ");
    }

    @Test
    void hegselmannKrauseConsensusForWideAndFragmentationForNarrowConfidence() {
        int[] counts = new int[4];
        double[] eps = {0.6, 0.3, 0.1, 0.05};
        for (int c = 0; c < eps.length; c++) {
            var s = TestScenarios.yaml(base(500, "{type: complete}", "hegselmann_krause", 0, eps[c], 1, ""));
            CoshapeModel m = TestScenarios.step(TestScenarios.started(s, 2), 60);
            counts[c] = majorClusters(m.people());
        }
        assertEquals(1, counts[0], "wide confidence: consensus");
        for (int c = 1; c < eps.length; c++) {
            assertTrue(counts[c] >= counts[c - 1], "clusters must not fall as confidence shrinks");
        }
        // published: clusters about 2*eps apart, so about range / (2 eps) of them (range = 2 here)
        for (int c = 2; c < eps.length; c++) {
            double predicted = 2 / (2 * eps[c]);
            assertTrue(
                    counts[c] >= 0.4 * predicted && counts[c] <= 1.3 * predicted,
                    "eps " + eps[c] + ": " + counts[c] + " clusters, predicted about " + predicted);
        }
    }

    @Test
    void deffuantClusterCountShrinksAsConfidenceGrows() {
        double[] eps = {1.0, 0.5, 0.2, 0.1};
        int[] counts = new int[eps.length];
        for (int c = 0; c < eps.length; c++) {
            var s = TestScenarios.yaml(base(600, "{type: complete}", "deffuant", 0.5, eps[c], 1, ""));
            CoshapeModel m = TestScenarios.step(TestScenarios.started(s, 2), 1500);
            counts[c] = majorClusters(m.people());
        }
        assertEquals(1, counts[0], "confidence = half the range: consensus");
        for (int c = 1; c < eps.length; c++) {
            assertTrue(
                    counts[c] >= counts[c - 1],
                    "clusters must not fall as confidence shrinks: " + Arrays.toString(counts));
        }
        for (int c = 2; c < eps.length; c++) {
            double predicted = 2 / (2 * eps[c]);
            assertTrue(
                    counts[c] >= 0.5 * predicted && counts[c] <= 1.3 * predicted,
                    "eps " + eps[c] + ": " + counts[c] + " major clusters, predicted about " + predicted);
        }
    }

    @Test
    void pairsMoveExactlyByMuWhenWithinConfidence() {
        // two people linked to each other only: any matching pairs them, and each moves mu of the gap
        var s = TestScenarios.yaml(base(2, "{type: complete}", "deffuant", 0.3, 5, 1, ""));
        CoshapeModel m = TestScenarios.started(s, 1);
        People p = m.people();
        float a = p.v[0];
        float b = p.v[1];
        boolean moved = false;
        for (int t = 0; t < 20 && !moved; t++) {
            TestScenarios.step(m, 1);
            moved = p.v[0] != a;
            if (moved) {
                assertEquals(a + 0.3 * (b - a), p.v[0], 1e-6);
                assertEquals(b + 0.3 * (a - b), p.v[1], 1e-6);
                assertEquals(a + b, p.v[0] + p.v[1], 1e-6, "Deffuant conserves the pair's mean");
            }
        }
        assertTrue(moved, "in 20 ticks the only pair must have been matched at least once");
    }

    static int majorClusters(People p) {
        return Clusters.count(Arrays.copyOfRange(p.v, p.base, p.at(p.n)), p.n, p.d, 0.02, 0.02);
    }

    static double[] toDouble(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }

    static boolean connected(Network net) {
        boolean[] seen = new boolean[net.size()];
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(0);
        seen[0] = true;
        int count = 1;
        while (!q.isEmpty()) {
            int i = q.poll();
            for (int e = net.offsets()[i]; e < net.offsets()[i + 1]; e++) {
                int j = net.targets()[e];
                if (!seen[j]) {
                    seen[j] = true;
                    count++;
                    q.add(j);
                }
            }
        }
        return count == net.size();
    }
}
