package org.coshape.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void missingRunsAreDroppedAndCounted() {
        double[] a = {1, 2, Double.NaN, 4, 5};
        double[] b = {2, 1, 3, 5, 4};
        double[][] ab = {{1.5, 1.5, 3, 4.5, 4.5}};
        assertEquals(4, SobolIndices.compute(a, b, ab, 10, 1).get(0).rows());
    }
}
