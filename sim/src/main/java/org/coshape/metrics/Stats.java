package org.coshape.metrics;

import java.util.Arrays;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/** The statistics behind the distribution metrics, each a small pure function. */
public final class Stats {

    private Stats() {}

    /**
     * Sarle's bimodality coefficient (SAS definition) from central moments of a sample:
     * (g^2 + 1) / (k + 3 (n-1)^2 / ((n-2)(n-3))), g = sample skewness, k = sample excess kurtosis
     * (both bias-corrected). Above 5/9 suggests bimodality. NaN for n below 4 or no spread.
     */
    public static double bimodality(double n, double m2, double m3, double m4) {
        if (n < 4 || !(m2 > 1e-24)) {
            return Double.NaN;
        }
        double var = m2 / n;
        double g1 = (m3 / n) / StrictMath.pow(var, 1.5);
        double g2 = (m4 / n) / (var * var) - 3;
        double skew = g1 * Math.sqrt(n * (n - 1)) / (n - 2);
        double kurt = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6);
        return (skew * skew + 1) / (kurt + 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3)));
    }

    /** Gini coefficient of non-negative values (sorts a copy); NaN when empty or all zero. */
    public static double gini(float[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        float[] x = Arrays.copyOf(values, count);
        Arrays.sort(x);
        return giniOfSorted(x, count);
    }

    /** {@link #gini} of the first {@code count} values of {@code x}, already in ascending order. */
    public static double giniOfSorted(float[] x, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < count; i++) {
            sum += x[i];
            weighted += (2.0 * (i + 1) - count - 1) * x[i];
        }
        return sum > 0 ? weighted / (count * sum) : Double.NaN;
    }

    /**
     * Frechet (2-Wasserstein) distance between Gaussians N(m1, s1) and N(m2, s2):
     * sqrt(|m1 - m2|^2 + tr(s1 + s2 - 2 (s1^1/2 s2 s1^1/2)^1/2)).
     */
    public static double frechet(double[] m1, double[][] s1, double[] m2, double[][] s2) {
        double[] t = frechetTerms(m1, s1, m2, s2);
        return Math.sqrt(t[0] + t[1]);
    }

    /**
     * The two terms of the squared Frechet distance: {@code |m1 - m2|^2} (where the means
     * differ) and {@code tr(s1 + s2 - 2 (s1^1/2 s2 s1^1/2)^1/2)} (where the spreads differ),
     * the second clipped at 0 against rounding.
     */
    public static double[] frechetTerms(double[] m1, double[][] s1, double[] m2, double[][] s2) {
        int d = m1.length;
        double mean = 0;
        for (int k = 0; k < d; k++) {
            double x = m1[k] - m2[k];
            mean += x * x;
        }
        RealMatrix a = MatrixUtils.createRealMatrix(s1);
        RealMatrix b = MatrixUtils.createRealMatrix(s2);
        RealMatrix ra = sqrtPsd(a);
        RealMatrix cross = sqrtPsd(ra.multiply(b).multiply(ra));
        double tr = a.getTrace() + b.getTrace() - 2 * cross.getTrace();
        return new double[] {mean, Math.max(0, tr)};
    }

    /** Square root of a symmetric positive semi-definite matrix (negative eigenvalues from rounding set to 0). */
    static RealMatrix sqrtPsd(RealMatrix m) {
        RealMatrix sym = m.add(m.transpose()).scalarMultiply(0.5);
        SymmetricEigen e = SymmetricEigen.of(sym);
        double[] root = new double[e.values().length];
        for (int i = 0; i < root.length; i++) {
            root[i] = Math.sqrt(Math.max(0, e.values()[i]));
        }
        RealMatrix v = e.vectors();
        return v.multiply(MatrixUtils.createRealDiagonalMatrix(root)).multiply(v.transpose());
    }

    /**
     * Above this many dimensions the first principal axis comes from power iteration: a full
     * eigen-decomposition costs O(d^3) per call, one iteration O(d^2). At or below it the full
     * decomposition is kept, so metrics keep their bits.
     */
    static final int POWER_ITERATION_ABOVE = 64;

    /** The eigenvector of the largest eigenvalue of a symmetric matrix (the first principal axis). */
    public static double[] firstPrincipalAxis(double[][] cov) {
        double[] axis = cov.length > POWER_ITERATION_ABOVE ? powerIteration(cov) : largestEigenvector(cov);
        // fix the sign so the axis is reproducible: first non-zero component positive
        for (double x : axis) {
            if (Math.abs(x) > 1e-12) {
                if (x < 0) {
                    for (int k = 0; k < axis.length; k++) {
                        axis[k] = -axis[k];
                    }
                }
                break;
            }
        }
        return axis;
    }

    private static double[] largestEigenvector(double[][] cov) {
        SymmetricEigen e = SymmetricEigen.of(MatrixUtils.createRealMatrix(cov));
        double[] ev = e.values();
        int best = 0;
        for (int i = 1; i < ev.length; i++) {
            if (ev[i] > ev[best]) {
                best = i;
            }
        }
        return e.vectors().getColumn(best);
    }

    /**
     * The dominant eigenvector of a positive semi-definite matrix by power iteration, started
     * from its column of largest norm (never orthogonal to the dominant eigenvector unless the
     * matrix is degenerate). Stops when no component moves by more than 1e-12 or after 2,000
     * iterations: where the two largest eigenvalues (nearly) tie, the axis is not determined by
     * the data and any vector of their plane serves the projection. A zero matrix gives the
     * first unit vector, as the eigen-decomposition does.
     */
    static double[] powerIteration(double[][] m) {
        int d = m.length;
        int start = 0;
        double bestNorm = -1;
        for (int i = 0; i < d; i++) {
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += m[k][i] * m[k][i];
            }
            if (norm > bestNorm) {
                bestNorm = norm;
                start = i;
            }
        }
        double[] v = new double[d];
        if (!(bestNorm > 0)) {
            v[0] = 1;
            return v;
        }
        for (int k = 0; k < d; k++) {
            v[k] = m[k][start];
        }
        normalise(v);
        double[] next = new double[d];
        for (int iteration = 0; iteration < 2000; iteration++) {
            for (int i = 0; i < d; i++) {
                double s = 0;
                double[] row = m[i];
                for (int k = 0; k < d; k++) {
                    s += row[k] * v[k];
                }
                next[i] = s;
            }
            if (!normalise(next)) {
                return v;
            }
            double moved = 0;
            for (int k = 0; k < d; k++) {
                moved = Math.max(moved, Math.abs(next[k] - v[k]));
            }
            double[] swap = v;
            v = next;
            next = swap;
            if (moved < 1e-12) {
                break;
            }
        }
        return v;
    }

    private static boolean normalise(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0)) {
            return false;
        }
        for (int k = 0; k < v.length; k++) {
            v[k] /= norm;
        }
        return true;
    }

    /**
     * Pearson's correlation from the sums {n, Σx, Σy, Σx², Σy², Σxy}; NaN for fewer than two
     * points or no spread in either.
     */
    static double correlation(double[] s) {
        double n = s[0];
        double sxx = n * s[3] - s[1] * s[1];
        double syy = n * s[4] - s[2] * s[2];
        if (n < 2 || sxx <= 1e-12 * n * s[3] || syy <= 1e-12 * n * s[4]) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, (n * s[5] - s[1] * s[2]) / Math.sqrt(sxx * syy)));
    }
}
