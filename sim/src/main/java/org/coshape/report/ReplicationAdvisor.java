package org.coshape.report;

import org.apache.commons.math3.distribution.TDistribution;

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
        double sum = 0;
        int n = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mean = sum / n;
        double ss = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        return Math.sqrt(ss / (n - 1));
    }

    /** "n" or "more than MAX", for a table. */
    public static String words(int n) {
        return n > MAX ? "more than " + MAX : Integer.toString(n);
    }
}
