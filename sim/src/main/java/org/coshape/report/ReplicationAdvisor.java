package org.coshape.report;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * How many replications a 95% t-interval needs to reach a chosen half-width, from the standard
 * deviation seen in a pilot: the smallest n >= 2 with t(0.975, n - 1) s / sqrt(n) <= h. The pilot's
 * s is itself uncertain, so the answer is a planning figure, not a guarantee.
 */
public final class ReplicationAdvisor {
    /** The most replications the advisor names; beyond it the answer is "more than" this. */
    public static final int MAX = 100_000;

    private ReplicationAdvisor() {}

    /** Replications needed for half-width {@code h} at standard deviation {@code sd}; MAX + 1 when beyond MAX. */
    public static int needed(double sd, double h) {
        if (!(sd > 0)) {
            return 2;
        }
        // normal approximation as a start, then walk to the exact t answer
        int n = Math.max(2, (int) Math.floor(StrictMath.pow(1.959963984540054 * sd / h, 2)));
        if (n > MAX) {
            return MAX + 1;
        }
        while (n > 2 && halfWidth(sd, n - 1) <= h) {
            n--;
        }
        while (halfWidth(sd, n) > h) {
            n++;
            if (n > MAX) {
                return MAX + 1;
            }
        }
        return n;
    }

    /** The 95% t half-width of a mean of n values of standard deviation sd. */
    static double halfWidth(double sd, int n) {
        return new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    }

    /** The sample standard deviation of the non-NaN values, or NaN with fewer than two. */
    public static double sd(double[] values) {
        double[] kept = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        return kept.length < 2 ? Double.NaN : new StandardDeviation().evaluate(kept);
    }

    /**
     * The advice for one metric: the largest standard deviation of the paired differences
     * ({@code others} minus {@code reference}, replicate by replicate), the replications it needs
     * for half-width {@code h}, and those that would tell the smallest mean difference from zero
     * with room to spare (half-width |mean| / 2, at that policy's spread; -1 when no difference
     * is not zero). With no other policy, the spread is that of the reference's values; null when
     * there is no spread to see.
     */
    public static Advice advise(double[] reference, List<double[]> others, double h) {
        double sd = others.isEmpty() ? sd(reference) : Double.NaN;
        int resolve = -1;
        double smallest = Double.POSITIVE_INFINITY;
        for (double[] a : others) {
            double[] d = new double[Math.min(a.length, reference.length)];
            for (int r = 0; r < d.length; r++) {
                d[r] = a[r] - reference[r];
            }
            double s = sd(d);
            if (Double.isNaN(s)) {
                continue;
            }
            double mean = Interval.of(d).mean();
            sd = Double.isNaN(sd) || s > sd ? s : sd;
            if (Math.abs(mean) < smallest) {
                smallest = Math.abs(mean);
                resolve = mean == 0 ? -1 : needed(s, Math.abs(mean) / 2);
            }
        }
        return Double.isNaN(sd) ? null : new Advice(sd, needed(sd, h), resolve);
    }

    /** One metric's advice; {@code toResolve} -1 when there is no difference to tell from zero. */
    public record Advice(double sd, int forHalfWidth, int toResolve) {
        /** The two counts as a table shows them. */
        public String forHalfWidthWords() {
            return words(forHalfWidth);
        }

        public String toResolveWords() {
            return toResolve < 0 ? "n/a" : words(toResolve);
        }
    }

    /** "n" or "more than MAX", for a table. */
    public static String words(int n) {
        return n > MAX ? "more than " + MAX : Integer.toString(n);
    }
}
