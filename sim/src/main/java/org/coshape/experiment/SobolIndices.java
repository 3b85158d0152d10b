package org.coshape.experiment;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * First-order, total and (on request) second-order Sobol indices from a Saltelli design, as SALib
 * computes them: the outputs are first centred on their mean over the whole design (the
 * first-order estimator multiplies f(B) by a difference, so an output far from zero, welfare
 * near 0.6 say, multiplies its noise by that offset and swamps the signal unless centred); then,
 * with V the variance of the f(A) and f(B) values,
 * S1_i = mean(f(B) (f(AB_i) - f(A))) / V (Saltelli et al. 2010),
 * ST_i = mean((f(A) - f(AB_i))^2) / (2V) (Jansen 1999) and
 * S2_ij = mean(f(BA_i) f(AB_j) - f(A) f(B)) / V - S1_i - S1_j (Saltelli 2002).
 * 95% intervals are bootstrap percentiles over base rows. Rows with any missing value are
 * dropped, and the caller is told how many remain.
 */
public final class SobolIndices {

    /** Indices of one parameter for one output. */
    public record Index(
            int parameter, double s1, double s1Low, double s1High, double st, double stLow, double stHigh, int rows) {}

    /** The second-order index of a pair of parameters for one output. */
    public record Pair(int first, int second, double s2, double low, double high, int rows) {}

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
        int[] all = completeRows(a, b, ab, null);
        int n = all.length;
        Centred c = centre(a, b, ab, null, all);
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double s1 = first(c.a, c.b, c.ab[i], all);
            double st = total(c.a, c.b, c.ab[i], all);
            double[] s1s = new double[resamples];
            double[] sts = new double[resamples];
            int[] pick = new int[n];
            for (int r = 0; r < resamples; r++) {
                resample(all, pick, rng);
                s1s[r] = first(c.a, c.b, c.ab[i], pick);
                sts[r] = total(c.a, c.b, c.ab[i], pick);
            }
            Arrays.sort(s1s);
            Arrays.sort(sts);
            out.add(new Index(i, s1, pct(s1s, 0.025), pct(s1s, 0.975), st, pct(sts, 0.025), pct(sts, 0.975), n));
        }
        return out;
    }

    /** Second-order indices of every pair of parameters, with bootstrap intervals. */
    public static List<Pair> secondOrder(
            double[] a, double[] b, double[][] ab, double[][] ba, int resamples, long seed) {
        int k = ab.length;
        int[] all = completeRows(a, b, ab, ba);
        int n = all.length;
        Centred c = centre(a, b, ab, ba, all);
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double s2 = second(c, i, j, all);
                double[] s = new double[resamples];
                int[] pick = new int[n];
                for (int r = 0; r < resamples; r++) {
                    resample(all, pick, rng);
                    s[r] = second(c, i, j, pick);
                }
                Arrays.sort(s);
                out.add(new Pair(i, j, s2, pct(s, 0.025), pct(s, 0.975), n));
            }
        }
        return out;
    }

    /** The outputs minus their mean over every value of the complete rows. */
    private record Centred(double[] a, double[] b, double[][] ab, double[][] ba) {}

    private static Centred centre(double[] a, double[] b, double[][] ab, double[][] ba, int[] rows) {
        double sum = 0;
        long count = 0;
        for (int j : rows) {
            sum += a[j] + b[j];
            count += 2;
            for (double[] x : ab) {
                sum += x[j];
                count++;
            }
            if (ba != null) {
                for (double[] x : ba) {
                    sum += x[j];
                    count++;
                }
            }
        }
        double mean = count == 0 ? 0 : sum / count;
        return new Centred(
                minus(a, mean),
                minus(b, mean),
                Arrays.stream(ab).map(x -> minus(x, mean)).toArray(double[][]::new),
                ba == null ? null : Arrays.stream(ba).map(x -> minus(x, mean)).toArray(double[][]::new));
    }

    private static double[] minus(double[] x, double m) {
        double[] out = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            out[j] = x[j] - m;
        }
        return out;
    }

    private static int[] completeRows(double[] a, double[] b, double[][] ab, double[][] ba) {
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < a.length; j++) {
            boolean ok = !Double.isNaN(a[j]) && !Double.isNaN(b[j]);
            for (int i = 0; i < ab.length && ok; i++) {
                ok = !Double.isNaN(ab[i][j]) && (ba == null || !Double.isNaN(ba[i][j]));
            }
            if (ok) {
                rows.add(j);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void resample(int[] all, int[] pick, MersenneTwisterFast rng) {
        for (int q = 0; q < pick.length; q++) {
            pick[q] = all[rng.nextInt(all.length)];
        }
    }

    /** The variance (population, as numpy's var) of the f(A) and f(B) values of {@code rows}. */
    private static double variance(double[] a, double[] b, int[] rows) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += a[j] + b[j];
        }
        mean /= 2.0 * n;
        double var = 0;
        for (int j : rows) {
            var += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
        }
        return var / (2.0 * n);
    }

    private static double first(double[] a, double[] b, double[] abi, int[] rows) {
        double var = rows.length < 2 ? Double.NaN : variance(a, b, rows);
        if (!(var > 0)) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j : rows) {
            sum += b[j] * (abi[j] - a[j]);
        }
        return sum / rows.length / var;
    }

    private static double total(double[] a, double[] b, double[] abi, int[] rows) {
        double var = rows.length < 2 ? Double.NaN : variance(a, b, rows);
        if (!(var > 0)) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j : rows) {
            sum += (a[j] - abi[j]) * (a[j] - abi[j]);
        }
        return sum / (2.0 * rows.length) / var;
    }

    private static double second(Centred c, int i, int k, int[] rows) {
        double var = rows.length < 2 ? Double.NaN : variance(c.a, c.b, rows);
        if (!(var > 0)) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j : rows) {
            sum += c.ba[i][j] * c.ab[k][j] - c.a[j] * c.b[j];
        }
        return sum / rows.length / var - first(c.a, c.b, c.ab[i], rows) - first(c.a, c.b, c.ab[k], rows);
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
