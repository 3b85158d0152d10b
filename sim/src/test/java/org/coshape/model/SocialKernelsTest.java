package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixed-width social kernels must give the generic loops' results bit for bit (same terms,
 * same order, same precision); otherwise a run's numbers would depend on how many values it has
 * in a way the model does not say.
 */
class SocialKernelsTest {

    /** Person 0's offset in the value arrays; not 0, so that a kernel ignoring it fails. */
    private static final int BASE = 3;

    /**
     * A random directed graph with varying degrees (incl. 0) and optional weights, and random
     * values from {@link #BASE} on; the padding before them is NaN, so a read of it shows.
     */
    private record Case(
            int n, int d, int[] off, int[] tg, int[] rec, float[] wt, float[] v, float[] own, float[] anchoring) {
        static Case random(int n, int d, boolean weighted, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            int[] off = new int[n + 1];
            for (int i = 0; i < n; i++) {
                off[i + 1] = off[i] + r.nextInt(0, 25);
            }
            int[] tg = new int[off[n]];
            float[] wt = weighted ? new float[off[n]] : null;
            for (int q = 0; q < tg.length; q++) {
                tg[q] = r.nextInt(n);
                if (weighted) {
                    wt[q] = (float) r.nextDouble(0.01, 3);
                }
            }
            float[] v = new float[BASE + n * d];
            float[] own = new float[BASE + n * d];
            for (int k = 0; k < BASE; k++) {
                v[k] = Float.NaN;
                own[k] = Float.NaN;
            }
            for (int k = BASE; k < v.length; k++) {
                v[k] = (float) r.nextDouble(-1, 1);
                own[k] = (float) r.nextDouble(-1, 1);
            }
            float[] anchoring = new float[n];
            for (int i = 0; i < n; i++) {
                anchoring[i] = (float) r.nextDouble();
            }
            int[] rec = new int[tg.length]; // each link's record offset, as NeighbourRecords computes it
            for (int q = 0; q < tg.length; q++) {
                rec[q] = BASE + tg[q] * d;
            }
            return new Case(n, d, off, tg, rec, wt, v, own, anchoring);
        }
    }

    @ParameterizedTest
    @CsvSource({"4, false, 1.2", "4, true, 1.8", "8, false, 1.8", "8, true, 2.4", "8, false, 6.0"})
    void boundedConfidenceMatchesGenericBitForBit(int d, boolean weighted, double confidence) {
        Case c = Case.random(3000, d, weighted, 11L * d + (weighted ? 1 : 0));
        double c2 = confidence * confidence;
        float[] fixed = new float[c.v.length];
        float[] generic = new float[c.v.length];
        int touch = d == 8 ? TouchLoop.TOUCH_LINES : TouchLoop.TOUCH_NONE;
        FixedWidthKernels.boundedConfidence(d, BASE, c.v, fixed, c.off, c.rec, c.wt, c2, 0, c.n, touch);
        GeneralWidthKernels.boundedConfidenceGeneric(
                d,
                BASE,
                c.v,
                generic,
                c.off,
                c.rec,
                c.wt,
                c2,
                0,
                c.n,
                TouchLoop.TOUCH_ENDS,
                new GeneralWidthKernels.Scratch());
        assertArrayEquals(generic, fixed);
        assertMoved(c.v, fixed);
    }

    @ParameterizedTest
    @CsvSource({"4, false, false", "4, true, true", "8, false, true", "8, true, false"})
    void linearMatchesGenericBitForBit(int d, boolean weighted, boolean anchored) {
        Case c = Case.random(3000, d, weighted, 31L * d + (weighted ? 1 : 0));
        float[] anchoring = anchored ? c.anchoring : null;
        float[] fixed = new float[c.v.length];
        float[] generic = new float[c.v.length];
        int touch = d == 4 ? TouchLoop.TOUCH_ENDS : TouchLoop.TOUCH_NONE;
        FixedWidthKernels.linear(d, BASE, c.v, fixed, c.own, anchoring, c.off, c.rec, c.wt, 0.3, 0, c.n, touch);
        GeneralWidthKernels.linearGeneric(
                d,
                BASE,
                c.v,
                generic,
                c.own,
                anchoring,
                c.off,
                c.rec,
                c.wt,
                0.3,
                0,
                c.n,
                TouchLoop.TOUCH_NONE,
                new GeneralWidthKernels.Scratch());
        assertArrayEquals(generic, fixed);
        assertMoved(c.v, fixed);
    }

    /**
     * The kernels for the other widths up to 8 (the d = 4 and d = 8 kernels with the missing
     * values taken as 0) against the generic loops, for both kinds of rule; records of these
     * widths straddle cache lines, so the touch loop reads each record's ends.
     */
    @ParameterizedTest
    @CsvSource({
        "1, false, 0.4",
        "2, true, 0.9",
        "3, false, 1.2",
        "3, true, 6.0",
        "5, false, 1.6",
        "6, true, 1.8",
        "7, false, 2.0",
        "7, true, 9.0"
    })
    void narrowWidthsMatchGenericBitForBit(int d, boolean weighted, double confidence) {
        Case c = Case.random(3000, d, weighted, 71L * d + (weighted ? 1 : 0));
        double c2 = confidence * confidence;
        float[] narrow = new float[c.v.length];
        float[] generic = new float[c.v.length];
        // the second half first, as another thread may run it: a store past a record would show
        int half = c.n / 2 + 1;
        FixedWidthKernels.boundedConfidence(
                d, BASE, c.v, narrow, c.off, c.rec, c.wt, c2, half, c.n, TouchLoop.TOUCH_ENDS);
        FixedWidthKernels.boundedConfidence(
                d, BASE, c.v, narrow, c.off, c.rec, c.wt, c2, 0, half, TouchLoop.TOUCH_ENDS);
        GeneralWidthKernels.boundedConfidenceGeneric(
                d,
                BASE,
                c.v,
                generic,
                c.off,
                c.rec,
                c.wt,
                c2,
                0,
                c.n,
                TouchLoop.TOUCH_NONE,
                new GeneralWidthKernels.Scratch());
        assertArrayEquals(generic, narrow);
        assertMoved(c.v, narrow);
        FixedWidthKernels.linear(
                d, BASE, c.v, narrow, c.own, c.anchoring, c.off, c.rec, c.wt, 0.3, half, c.n, TouchLoop.TOUCH_ENDS);
        FixedWidthKernels.linear(
                d, BASE, c.v, narrow, c.own, c.anchoring, c.off, c.rec, c.wt, 0.3, 0, half, TouchLoop.TOUCH_ENDS);
        GeneralWidthKernels.linearGeneric(
                d,
                BASE,
                c.v,
                generic,
                c.own,
                c.anchoring,
                c.off,
                c.rec,
                c.wt,
                0.3,
                0,
                c.n,
                TouchLoop.TOUCH_NONE,
                new GeneralWidthKernels.Scratch());
        assertArrayEquals(generic, narrow);
        assertMoved(c.v, narrow);
    }

    /** Widths 1 to 8 run the kernels (4 and 8 written out, the others narrowed); wider ones the generic loops. */
    @Test
    void kernelsCoverWidthsOneToEight() {
        for (int d = 1; d <= 8; d++) {
            assertTrue(FixedWidthKernels.supports(d), "d = " + d);
        }
        for (int d : new int[] {0, 9, 12}) {
            assertFalse(FixedWidthKernels.supports(d), "d = " + d);
        }
    }

    /**
     * Both the fixed-width kernels and the generic loops against the rules as a textbook writes
     * them (float differences, plain double products and sums, neighbours in list order): the
     * kernels' fused multiply-adds and integer radius test must not change a bit.
     */
    @ParameterizedTest
    @CsvSource({
        "1, true",
        "2, false",
        "3, true",
        "4, false",
        "4, true",
        "5, false",
        "5, true",
        "6, false",
        "7, true",
        "8, false",
        "8, true"
    })
    void kernelsMatchTheTextbookLoopsBitForBit(int d, boolean weighted) {
        Case c = Case.random(2500, d, weighted, 53L * d + (weighted ? 1 : 0));
        double c2 = 0.3 * d; // about half the neighbours within confidence
        float[] generic = new float[c.v.length];
        GeneralWidthKernels.boundedConfidenceGeneric(
                d,
                BASE,
                c.v,
                generic,
                c.off,
                c.rec,
                c.wt,
                c2,
                0,
                c.n,
                TouchLoop.TOUCH_ENDS,
                new GeneralWidthKernels.Scratch());
        float[] expected = textbookBoundedConfidence(c, c2);
        assertArrayEquals(expected, generic);
        assertMoved(c.v, generic);
        float[] linear = new float[c.v.length];
        GeneralWidthKernels.linearGeneric(
                d,
                BASE,
                c.v,
                linear,
                c.own,
                c.anchoring,
                c.off,
                c.rec,
                c.wt,
                0.3,
                0,
                c.n,
                TouchLoop.TOUCH_NONE,
                new GeneralWidthKernels.Scratch());
        float[] expectedLinear = textbookLinear(c, 0.3);
        assertArrayEquals(expectedLinear, linear);
        if (FixedWidthKernels.supports(d)) {
            float[] fixed = new float[c.v.length];
            FixedWidthKernels.boundedConfidence(
                    d, BASE, c.v, fixed, c.off, c.rec, c.wt, c2, 0, c.n, TouchLoop.TOUCH_ENDS);
            assertArrayEquals(expected, fixed);
            FixedWidthKernels.linear(
                    d, BASE, c.v, fixed, c.own, c.anchoring, c.off, c.rec, c.wt, 0.3, 0, c.n, TouchLoop.TOUCH_NONE);
            assertArrayEquals(expectedLinear, fixed);
        }
    }

    /** Hegselmann-Krause from its definition: the mean over self and neighbours within confidence. */
    private static float[] textbookBoundedConfidence(Case c, double c2) {
        int d = c.d;
        float[] out = new float[c.v.length];
        for (int i = 0; i < c.n; i++) {
            int vb = BASE + i * d;
            double[] m = new double[d];
            for (int k = 0; k < d; k++) {
                m[k] = c.v[vb + k];
            }
            double sw = 1;
            for (int q = c.off[i]; q < c.off[i + 1]; q++) {
                int nb = BASE + c.tg[q] * d;
                double dist = 0;
                for (int k = 0; k < d; k++) {
                    double x = c.v[nb + k] - c.v[vb + k];
                    dist += x * x;
                }
                double w = (dist <= c2 ? 1 : 0) * (c.wt == null ? 1 : c.wt[q]);
                sw += w;
                for (int k = 0; k < d; k++) {
                    m[k] += w * c.v[nb + k];
                }
            }
            for (int k = 0; k < d; k++) {
                out[vb + k] = (float) (m[k] / sw);
            }
        }
        return out;
    }

    /** Friedkin-Johnsen (DeGroot when anchoring is 0) from its definition, in the kernels' order of terms. */
    private static float[] textbookLinear(Case c, double rate) {
        int d = c.d;
        float[] out = new float[c.v.length];
        for (int i = 0; i < c.n; i++) {
            int vb = BASE + i * d;
            double a = c.anchoring[i];
            double sw = 0;
            double[] m = new double[d];
            for (int q = c.off[i]; q < c.off[i + 1]; q++) {
                double w = c.wt == null ? 1 : c.wt[q];
                sw += w;
                for (int k = 0; k < d; k++) {
                    m[k] += w * c.v[BASE + c.tg[q] * d + k];
                }
            }
            for (int k = 0; k < d; k++) {
                out[vb + k] = sw == 0
                        ? (float) ((1 - a) * c.v[vb + k] + a * c.own[vb + k])
                        : (float) ((1 - a) * ((1 - rate) * c.v[vb + k] + rate * (m[k] / sw)) + a * c.own[vb + k]);
            }
        }
        return out;
    }

    /**
     * Guards against a comparison of two untouched outputs (most people must have moved) and of
     * two outputs that both read the NaN padding before person 0.
     */
    private static void assertMoved(float[] before, float[] after) {
        int moved = 0;
        for (int k = BASE; k < before.length; k++) {
            assertFalse(Float.isNaN(after[k]), "value " + k + " is NaN: a kernel read the padding");
            if (before[k] != after[k]) {
                moved++;
            }
        }
        int values = before.length - BASE;
        assertTrue(moved > values / 2, "only " + moved + " of " + values + " values changed");
    }

    @Test
    void withinIsTheClosedConfidenceBall() {
        double c2 = 0.25;
        assertEquals(1.0, GeneralWidthKernels.within(0, c2));
        assertEquals(1.0, GeneralWidthKernels.within(c2, c2));
        assertEquals(0.0, GeneralWidthKernels.within(Math.nextUp(c2), c2));
        assertEquals(1.0, GeneralWidthKernels.within(Math.nextDown(c2), c2));
        assertEquals(0.0, GeneralWidthKernels.within(7, c2));
        assertEquals(1.0, GeneralWidthKernels.within(0, 0));
        assertEquals(0.0, GeneralWidthKernels.within(Double.MIN_VALUE, 0));
        assertEquals(1.0, GeneralWidthKernels.within(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        assertEquals(0.0, GeneralWidthKernels.within(Double.MAX_VALUE, 1e300));
        assertEquals(1.0, GeneralWidthKernels.within(Double.MIN_VALUE, Double.MIN_NORMAL));
    }
}
