package org.coshape.report;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with its 95% t-interval, from n values (NaN values are left out). With fewer than two
 * values the interval is undefined (NaN bounds).
 */
public record Interval(double mean, double low, double high, int n) {

    public static Interval of(double[] values) {
        double sum = 0;
        int n = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Interval(mean, Double.NaN, Double.NaN, n);
        }
        double ss = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return new Interval(mean, mean - t * se, mean + t * se, n);
    }

    /**
     * Paired differences {@code policy - reference} over replicates that share a seed (common
     * random numbers); pairs with a NaN side are left out.
     */
    public static Interval paired(double[] policy, double[] reference) {
        double[] diff = new double[Math.min(policy.length, reference.length)];
        for (int r = 0; r < diff.length; r++) {
            diff[r] = policy[r] - reference[r];
        }
        return of(diff);
    }

    /** Whether the interval contains zero (no difference shown at 95%). */
    public boolean crossesZero() {
        return !(low > 0 || high < 0);
    }

    public double halfWidth() {
        return (high - low) / 2;
    }
}
