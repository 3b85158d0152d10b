package org.coshape.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.coshape.scenario.SweepDesign;
import org.coshape.scenario.SweepParameter;
import org.coshape.scenario.SweepSpec;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices computed through the same machinery as a sweep (Saltelli design points as
 * scenario text, then the estimators) match analytic indices of test functions.
 */
class SobolIndicesTest {

    static List<SobolIndices.Index> indices(List<SweepParameter> params, int n, ToDoubleFunction<double[]> f) {
        List<DesignPoint> pts = Designs.points(new SweepSpec(SweepDesign.SOBOL, n, params), 1);
        int k = params.size();
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] ab = new double[k][n];
        for (DesignPoint p : pts) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = Double.parseDouble(p.values().get(params.get(i).path()));
            }
            double y = f.applyAsDouble(x);
            switch (p.role()) {
                case "A" -> a[p.block()] = y;
                case "B" -> b[p.block()] = y;
                default -> ab[Integer.parseInt(p.role())][p.block()] = y;
            }
        }
        return SobolIndices.compute(a, b, ab, 500, 7);
    }

    @Test
    void linearFunctionIndicesAreTheSquaredWeightShares() {
        double[] w = {1, 2, 3};
        List<SweepParameter> params = List.of(
                new SweepParameter("x0", null, 0.0, 1.0, null, false),
                new SweepParameter("x1", null, 0.0, 1.0, null, false),
                new SweepParameter("x2", null, 0.0, 1.0, null, false));
        List<SobolIndices.Index> idx = indices(params, 2048, x -> w[0] * x[0] + w[1] * x[1] + w[2] * x[2]);
        double total = 1 + 4 + 9;
        for (int i = 0; i < 3; i++) {
            double exact = w[i] * w[i] / total;
            SobolIndices.Index s = idx.get(i);
            assertTrue(
                    s.s1Low() <= exact && exact <= s.s1High(),
                    "S1_" + i + " CI " + s.s1Low() + ".." + s.s1High() + " must hold " + exact);
            assertTrue(s.stLow() <= exact && exact <= s.stHigh(), "ST_" + i + " CI must hold " + exact);
            assertEquals(exact, s.s1(), 0.03);
            assertEquals(exact, s.st(), 0.03);
        }
    }

    @Test
    void ishigamiFunctionSeparatesFirstOrderFromTotalEffects() {
        // Ishigami (a = 7, b = 0.1) on [-pi, pi]^3: S1 = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437)
        double pi = Math.PI;
        List<SweepParameter> params = List.of(
                new SweepParameter("x0", null, -pi, pi, null, false),
                new SweepParameter("x1", null, -pi, pi, null, false),
                new SweepParameter("x2", null, -pi, pi, null, false));
        List<SobolIndices.Index> idx = indices(
                params,
                4096,
                x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
        double[] s1 = {0.3139, 0.4424, 0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], idx.get(i).s1(), 0.04, "S1_" + i);
            assertEquals(st[i], idx.get(i).st(), 0.04, "ST_" + i);
            assertTrue(
                    idx.get(i).s1Low() <= s1[i] + 0.01
                            && s1[i] - 0.01 <= idx.get(i).s1High(),
                    "S1_" + i + " CI");
        }
        assertTrue(idx.get(2).st() > idx.get(2).s1() + 0.15, "x2 acts only through its interaction with x0");
    }

    static List<SweepParameter> unit(int k) {
        List<SweepParameter> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new SweepParameter("x" + i, null, 0.0, 1.0, null, false));
        }
        return out;
    }

    /**
     * At the small base samples a sweep affords (64-256 rows), the analytic indices of the
     * Ishigami function lie inside the bootstrap intervals, and every first-order index inside
     * [0, 1] up to its interval.
     */
    @Test
    void ishigamiAtSmallSamplesLiesInsideTheIntervals() {
        double pi = Math.PI;
        List<SweepParameter> params = List.of(
                new SweepParameter("x0", null, -pi, pi, null, false),
                new SweepParameter("x1", null, -pi, pi, null, false),
                new SweepParameter("x2", null, -pi, pi, null, false));
        double[] s1 = {0.3139, 0.4424, 0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int n : new int[] {64, 128, 256}) {
            List<SobolIndices.Index> idx = indices(
                    params,
                    n,
                    x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
            for (int i = 0; i < 3; i++) {
                SobolIndices.Index s = idx.get(i);
                assertTrue(s.s1Low() <= s1[i] && s1[i] <= s.s1High(), n + " rows: S1_" + i + " " + s);
                assertTrue(s.stLow() <= st[i] && st[i] <= s.stHigh(), n + " rows: ST_" + i + " " + s);
            }
        }
    }

    /**
     * Sobol's g-function, G = prod (|4 x_i - 2| + a_i) / (1 + a_i) on [0, 1]^k, with
     * V_i = 1 / (3 (1 + a_i)^2): S1_i = V_i / V and ST_i = V_i prod_{j != i} (1 + V_j) / V,
     * V = prod (1 + V_j) - 1. Important, unimportant and inert parameters at 128 base rows.
     */
    @Test
    void gFunctionIndicesLieInsideTheIntervals() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        int k = a.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        int inside = 0;
        int checked = 0;
        List<String> missed = new ArrayList<>();
        for (int n : new int[] {64, 128, 256}) {
            List<SobolIndices.Index> idx = indices(unit(k), n, x -> {
                double g = 1;
                for (int i = 0; i < k; i++) {
                    g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
                }
                return g;
            });
            for (int i = 0; i < k; i++) {
                double s1 = vi[i] / v;
                double st = vi[i] * prod / (1 + vi[i]) / v;
                SobolIndices.Index s = idx.get(i);
                boolean s1In = s.s1Low() <= s1 && s1 <= s.s1High();
                boolean stIn = s.stLow() <= st && st <= s.stHigh();
                inside += (s1In ? 1 : 0) + (stIn ? 1 : 0);
                assertTrue(s1In, n + " rows: S1_" + i + " = " + s1 + " outside " + s);
                checked += 2;
                if (!s1In || !stIn) {
                    missed.add(n + " rows, x" + i + ": S1 " + s1 + " ST " + st + " " + s);
                }
            }
            assertTrue(idx.get(0).s1Low() > idx.get(3).s1High(), n + " rows: the order of importance shows");
        }
        // 95% intervals: a few of 36 may miss (here the total index of x2, underestimated below 256 rows)
        assertTrue(inside >= 0.9 * checked, inside + " of " + checked + " inside; missed " + missed);
    }

    /**
     * An output with a large mean and a small variance, as welfare near 0.6 varying by a few
     * hundredths: the uncentred estimator multiplied its noise by the mean and gave indices far
     * outside [0, 1]; centred, the analytic indices lie inside the intervals.
     */
    @Test
    void aLargeMeanDoesNotSwampTheFirstOrderIndices() {
        double[] w = {0.03, 0.02, 0.01};
        ToDoubleFunction<double[]> f = x -> 100 + w[0] * x[0] + w[1] * x[1] + w[2] * x[2];
        int n = 64;
        List<SobolIndices.Index> idx = indices(unit(3), n, f);
        double total = w[0] * w[0] + w[1] * w[1] + w[2] * w[2];
        // the uncentred estimator on the same design: mean(f(B) (f(AB_i) - f(A))) / V
        List<DesignPoint> pts = Designs.points(new SweepSpec(SweepDesign.SOBOL, n, unit(3)), 1);
        double[][] y = new double[n][5];
        for (DesignPoint p : pts) {
            double[] x = new double[3];
            for (int i = 0; i < 3; i++) {
                x[i] = Double.parseDouble(p.values().get("x" + i));
            }
            int col = switch (p.role()) {
                case "A" -> 0;
                case "B" -> 4;
                default -> 1 + Integer.parseInt(p.role());
            };
            y[p.block()][col] = f.applyAsDouble(x);
        }
        double mean = 0;
        for (double[] r : y) {
            mean += r[0] + r[4];
        }
        mean /= 2 * n;
        double var = 0;
        for (double[] r : y) {
            var += (r[0] - mean) * (r[0] - mean) + (r[4] - mean) * (r[4] - mean);
        }
        var /= 2 * n;
        for (int i = 0; i < 3; i++) {
            double exact = w[i] * w[i] / total;
            SobolIndices.Index s = idx.get(i);
            assertTrue(s.s1Low() <= exact && exact <= s.s1High(), "S1_" + i + " " + s);
            double old = 0;
            for (double[] r : y) {
                old += r[4] * (r[1 + i] - r[0]);
            }
            old = old / n / var;
            assertTrue(Math.abs(old - exact) > 1, "the uncentred estimator is far off: " + old + " for " + exact);
        }
    }

    @Test
    void secondOrderIndicesFindTheInteraction() {
        // x0 * x1 on [-1, 1]^2 plus an additive x2: the product's variance is all interaction
        List<SweepParameter> params = List.of(
                new SweepParameter("x0", null, -1.0, 1.0, null, false),
                new SweepParameter("x1", null, -1.0, 1.0, null, false),
                new SweepParameter("x2", null, -1.0, 1.0, null, false));
        int n = 512;
        List<DesignPoint> pts = Designs.points(new SweepSpec(SweepDesign.SOBOL, n, params, true, 4), 1);
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] ab = new double[3][n];
        double[][] ba = new double[3][n];
        for (DesignPoint p : pts) {
            double[] x = new double[3];
            for (int i = 0; i < 3; i++) {
                x[i] = Double.parseDouble(p.values().get("x" + i));
            }
            double y = x[0] * x[1] + x[2];
            switch (p.role()) {
                case "A" -> a[p.block()] = y;
                case "B" -> b[p.block()] = y;
                default -> {
                    if (p.role().startsWith("BA")) {
                        ba[Integer.parseInt(p.role().substring(2))][p.block()] = y;
                    } else {
                        ab[Integer.parseInt(p.role())][p.block()] = y;
                    }
                }
            }
        }
        // Var(x0 x1) = 1/9, Var(x2) = 1/3: S2_01 = (1/9) / (4/9) = 0.25, the others 0
        List<SobolIndices.Pair> pairs = SobolIndices.secondOrder(a, b, ab, ba, 500, 3);
        assertEquals(3, pairs.size());
        SobolIndices.Pair p01 = pairs.get(0);
        assertTrue(p01.low() <= 0.25 && 0.25 <= p01.high(), "S2_01 " + p01);
        for (SobolIndices.Pair p : pairs.subList(1, 3)) {
            assertTrue(p.low() <= 0 && 0 <= p.high(), "no interaction: " + p);
        }
    }

    @Test
    void missingRunsAreDroppedAndCounted() {
        double[] a = {1, 2, Double.NaN, 4, 5};
        double[] b = {2, 1, 3, 5, 4};
        double[][] ab = {{1.5, 1.5, 3, 4.5, 4.5}};
        assertEquals(4, SobolIndices.compute(a, b, ab, 10, 1).get(0).rows());
    }
}
