package org.coshape.experiment;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * First-order and total Sobol indices from a Saltelli design: with f(A), f(B) and f(AB_i) per
 * base row j, S1_i = mean(f(B) (f(AB_i) - f(A))) / V (Saltelli et al. 2010) and
 * ST_i = mean((f(A) - f(AB_i))^2) / (2V) (Jansen 1999), V the variance of all f(A) and f(B)
 * values. 95% intervals are bootstrap percentiles over base rows. Rows with any missing value are
 * dropped, and the caller is told how many remain.
 */
public final class SobolIndices {

    /** Indices of one parameter for one output. */
    public record Index(
            int parameter, double s1, double s1Low, double s1High, double st, double stLow, double stHigh, int rows) {}

    private SobolIndices() {}

    /**
     * Saltelli's first-order and Jansen's total indices with bootstrap intervals.
     *
     * @param a  f(A) per base row (NaN when missing)
     * @param b  f(B) per base row
     * @param ab f(AB_i) per parameter i and base row
     */
    public static List<Index> compute(double[] a, double[] b, double[][] ab, int resamples, long seed) {
        int k = ab.length;
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < a.length; j++) {
            boolean ok = !Double.isNaN(a[j]) && !Double.isNaN(b[j]);
            for (int i = 0; i < k && ok; i++) {
                ok = !Double.isNaN(ab[i][j]);
            }
            if (ok) {
                rows.add(j);
            }
        }
        int n = rows.size();
        int[] all = rows.stream().mapToInt(Integer::intValue).toArray();
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] est = estimate(a, b, ab[i], all);
            double[] s1s = new double[resamples];
            double[] sts = new double[resamples];
            int[] pick = new int[n];
            for (int r = 0; r < resamples; r++) {
                for (int q = 0; q < n; q++) {
                    pick[q] = all[rng.nextInt(n)];
                }
                double[] e = estimate(a, b, ab[i], pick);
                s1s[r] = e[0];
                sts[r] = e[1];
            }
            Arrays.sort(s1s);
            Arrays.sort(sts);
            out.add(new Index(
                    i, est[0], pct(s1s, 0.025), pct(s1s, 0.975), est[1], pct(sts, 0.025), pct(sts, 0.975), n));
        }
        return out;
    }

    private static double[] estimate(double[] a, double[] b, double[] abi, int[] rows) {
        int n = rows.length;
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mean = 0;
        for (int j : rows) {
            mean += a[j] + b[j];
        }
        mean /= 2 * n;
        double var = 0;
        double first = 0;
        double total = 0;
        for (int j : rows) {
            var += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
            first += b[j] * (abi[j] - a[j]);
            total += (a[j] - abi[j]) * (a[j] - abi[j]);
        }
        var /= 2 * n - 1;
        if (!(var > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {first / n / var, total / (2.0 * n) / var};
    }

    private static double pct(double[] sorted, double q) {
        if (sorted.length == 0 || Double.isNaN(sorted[0])) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
