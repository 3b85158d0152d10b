package org.coshape.model;

import java.util.Arrays;

/**
 * The averaging social rules for any number of dimensions, one person at a time: the general
 * loops {@link FixedWidthKernels} and {@link NarrowWidthKernels} must equal bit for bit
 * ({@code SocialKernelsTest}), and the ones that run for d above 8.
 */
final class GeneralWidthKernels {
    private GeneralWidthKernels() {}

    /**
     * The DeGroot / Friedkin-Johnsen update of people [from, to) for any d ({@code anchoring} null
     * for DeGroot). Neighbour sums run four dimensions at a time with the partial sums in
     * registers (see {@link #weightedMean}); each sum still adds its terms in neighbour order.
     * The neighbour records are touched first as {@code touch} says (see
     * {@link FixedWidthKernels} for why here and not in the caller); returns the loads' sum.
     */
    static float linearGeneric(
            int d,
            int base,
            float[] v,
            float[] out,
            float[] own,
            float[] anchoring,
            int[] off,
            int[] rec,
            float[] wt,
            double rate,
            int from,
            int to,
            int touch,
            Scratch sc) {
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, d, touch);
        double[] m = sc.sums(d);
        for (int i = from; i < to; i++) {
            int s = off[i];
            int e = off[i + 1];
            int vb = base + i * d;
            double a = anchoring == null ? 0 : anchoring[i];
            if (s == e) {
                for (int k = 0; k < d; k++) {
                    out[vb + k] = (float) ((1 - a) * v[vb + k] + a * own[vb + k]);
                }
                continue;
            }
            double[] w = sc.weights(e - s);
            double sw = 0;
            for (int q = s; q < e; q++) {
                double wq = wt == null ? 1 : wt[q];
                w[q - s] = wq;
                sw += wq;
            }
            Arrays.fill(m, 0, d, 0);
            weightedMean(v, d, rec, s, e, w, m);
            for (int k = 0; k < d; k++) {
                out[vb + k] = FixedWidthKernels.step(v[vb + k], m[k], sw, rate, a, own[vb + k]);
            }
        }
        return sink;
    }

    /**
     * Hegselmann-Krause for people [from, to) and any d, in two passes per person: first each
     * neighbour's weight (each distance is an independent chain, so the core overlaps
     * neighbours), then the sums as in {@link #weightedMean}. Touches the neighbour records
     * first as {@code touch} says and returns the loads' sum, as {@link #linearGeneric}.
     */
    static float boundedConfidenceGeneric(
            int d,
            int base,
            float[] v,
            float[] out,
            int[] off,
            int[] rec,
            float[] wt,
            double c2,
            int from,
            int to,
            int touch,
            Scratch sc) {
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, d, touch);
        double[] m = sc.sums(d);
        for (int i = from; i < to; i++) {
            int vb = base + i * d;
            int s = off[i];
            int e = off[i + 1];
            double[] w = sc.weights(e - s);
            double sw = 1;
            for (int q = s; q < e; q++) {
                int nb = rec[q];
                double dist = 0;
                for (int k = 0; k < d; k++) {
                    double x = v[nb + k] - v[vb + k];
                    dist += x * x;
                }
                double wq = within(dist, c2) * (wt == null ? 1 : wt[q]);
                w[q - s] = wq;
                sw += wq;
            }
            for (int k = 0; k < d; k++) {
                m[k] = v[vb + k];
            }
            weightedMean(v, d, rec, s, e, w, m);
            for (int k = 0; k < d; k++) {
                out[vb + k] = (float) (m[k] / sw);
            }
        }
        return sink;
    }

    /**
     * Adds {@code sum_q w[q-s] v[rec[q] + k]} over neighbours q in [s, e) to each {@code m[k]}. Four
     * dimensions at a time with their sums in registers: a generic loop over d keeps m in memory
     * and chains every neighbour's add through a store and a load.
     * Each m[k] still receives its terms in neighbour order, so results are bit-identical to the
     * plain loop.
     */
    static void weightedMean(float[] v, int d, int[] rec, int s, int e, double[] w, double[] m) {
        int k = 0;
        for (; k + 3 < d; k += 4) {
            double m0 = m[k];
            double m1 = m[k + 1];
            double m2 = m[k + 2];
            double m3 = m[k + 3];
            for (int q = s; q < e; q++) {
                int nb = rec[q] + k;
                double wq = w[q - s];
                m0 += wq * v[nb];
                m1 += wq * v[nb + 1];
                m2 += wq * v[nb + 2];
                m3 += wq * v[nb + 3];
            }
            m[k] = m0;
            m[k + 1] = m1;
            m[k + 2] = m2;
            m[k + 3] = m3;
        }
        for (; k < d; k++) {
            double mk = m[k];
            for (int q = s; q < e; q++) {
                mk += w[q - s] * v[rec[q] + k];
            }
            m[k] = mk;
        }
    }

    /**
     * 1 when {@code dist <= c2}, else 0, without a branch: whether a neighbour is within
     * confidence is a coin flip to the branch predictor, and a mispredicted branch per neighbour
     * costs more than the whole distance computation. It compares in integers: for doubles that
     * are not negative (and not NaN), as distances and squared radii are, the raw bit patterns
     * order as the values do, so their difference is negative exactly when dist > c2. The
     * floating-point form (the sign of c2 - dist, converted) cost two operations on the pipes the
     * kernels' additions already fill.
     */
    static double within(double dist, double c2) {
        long over = Double.doubleToRawLongBits(c2) - Double.doubleToRawLongBits(dist);
        return Double.longBitsToDouble(~(over >> 63) & ONE_BITS);
    }

    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

    /** Per-thread scratch, reused across ticks (no allocation per tick). */
    static final class Scratch {
        private double[] sums = new double[16];
        private double[] weights = new double[64];

        @SuppressWarnings("UnusedVariable") // written only, so that the touch loops' loads are kept
        private float sink;

        double[] sums(int d) {
            if (sums.length < d) {
                sums = new double[d];
            }
            return sums;
        }

        /** Room for one person's neighbour weights; grows (rarely) to the largest degree seen. */
        double[] weights(int degree) {
            if (weights.length < degree) {
                weights = new double[Math.max(degree, 2 * weights.length)];
            }
            return weights;
        }

        /** Keeps the touch loops' result observable. */
        void sink(float x) {
            sink += x;
        }
    }
}
