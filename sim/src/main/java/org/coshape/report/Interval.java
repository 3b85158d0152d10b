package org.coshape.report;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with its 95% t-interval, from n values (NaN values are left out). With fewer than two
 * values the interval is undefined (NaN bounds). {@link #of(double[], double, double)} keeps the
 * interval inside the range a metric can take: when the t-interval leaves it, the interval is
 * computed on the logit (two bounds) or log (one bound) of the values and transformed back, which
 * respects the range by construction.
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

    /** Values clamped this close to a bound before the logit or log transform. */
    static final double EDGE = 1e-6;

    /**
     * The mean and a 95% interval inside [min, max]: the t-interval when it lies inside, else the
     * t-interval of the logit of (x - min) / (max - min) (of log(x - min) or log(max - x) when
     * only one bound is finite), transformed back and widened if need be to hold the mean, which is
     * the values' mean either way.
     */
    public static Interval of(double[] values, double min, double max) {
        Interval t = of(values);
        if (Double.isNaN(t.low()) || (t.low() >= min && t.high() <= max)) {
            return t;
        }
        boolean lower = Double.isFinite(min);
        boolean upper = Double.isFinite(max);
        double[] z = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (Double.isNaN(x)) {
                z[i] = Double.NaN;
            } else if (lower && upper) {
                double u = Math.min(1 - EDGE, Math.max(EDGE, (x - min) / (max - min)));
                z[i] = StrictMath.log(u / (1 - u));
            } else if (lower) {
                z[i] = StrictMath.log(Math.max(EDGE, x - min));
            } else {
                z[i] = StrictMath.log(Math.max(EDGE, max - x));
            }
        }
        Interval zt = of(z);
        double a;
        double b;
        if (lower && upper) {
            a = min + (max - min) / (1 + StrictMath.exp(-zt.low()));
            b = min + (max - min) / (1 + StrictMath.exp(-zt.high()));
        } else if (lower) {
            a = min + StrictMath.exp(zt.low());
            b = min + StrictMath.exp(zt.high());
        } else {
            a = max - StrictMath.exp(zt.high());
            b = max - StrictMath.exp(zt.low());
        }
        // the back-transformed interval is centred on the transformed values' mean; it is
        // widened, if need be, to hold the arithmetic mean that the tables report
        return new Interval(t.mean(), Math.min(a, t.mean()), Math.max(b, t.mean()), t.n());
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

    /**
     * The two-sided p-value of a t-test that the mean is 0, from this t-interval (NaN with fewer
     * than two values); with a zero-width interval, 0 when the mean is not 0, else 1.
     */
    public double pValue() {
        if (n < 2 || Double.isNaN(low)) {
            return Double.NaN;
        }
        TDistribution t = new TDistribution(n - 1);
        double se = halfWidth() / t.inverseCumulativeProbability(0.975);
        if (!(se > 0)) {
            return mean == 0 ? 1 : 0;
        }
        return 2 * t.cumulativeProbability(-Math.abs(mean) / se);
    }

    public double halfWidth() {
        return (high - low) / 2;
    }
}
