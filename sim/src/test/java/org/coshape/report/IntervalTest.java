package org.coshape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Confidence intervals against hand computation (t quantile from statistical tables). */
class IntervalTest {

    @Test
    void pairedDifferenceIntervalMatchesHandComputation() {
        double[] policy = {1.0, 1.2, 0.9, 1.1};
        double[] reference = {0.8, 1.0, 0.85, 0.95};
        // differences 0.2, 0.2, 0.05, 0.15: mean 0.15, sample variance 0.015 / 3 = 0.005,
        // standard error sqrt(0.005 / 4) = 0.0353553, t(0.975, 3) = 3.182446 -> half-width 0.1125167
        Interval d = Interval.paired(policy, reference);
        assertEquals(0.15, d.mean(), 1e-12);
        assertEquals(0.15 - 3.182446305284263 * Math.sqrt(0.005 / 4), d.low(), 1e-9);
        assertEquals(0.15 + 3.182446305284263 * Math.sqrt(0.005 / 4), d.high(), 1e-9);
        assertEquals(4, d.n());
        assertFalse(d.crossesZero());
    }

    @Test
    void meanIntervalAndItsEdgeCases() {
        Interval i = Interval.of(new double[] {2, 4, Double.NaN, 6});
        // mean 4, sd 2, n 3: t(0.975, 2) = 4.302653 -> half-width 4.302653 * 2 / sqrt(3)
        assertEquals(4, i.mean(), 1e-12);
        assertEquals(4.302652729911275 * 2 / Math.sqrt(3), i.halfWidth(), 1e-9);
        assertTrue(Double.isNaN(Interval.of(new double[] {1}).low()), "one value: no interval");
        assertTrue(Double.isNaN(Interval.of(new double[] {Double.NaN}).mean()));
        assertTrue(Interval.paired(new double[] {1, 2, 3}, new double[] {1.5, 1.5, 2.5})
                .crossesZero());
    }

    @Test
    void pairingRemovesTheSharedSeedEffect() {
        // large replicate-to-replicate variation shared by both policies, small consistent effect
        double[] reference = {0, 10, 20, 30, 40};
        double[] policy = {0.1, 10.11, 20.09, 30.1, 40.1};
        assertTrue(Interval.of(policy).halfWidth() > 10, "unpaired: the effect is lost in the spread");
        Interval paired = Interval.paired(policy, reference);
        assertFalse(paired.crossesZero(), "paired by seed: the effect is clear");
    }

    /**
     * conformity_share reached 1.008 in a report: five values near the top of [0, 1] with one
     * lower give a t-interval past 1. The bounded interval stays in [0, 1], still holds the
     * mean, and is the logit interval transformed back (computed here by hand).
     */
    @Test
    void anIntervalThatWouldLeaveTheRangeIsTransformedIntoIt() {
        double[] v = {0.99, 0.995, 0.999, 0.97, 0.9};
        Interval t = Interval.of(v);
        assertTrue(t.high() > 1, "the t-interval leaves the range: " + t.high());
        Interval b = Interval.of(v, 0, 1);
        assertEquals(t.mean(), b.mean(), 0, "the mean is the values' mean");
        assertTrue(b.low() >= 0 && b.high() <= 1, b.low() + " " + b.high());
        assertTrue(b.low() <= b.mean() && b.mean() <= b.high());
        double[] z = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            z[i] = Math.log(v[i] / (1 - v[i]));
        }
        Interval zt = Interval.of(z);
        assertEquals(1 / (1 + Math.exp(-zt.high())), b.high(), 1e-12);
        Interval inside = Interval.of(new double[] {0.4, 0.5, 0.6}, 0, 1);
        assertEquals(Interval.of(new double[] {0.4, 0.5, 0.6}), inside, "inside the range nothing changes");
        Interval oneSided = Interval.of(new double[] {0.001, 0.002, 0.2}, 0, Double.POSITIVE_INFINITY);
        assertTrue(oneSided.low() >= 0, "a count-like metric stays non-negative: " + oneSided.low());
    }

    /** The p-value from a paired interval equals a paired t-test's (hand-computed t statistic). */
    @Test
    void pValueMatchesAPairedTTest() {
        Interval d = Interval.paired(new double[] {1.0, 1.2, 0.9, 1.1}, new double[] {0.8, 1.0, 0.85, 0.95});
        // t = 0.15 / sqrt(0.005 / 4) = 4.2426, 3 degrees of freedom: two-sided p = 0.02401
        double t = 0.15 / Math.sqrt(0.005 / 4);
        double p = 2 * new org.apache.commons.math3.distribution.TDistribution(3).cumulativeProbability(-t);
        assertEquals(p, d.pValue(), 1e-9);
        assertEquals(0.0240, d.pValue(), 1e-4);
    }
}
