package org.coshape.random;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Counter-based randomness: a draw is a pure function of (seed, tick, person, purpose), so a
 * parallel phase gives the same numbers whatever the thread count or chunk order. A stream key
 * is hashed once per phase ({@link #key}); a person's draw is then one SplitMix64 finaliser of
 * {@code key + person * golden}, i.e. element {@code person} of a SplitMix64 sequence started at
 * a pseudo-random point.
 */
public final class CounterRng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private CounterRng() {}

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as used by SplitMix64. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The key of one stream: a hash of the seed and up to three counters. */
    public static long key(long seed, long a, long b, long c) {
        long h = mix(seed + GOLDEN);
        h = mix(h ^ (a + 0x632BE59BD9B4E019L) * GOLDEN);
        h = mix(h ^ (b + 0x8CB92BA72F3D8DD7L) * GOLDEN);
        return mix(h ^ (c + 0x5851F42D4C957F2DL) * GOLDEN);
    }

    /** 64 random bits for element {@code i} of the stream {@code key}. */
    public static long bits(long key, long i) {
        return mix(key + i * GOLDEN);
    }

    /** Uniform on [0, 1) with 53 random bits. */
    public static double uniform(long key, long i) {
        return (bits(key, i) >>> 11) * 0x1.0p-53;
    }

    /** Uniform on [0, 1) with 24 random bits (enough for coin flips against float probabilities). */
    public static float uniformFloat(long key, long i) {
        return (bits(key, i) >>> 40) * 0x1.0p-24f;
    }

    /** A standard normal from elements 2i and 2i+1 of the stream (Box-Muller). */
    public static double normal(long key, long i) {
        double u1 = 1.0 - uniform(key, 2 * i);
        double u2 = uniform(key, 2 * i + 1);
        return Math.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** Uniform integer in [0, n) (Lemire's multiply-shift; bias below 2^-32 for n below 2^31). */
    public static int below(long key, long i, int n) {
        return (int) (((bits(key, i) >>> 32) * n) >>> 32);
    }

    /**
     * A MASON generator for sequential work (network generation, designer draws), seeded with all
     * 64 bits of the key: {@code MersenneTwisterFast.setSeed(long)} would keep only 32.
     */
    public static MersenneTwisterFast mason(long key) {
        return new MersenneTwisterFast(
                new int[] {(int) key, (int) (key >>> 32), (int) mix(key), (int) (mix(key) >>> 32)});
    }

    /** A Commons Math generator for distribution sampling inside one chunk, seeded from the key. */
    public static RandomGenerator commons(long key) {
        return new MersenneTwister(new int[] {(int) key, (int) (key >>> 32), (int) mix(key), (int) (mix(key) >>> 32)});
    }
}
