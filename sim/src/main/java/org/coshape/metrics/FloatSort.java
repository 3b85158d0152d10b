package org.coshape.metrics;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;

/**
 * Ascending sorts of floats on a pool's threads. The welfare Gini of each record needs every
 * answered person's welfare in order, and at 10^6 people one sort per row would be the slowest
 * part of a record. Here parts are sorted with
 * {@code Arrays.sort} on the pool's threads and merged; the group rows are sorted once and the
 * row of everyone is merged from them. Merging compares as {@code Arrays.sort} orders
 * ({@link Float#compare}: -0.0 before 0.0), and floats without NaN have a single ascending
 * order, so the result is the same bits for any number of parts or threads.
 */
public final class FloatSort {
    /** Below this many values one {@code Arrays.sort} on the calling thread is quicker than a hand-off. */
    static final int PARALLEL_FROM = 1 << 15;

    private FloatSort() {}

    /**
     * The first {@code count} values of {@code x} in ascending order: {@code x} itself, sorted in
     * place, or (when sorted in parts) a new array, with {@code x} left sorted part by part.
     */
    public static float[] sorted(float[] x, int count, ChunkPool pool) {
        int parts = count < PARALLEL_FROM ? 1 : pool.concurrency();
        if (parts == 1) {
            Arrays.sort(x, 0, count);
            return x;
        }
        pool.forEachRange(count, parts, (lo, hi) -> Arrays.sort(x, lo, hi));
        float[][] runs = new float[parts][];
        int[] counts = new int[parts];
        for (int k = 0; k < parts; k++) {
            int lo = ChunkPool.rangeStart(count, parts, k);
            int hi = ChunkPool.rangeStart(count, parts, k + 1);
            runs[k] = Arrays.copyOfRange(x, lo, hi);
            counts[k] = hi - lo;
        }
        return mergedAll(runs, counts);
    }

    /**
     * The first {@code counts[k]} values of each {@code runs[k]} (each ascending) merged into
     * one ascending array, neighbouring runs pairwise, level by level: log2(runs) passes over
     * the values however many runs there are. With one run, that run itself. Uses both arrays
     * as scratch.
     */
    public static float[] mergedAll(float[][] runs, int[] counts) {
        if (runs.length == 0) {
            return new float[0];
        }
        for (int live = runs.length; live > 1; live = (live + 1) / 2) {
            for (int k = 0; k < live / 2; k++) {
                int na = counts[2 * k];
                int nb = counts[2 * k + 1];
                runs[k] = merged(runs[2 * k], na, runs[2 * k + 1], nb);
                counts[k] = na + nb;
            }
            if (live % 2 == 1) {
                runs[live / 2] = runs[live - 1];
                counts[live / 2] = counts[live - 1];
            }
        }
        return runs[0];
    }

    /** The first {@code na} values of {@code a} and {@code nb} of {@code b}, both ascending, merged. */
    static float[] merged(float[] a, int na, float[] b, int nb) {
        float[] out = new float[na + nb];
        int i = 0;
        int j = 0;
        int o = 0;
        while (i < na && j < nb) {
            out[o++] = Float.compare(b[j], a[i]) < 0 ? b[j++] : a[i++];
        }
        System.arraycopy(a, i, out, o, na - i);
        System.arraycopy(b, j, out, o + na - i, nb - j);
        return out;
    }
}
