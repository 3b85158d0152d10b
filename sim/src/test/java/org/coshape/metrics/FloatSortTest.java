package org.coshape.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.coshape.concurrent.ChunkPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pool's sort and the merge give exactly what one {@code Arrays.sort} gives, at any thread count. */
class FloatSortTest {

    /** Values with many ties, both zeros, subnormals and infinities (no NaN, as welfare never is). */
    private static float[] values(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] special = {
            0f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1f, 0.5f
        };
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (r.nextInt(3)) {
                case 0 -> special[r.nextInt(special.length)];
                case 1 -> r.nextInt(50) / 7f;
                default -> (float) r.nextGaussian();
            };
        }
        return x;
    }

    private static float[] reference(float[] x, int count) {
        float[] y = Arrays.copyOf(x, count);
        Arrays.sort(y);
        return y;
    }

    /** Threads as processors (so 3 and 5 parts run on a 2-core machine too), and more threads than processors. */
    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "3, 3", "5, 5", "8, 2"})
    void sortsLikeArraysSortAtAnyThreadCount(int threads, int processors) {
        try (ChunkPool pool = new ChunkPool(threads, processors)) {
            for (int n : new int[] {0, 5, FloatSort.PARALLEL_FROM - 1, FloatSort.PARALLEL_FROM + 7, 200_003}) {
                float[] x = values(n + 11, n);
                float[] expected = reference(x, n);
                float[] got = FloatSort.sorted(x.clone(), n, pool);
                assertArrayEquals(expected, Arrays.copyOf(got, n), "n = " + n);
            }
        }
    }

    /** Any number of runs (odd counts carry a run to the next level), of any lengths, some empty. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 7, 8, 9, 33})
    void mergingManyRunsIsSortingTheirUnion(int k) {
        SplittableRandom r = new SplittableRandom(k);
        float[][] runs = new float[k][];
        int[] counts = new int[k];
        float[] union = new float[0];
        for (int i = 0; i < k; i++) {
            int len = r.nextInt(4) == 0 ? 0 : r.nextInt(1, 3000);
            float[] x = values(len + 3, 100 + i); // three values past the count, which must be ignored
            float[] run = reference(x, len);
            runs[i] = Arrays.copyOf(run, len + 3);
            counts[i] = len;
            union = Arrays.copyOf(union, union.length + len);
            System.arraycopy(run, 0, union, union.length - len, len);
        }
        float[] merged = FloatSort.mergedAll(runs, counts);
        assertArrayEquals(reference(union, union.length), Arrays.copyOf(merged, union.length), k + " runs");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1000, 65_537})
    void mergingTwoSortedRunsIsSortingTheirUnion(int n) {
        float[] a = reference(values(n, 1), n);
        float[] b = reference(values(n / 2 + 3, 2), n / 2 + 3);
        float[] both = new float[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        float[] merged = FloatSort.merged(a, a.length, b, b.length);
        assertArrayEquals(reference(both, both.length), merged);
        assertEquals(both.length, merged.length);
    }
}
