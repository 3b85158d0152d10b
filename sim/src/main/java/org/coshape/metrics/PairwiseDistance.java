package org.coshape.metrics;

import java.util.SplittableRandom;

/**
 * The mean pairwise RMS distance between people's values (the {@code polarization} metric):
 * exact over every pair when there are at most {@link #PAIRS} pairs, else over {@link #PAIRS}
 * pairs drawn uniformly (with replacement) from a generator seeded once per row, so every record
 * of a run measures the same slots and the series is not jittered by resampling. Each pair's
 * distance lies in [0, 2], so by Hoeffding's inequality the sampled mean is within
 * {@link #BOUND} of the exact one with probability at least 1 - 2 exp(-PAIRS BOUND^2 / 2),
 * about 1 - 3e-7 ({@code PairwiseDistanceTest} checks it against the exact mean).
 */
public final class PairwiseDistance {
    /** Pairs measured when there are more. */
    public static final int PAIRS = 50_000;
    /** The sampled mean's error bound (see the class comment). */
    public static final double BOUND = 0.025;

    private PairwiseDistance() {}

    /**
     * The mean RMS distance over pairs of the {@code size} people {@code who[0..size)} (or
     * people 0..size-1 when {@code who} is null) whose values are {@code v[base + i*d ..]}; NaN
     * for fewer than two people.
     */
    public static double mean(float[] v, int base, int d, int[] who, int size, long seed) {
        if (size < 2) {
            return Double.NaN;
        }
        double sum = 0;
        long pairs = (long) size * (size - 1) / 2;
        if (pairs <= PAIRS) {
            for (int a = 0; a < size; a++) {
                for (int b = a + 1; b < size; b++) {
                    sum += distance(v, base, d, id(who, a), id(who, b));
                }
            }
            return sum / pairs;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int q = 0; q < PAIRS; q++) {
            int a = rng.nextInt(size);
            int b = rng.nextInt(size - 1);
            if (b >= a) {
                b++;
            }
            sum += distance(v, base, d, id(who, a), id(who, b));
        }
        return sum / PAIRS;
    }

    private static int id(int[] who, int k) {
        return who == null ? k : who[k];
    }

    private static double distance(float[] v, int base, int d, int i, int j) {
        int a = base + i * d;
        int b = base + j * d;
        double s = 0;
        for (int k = 0; k < d; k++) {
            double x = v[a + k] - v[b + k];
            s += x * x;
        }
        return Math.sqrt(s / d);
    }
}
