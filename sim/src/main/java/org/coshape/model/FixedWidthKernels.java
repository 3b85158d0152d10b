package org.coshape.model;

/**
 * The social rules' per-person loops written out for d = 4 and d = 8 (the widths most scenarios
 * and the benchmarks use). With d known, a person's values and sums live in registers and each
 * neighbour record is loaded once, where the generic loops keep sums in memory and read every
 * record twice; C2 cannot do this itself because d is a run-time value. Every sum adds the same
 * terms in the same order as {@link SocialPhase}'s generic loops, in the same precision (float
 * differences, double sums), so results are bit-identical to them: SocialKernelsTest checks it.
 * In the Hegselmann-Krause kernels every product is of two float values, hence exact in double,
 * so the sums use {@link MulAdd} (the same bits, on the less busy pipes). The linear kernels keep
 * the plain form: there, with one addition per term and no distance, the fused form is slower.
 *
 * <p>Each kernel touches its block's neighbour records itself, first thing, rather than the block
 * loop calling {@link TouchLoop#touch} before it: inlined into a loop that also calls a kernel,
 * the touch loop kept its arrays, d and the record base on the stack (the call clobbers every
 * register) and reloaded five of them per neighbour (disassembly); loads that wait to retire
 * behind a miss hold places in the core's load queue, so fewer misses could be in flight at
 * once, which is what the loop is for. Inside the kernel it runs with d constant and one reload
 * per neighbour. (Figures for each of these choices: docs/performance.md.)
 */
final class FixedWidthKernels {
    private FixedWidthKernels() {}

    /**
     * True when a kernel with the values in registers exists for {@code d}: written out for 4 and
     * 8, and {@link NarrowWidthKernels} (those kernels with the missing values as 0) for the other
     * widths up to 8.
     */
    static boolean supports(int d) {
        return d >= 1 && d <= 8;
    }

    /**
     * Hegselmann-Krause for people [from, to) (see {@link SocialPhase} for the rule), in blocks of
     * {@link TouchLoop#BLOCK} whose neighbour records the kernel touches first as {@code touch}
     * says (a {@link TouchLoop#touchMode}).
     * The block loop lives here, not behind an interface call per block, so the kernel call
     * inlines. Returns the touch loads' sum, which the caller must keep.
     */
    static float boundedConfidence(
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
            int touch) {
        float sink = 0;
        for (int b = from; b < to; b += TouchLoop.BLOCK) {
            int be = Math.min(to, b + TouchLoop.BLOCK);
            if (d == 8) {
                sink += boundedConfidence8(base, v, out, off, rec, wt, c2, b, be, touch);
            } else if (d == 4) {
                sink += boundedConfidence4(base, v, out, off, rec, wt, c2, b, be, touch);
            } else {
                sink += NarrowWidthKernels.boundedConfidence(d, base, v, out, off, rec, wt, c2, b, be, touch);
            }
        }
        return sink;
    }

    /**
     * DeGroot / Friedkin-Johnsen for people [from, to) ({@code anchoring} null for DeGroot), in
     * blocks as {@link #boundedConfidence}. Returns the touch loads' sum.
     */
    static float linear(
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
            int touch) {
        float sink = 0;
        for (int b = from; b < to; b += TouchLoop.BLOCK) {
            int be = Math.min(to, b + TouchLoop.BLOCK);
            if (d == 8) {
                sink += linear8(base, v, out, own, anchoring, off, rec, wt, rate, b, be, touch);
            } else if (d == 4) {
                sink += linear4(base, v, out, own, anchoring, off, rec, wt, rate, b, be, touch);
            } else {
                sink += NarrowWidthKernels.linear(d, base, v, out, own, anchoring, off, rec, wt, rate, b, be, touch);
            }
        }
        return sink;
    }

    private static float boundedConfidence8(
            int base,
            float[] v,
            float[] out,
            int[] off,
            int[] rec,
            float[] wt,
            double c2,
            int from,
            int to,
            int touch) {
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, 8, touch);
        for (int i = from; i < to; i++) {
            int vb = base + i * 8;
            float v0 = v[vb], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
            float v4 = v[vb + 4], v5 = v[vb + 5], v6 = v[vb + 6], v7 = v[vb + 7];
            double m0 = v0, m1 = v1, m2 = v2, m3 = v3, m4 = v4, m5 = v5, m6 = v6, m7 = v7;
            double sw = 1;
            int e = off[i + 1];
            for (int q = off[i]; q < e; q++) {
                int nb = rec[q];
                float a0 = v[nb], a1 = v[nb + 1], a2 = v[nb + 2], a3 = v[nb + 3];
                float a4 = v[nb + 4], a5 = v[nb + 5], a6 = v[nb + 6], a7 = v[nb + 7];
                double x;
                double dist;
                x = a0 - v0;
                dist = x * x; // = 0 + x * x, as x * x >= +0
                x = a1 - v1;
                dist = MulAdd.exact(x, x, dist);
                x = a2 - v2;
                dist = MulAdd.exact(x, x, dist);
                x = a3 - v3;
                dist = MulAdd.exact(x, x, dist);
                x = a4 - v4;
                dist = MulAdd.exact(x, x, dist);
                x = a5 - v5;
                dist = MulAdd.exact(x, x, dist);
                x = a6 - v6;
                dist = MulAdd.exact(x, x, dist);
                x = a7 - v7;
                dist = MulAdd.exact(x, x, dist);
                double w = GeneralWidthKernels.within(dist, c2) * (wt == null ? 1 : wt[q]);
                sw += w;
                m0 = MulAdd.exact(w, a0, m0);
                m1 = MulAdd.exact(w, a1, m1);
                m2 = MulAdd.exact(w, a2, m2);
                m3 = MulAdd.exact(w, a3, m3);
                m4 = MulAdd.exact(w, a4, m4);
                m5 = MulAdd.exact(w, a5, m5);
                m6 = MulAdd.exact(w, a6, m6);
                m7 = MulAdd.exact(w, a7, m7);
            }
            out[vb] = (float) (m0 / sw);
            out[vb + 1] = (float) (m1 / sw);
            out[vb + 2] = (float) (m2 / sw);
            out[vb + 3] = (float) (m3 / sw);
            out[vb + 4] = (float) (m4 / sw);
            out[vb + 5] = (float) (m5 / sw);
            out[vb + 6] = (float) (m6 / sw);
            out[vb + 7] = (float) (m7 / sw);
        }
        return sink;
    }

    private static float boundedConfidence4(
            int base,
            float[] v,
            float[] out,
            int[] off,
            int[] rec,
            float[] wt,
            double c2,
            int from,
            int to,
            int touch) {
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, 4, touch);
        for (int i = from; i < to; i++) {
            int vb = base + i * 4;
            float v0 = v[vb], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
            double m0 = v0, m1 = v1, m2 = v2, m3 = v3;
            double sw = 1;
            int e = off[i + 1];
            for (int q = off[i]; q < e; q++) {
                int nb = rec[q];
                float a0 = v[nb], a1 = v[nb + 1], a2 = v[nb + 2], a3 = v[nb + 3];
                double x;
                double dist;
                x = a0 - v0;
                dist = x * x; // = 0 + x * x, as x * x >= +0
                x = a1 - v1;
                dist = MulAdd.exact(x, x, dist);
                x = a2 - v2;
                dist = MulAdd.exact(x, x, dist);
                x = a3 - v3;
                dist = MulAdd.exact(x, x, dist);
                double w = GeneralWidthKernels.within(dist, c2) * (wt == null ? 1 : wt[q]);
                sw += w;
                m0 = MulAdd.exact(w, a0, m0);
                m1 = MulAdd.exact(w, a1, m1);
                m2 = MulAdd.exact(w, a2, m2);
                m3 = MulAdd.exact(w, a3, m3);
            }
            out[vb] = (float) (m0 / sw);
            out[vb + 1] = (float) (m1 / sw);
            out[vb + 2] = (float) (m2 / sw);
            out[vb + 3] = (float) (m3 / sw);
        }
        return sink;
    }

    private static float linear8(
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
            int touch) {
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, 8, touch);
        for (int i = from; i < to; i++) {
            int vb = base + i * 8;
            double a = anchoring == null ? 0 : anchoring[i];
            int s = off[i];
            int e = off[i + 1];
            if (s == e) {
                for (int k = 0; k < 8; k++) {
                    out[vb + k] = (float) ((1 - a) * v[vb + k] + a * own[vb + k]);
                }
                continue;
            }
            double sw = 0;
            double m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0;
            for (int q = s; q < e; q++) {
                int nb = rec[q];
                double w = wt == null ? 1 : wt[q];
                sw += w;
                m0 += w * v[nb];
                m1 += w * v[nb + 1];
                m2 += w * v[nb + 2];
                m3 += w * v[nb + 3];
                m4 += w * v[nb + 4];
                m5 += w * v[nb + 5];
                m6 += w * v[nb + 6];
                m7 += w * v[nb + 7];
            }
            out[vb] = step(v[vb], m0, sw, rate, a, own[vb]);
            out[vb + 1] = step(v[vb + 1], m1, sw, rate, a, own[vb + 1]);
            out[vb + 2] = step(v[vb + 2], m2, sw, rate, a, own[vb + 2]);
            out[vb + 3] = step(v[vb + 3], m3, sw, rate, a, own[vb + 3]);
            out[vb + 4] = step(v[vb + 4], m4, sw, rate, a, own[vb + 4]);
            out[vb + 5] = step(v[vb + 5], m5, sw, rate, a, own[vb + 5]);
            out[vb + 6] = step(v[vb + 6], m6, sw, rate, a, own[vb + 6]);
            out[vb + 7] = step(v[vb + 7], m7, sw, rate, a, own[vb + 7]);
        }
        return sink;
    }

    private static float linear4(
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
            int touch) {
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, 4, touch);
        for (int i = from; i < to; i++) {
            int vb = base + i * 4;
            double a = anchoring == null ? 0 : anchoring[i];
            int s = off[i];
            int e = off[i + 1];
            if (s == e) {
                for (int k = 0; k < 4; k++) {
                    out[vb + k] = (float) ((1 - a) * v[vb + k] + a * own[vb + k]);
                }
                continue;
            }
            double sw = 0;
            double m0 = 0, m1 = 0, m2 = 0, m3 = 0;
            for (int q = s; q < e; q++) {
                int nb = rec[q];
                double w = wt == null ? 1 : wt[q];
                sw += w;
                m0 += w * v[nb];
                m1 += w * v[nb + 1];
                m2 += w * v[nb + 2];
                m3 += w * v[nb + 3];
            }
            out[vb] = step(v[vb], m0, sw, rate, a, own[vb]);
            out[vb + 1] = step(v[vb + 1], m1, sw, rate, a, own[vb + 1]);
            out[vb + 2] = step(v[vb + 2], m2, sw, rate, a, own[vb + 2]);
            out[vb + 3] = step(v[vb + 3], m3, sw, rate, a, own[vb + 3]);
        }
        return sink;
    }

    /** One dimension of the DeGroot / Friedkin-Johnsen update, as {@link SocialPhase} writes it. */
    static float step(float vk, double mk, double sw, double rate, double a, float ownK) {
        double x = (1 - rate) * vk + rate * (mk / sw);
        return (float) ((1 - a) * x + a * ownK);
    }
}
