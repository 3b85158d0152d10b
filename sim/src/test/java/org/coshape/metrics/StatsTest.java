package org.coshape.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.SplittableRandom;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

/** Closed forms and textbook values for the distribution statistics behind the metrics. */
class StatsTest {

    @Test
    void bimodalityMatchesSarlesFormulaWithCommonsMathMoments() {
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % 2 == 0 ? -1 : 1) + 0.05 * Math.sin(i) + (i < 40 ? 0 : 0.3);
        }
        DescriptiveStatistics ds = new DescriptiveStatistics(x);
        double n = x.length;
        double g = ds.getSkewness();
        double k = ds.getKurtosis();
        double expected = (g * g + 1) / (k + 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3)));
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            double c = v - ds.getMean();
            m2 += c * c;
            m3 += c * c * c;
            m4 += c * c * c * c;
        }
        assertEquals(expected, Stats.bimodality(n, m2, m3, m4), 1e-12);
        assertTrue(Stats.bimodality(n, m2, m3, m4) > 5.0 / 9, "two clumps are bimodal");
    }

    @Test
    void bimodalityOfAUniformSampleIsBelowTheBimodalThreshold() {
        int n = 10001;
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < n; i++) {
            double c = -1 + 2.0 * i / (n - 1);
            m2 += c * c;
            m4 += c * c * c * c;
        }
        // uniform: skew 0, excess kurtosis -1.2, BC -> 1/1.8 = 0.5556
        assertEquals(1 / 1.8, Stats.bimodality(n, m2, 0, m4), 1e-3);
    }

    @Test
    void giniOfKnownDistributions() {
        assertEquals(0, Stats.gini(new float[] {2, 2, 2, 2}, 4), 1e-12);
        assertEquals(0.75, Stats.gini(new float[] {0, 0, 0, 4}, 4), 1e-12);
        assertEquals(0.25, Stats.gini(new float[] {1, 2, 3, 4}, 4), 1e-7);
        assertTrue(Double.isNaN(Stats.gini(new float[0], 0)));
    }

    @Test
    void frechetDistanceBetweenGaussiansHasItsClosedForm() {
        // 1-D: (m1 - m2)^2 + (s1 - s2)^2
        assertEquals(
                Math.sqrt(0.25 + 0.01),
                Stats.frechet(new double[] {0.5}, new double[][] {{0.04}}, new double[] {0}, new double[][] {{0.01}}),
                1e-12);
        // commuting (diagonal) covariances: sum over dimensions
        double fd = Stats.frechet(
                new double[] {0, 0}, new double[][] {{0.09, 0}, {0, 0.16}}, new double[] {0.1, 0}, new double[][] {
                    {0.04, 0}, {0, 0.01}
                });
        assertEquals(Math.sqrt(0.01 + 0.01 + 0.09), fd, 1e-12);
        // identical distributions are at distance 0, and a collapsed one is far from a plural one
        double[][] s = {{0.05, 0.01}, {0.01, 0.03}};
        assertEquals(0, Stats.frechet(new double[] {0.2, 0.1}, s, new double[] {0.2, 0.1}, s), 1e-7);
    }

    @Test
    void singleLinkageClustersRespectRadiusAndMinimumShare() {
        float[] pts = {0f, 0.04f, 0.08f, 0.5f, 0.52f, 0.9f};
        assertEquals(3, Clusters.count(pts, 6, 1, 0.05, 0.0));
        assertEquals(2, Clusters.count(pts, 6, 1, 0.05, 0.3), "the singleton at 0.9 is below 30%");
        float[] chain = {0f, 0f, 0.03f, 0f, 0.06f, 0f, 0.09f, 0f};
        assertEquals(1, Clusters.count(chain, 4, 2, 0.031, 0), "single linkage chains");
    }

    /**
     * The count stops early once its answer cannot change. With a minimum share above one half a
     * component can hold more than all the others could reach and still be short of the share:
     * stopping there counted 0 where the finished component holds 65% (fails on the old rule).
     */
    @Test
    void aMinimumShareAboveOneHalfWaitsForTheComponentToReachIt() {
        int d = 2;
        int n = 100;
        float[] pts = new float[n * d];
        int i = 0;
        for (; i < 35; i++) {
            pts[i * d] = 0f; // 35 at the origin, united first
        }
        for (; i < 41; i++) {
            pts[i * d + 1] = 0.04f; // 6 just above them: 41 > n (1 - 0.6) once linked
        }
        for (; i < 65; i++) {
            pts[i * d] = -0.04f; // 24 to the left, linked later: 65 in all
        }
        for (; i < n; i++) {
            pts[i * d] = -0.9f + 0.06f * (i - 65); // 35 alone, 0.06 apart
            pts[i * d + 1] = 0.9f;
        }
        assertEquals(1, bruteForce(pts, n, d, 0.05, 0.6));
        assertEquals(1, Clusters.count(pts, n, d, 0.05, 0.6));
        assertEquals(0, Clusters.count(pts, n, d, 0.05, 0.7), "65% is below a share of 70%");
        assertEquals(1, Clusters.count(pts, n, d, 0.05, 0.65));
    }

    @Test
    void gridSingleLinkageAgreesWithBruteForce() {
        Random r = new Random(42);
        for (int trial = 0; trial < 120; trial++) {
            int d = 1 + trial % 4;
            int n = 50 + r.nextInt(400);
            double spread = new double[] {0.001, 0.02, 0.1, 0.5}[trial % 4];
            float[] pts = new float[n * d];
            int blobs = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                int blob = r.nextInt(blobs);
                for (int k = 0; k < d; k++) {
                    pts[i * d + k] = (float) Math.max(-1, Math.min(1, -0.8 + 0.4 * blob + spread * r.nextGaussian()));
                }
            }
            double radius = new double[] {0.01, 0.05, 0.1}[trial % 3];
            double minShare = new double[] {0, 0.05, 0.3, 0.6, 0.9}[trial % 5];
            assertEquals(
                    bruteForce(pts, n, d, radius, minShare),
                    Clusters.count(pts, n, d, radius, minShare),
                    "trial " + trial);
        }
    }

    static int bruteForce(float[] pts, int n, int d, double radius, double minShare) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dist = 0;
                for (int k = 0; k < d; k++) {
                    double z = pts[i * d + k] - pts[j * d + k];
                    dist += z * z;
                }
                if (dist <= radius * radius) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[root(parent, i)]++;
        }
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (size[i] > 0 && size[i] >= minShare * n) {
                c++;
            }
        }
        return c;
    }

    static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    @Test
    void firstPrincipalAxisOfAnElongatedCloud() {
        double[] axis = Stats.firstPrincipalAxis(new double[][] {{1, 0.9}, {0.9, 1}});
        assertEquals(Math.sqrt(0.5), axis[0], 1e-12);
        assertEquals(Math.sqrt(0.5), axis[1], 1e-12);
    }

    /**
     * Above {@link Stats#POWER_ITERATION_ABOVE} dimensions the axis comes from power iteration:
     * on a full-rank covariance it must be the eigen-decomposition's axis (to 1e-9), and a zero
     * matrix must give the first unit vector, as the decomposition does.
     */
    @Test
    void powerIterationFindsTheDecompositionsAxis() {
        int d = Stats.POWER_ITERATION_ABOVE + 16;
        double[][] cov = lowRankCovariance(d, 4 * d, 11);
        RealMatrix c = MatrixUtils.createRealMatrix(cov);
        EigenDecomposition e = new EigenDecomposition(c);
        int best = 0;
        for (int i = 1; i < d; i++) {
            if (e.getRealEigenvalue(i) > e.getRealEigenvalue(best)) {
                best = i;
            }
        }
        double[] expected = e.getEigenvector(best).toArray();
        double sign = Math.signum(expected[0]);
        double[] axis = Stats.firstPrincipalAxis(cov);
        for (int k = 0; k < d; k++) {
            assertEquals(sign * expected[k], axis[k], 1e-9, "component " + k);
        }
        double[] zero = Stats.powerIteration(new double[d][d]);
        assertEquals(1, zero[0]);
        assertEquals(1, new ArrayRealVector(zero).getNorm());
    }

    /**
     * The covariance of 20 people in 200 dimensions (rank 19) is one on which Commons Math's
     * eigen-decomposition gives up after its fixed 30 iterations; a run or bench of that many
     * dimensions failed at its first record. The axis and the matrix root must still come out,
     * as the eigenvector of the largest eigenvalue (found here by power iteration) and a root
     * whose square is the matrix.
     */
    @Test
    void manyDimensionsAndFewPeopleStillGiveTheAxisAndTheRoot() {
        double[][] cov = lowRankCovariance(200, 20, 7);
        RealMatrix c = MatrixUtils.createRealMatrix(cov);
        assertThrows(
                MaxCountExceededException.class,
                () -> new EigenDecomposition(c),
                "the library's limit this fallback is for");

        double[] axis = Stats.firstPrincipalAxis(cov);
        RealVector a = new ArrayRealVector(axis);
        RealVector cv = c.operate(a);
        double lambda = a.dotProduct(cv);
        assertEquals(1, a.getNorm(), 1e-12);
        assertEquals(largestEigenvalue(c), lambda, 1e-9 * lambda);
        for (int k = 0; k < cov.length; k++) {
            assertEquals(lambda * axis[k], cv.getEntry(k), 1e-9 * lambda, "C v = lambda v at " + k);
        }
        assertTrue(firstNonZero(axis) > 0, "the sign rule: first non-zero component positive");

        RealMatrix root = Stats.sqrtPsd(c);
        RealMatrix square = root.multiply(root);
        for (int i = 0; i < cov.length; i++) {
            for (int k = 0; k < cov.length; k++) {
                assertEquals(cov[i][k], square.getEntry(i, k), 1e-9, "root squared at " + i + "," + k);
            }
        }
        double[] mean = new double[cov.length];
        double[] shifted = mean.clone();
        shifted[3] = 0.3;
        shifted[150] = 0.4;
        assertEquals(0, Stats.frechet(mean, cov, mean, cov), 1e-6);
        assertEquals(0.5, Stats.frechet(mean, cov, shifted, cov), 1e-6);
    }

    /** The covariance (divided by n) of n points with d uniform coordinates. */
    private static double[][] lowRankCovariance(int d, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int k = 0; k < d; k++) {
                row[k] = r.nextDouble(-1, 1);
            }
        }
        return new Covariance(x, false).getCovarianceMatrix().getData();
    }

    /** The largest eigenvalue of a positive semi-definite matrix, by power iteration. */
    private static double largestEigenvalue(RealMatrix c) {
        RealVector v = new ArrayRealVector(c.getRowDimension(), 1).unitVector();
        double lambda = 0;
        for (int it = 0; it < 100_000; it++) {
            RealVector w = c.operate(v);
            double next = v.dotProduct(w);
            v = w.unitVector();
            if (Math.abs(next - lambda) <= 1e-15 * next) {
                return next;
            }
            lambda = next;
        }
        return lambda;
    }

    private static double firstNonZero(double[] v) {
        for (double x : v) {
            if (Math.abs(x) > 1e-12) {
                return x;
            }
        }
        return 0;
    }
}
