package org.coshape.model;

/**
 * The social kernels of {@link FixedWidthKernels} for the widths they leave to the general loops:
 * d = 1-3 run the d = 4 kernel and d = 5-7 the d = 8 one, with the missing values taken as 0.
 * A missing value adds nothing: its difference is 0 - 0 = +0, whose square leaves a distance
 * unchanged, and its sum, never stored, is not read. So every stored value receives the same
 * terms in the same order as in the general loops, and the results are theirs bit for bit
 * (SocialKernelsTest). The general loops read each neighbour record twice and keep their sums in
 * memory; here the sums stay in registers. The tests on d would cost the fixed widths time if
 * put in their kernels, so d = 4 and 8 keep their own code and these are a class apart;
 * {@link FixedWidthKernels}' block loops call them for the other widths.
 */
final class NarrowWidthKernels {
    private NarrowWidthKernels() {}

    /** Hegselmann-Krause for one block of people [from, to), d in 1-3 or 5-7. */
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
        return d > 4
                ? boundedConfidence8(d, base, v, out, off, rec, wt, c2, from, to, touch)
                : boundedConfidence4(d, base, v, out, off, rec, wt, c2, from, to, touch);
    }

    /** DeGroot / Friedkin-Johnsen for one block of people [from, to), d in 1-3 or 5-7. */
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
        return d > 4
                ? linear8(d, base, v, out, own, anchoring, off, rec, wt, rate, from, to, touch)
                : linear4(d, base, v, out, own, anchoring, off, rec, wt, rate, from, to, touch);
    }

    private static float boundedConfidence8(
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
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, d, touch);
        boolean has5 = d > 5;
        boolean has6 = d > 6;
        boolean has7 = d > 7;
        for (int i = from; i < to; i++) {
            int vb = base + i * d;
            float v0 = v[vb], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3], v4 = v[vb + 4];
            float v5 = has5 ? v[vb + 5] : 0;
            float v6 = has6 ? v[vb + 6] : 0;
            float v7 = has7 ? v[vb + 7] : 0;
            double m0 = v0, m1 = v1, m2 = v2, m3 = v3, m4 = v4, m5 = v5, m6 = v6, m7 = v7;
            double sw = 1;
            int e = off[i + 1];
            for (int q = off[i]; q < e; q++) {
                int nb = rec[q];
                float a0 = v[nb], a1 = v[nb + 1], a2 = v[nb + 2], a3 = v[nb + 3], a4 = v[nb + 4];
                float a5 = has5 ? v[nb + 5] : 0;
                float a6 = has6 ? v[nb + 6] : 0;
                float a7 = has7 ? v[nb + 7] : 0;
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
            if (has5) {
                out[vb + 5] = (float) (m5 / sw);
            }
            if (has6) {
                out[vb + 6] = (float) (m6 / sw);
            }
            if (has7) {
                out[vb + 7] = (float) (m7 / sw);
            }
        }
        return sink;
    }

    private static float boundedConfidence4(
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
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, d, touch);
        boolean has1 = d > 1;
        boolean has2 = d > 2;
        boolean has3 = d > 3;
        for (int i = from; i < to; i++) {
            int vb = base + i * d;
            float v0 = v[vb];
            float v1 = has1 ? v[vb + 1] : 0;
            float v2 = has2 ? v[vb + 2] : 0;
            float v3 = has3 ? v[vb + 3] : 0;
            double m0 = v0, m1 = v1, m2 = v2, m3 = v3;
            double sw = 1;
            int e = off[i + 1];
            for (int q = off[i]; q < e; q++) {
                int nb = rec[q];
                float a0 = v[nb];
                float a1 = has1 ? v[nb + 1] : 0;
                float a2 = has2 ? v[nb + 2] : 0;
                float a3 = has3 ? v[nb + 3] : 0;
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
            if (has1) {
                out[vb + 1] = (float) (m1 / sw);
            }
            if (has2) {
                out[vb + 2] = (float) (m2 / sw);
            }
            if (has3) {
                out[vb + 3] = (float) (m3 / sw);
            }
        }
        return sink;
    }

    private static float linear8(
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
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, d, touch);
        boolean has5 = d > 5;
        boolean has6 = d > 6;
        boolean has7 = d > 7;
        for (int i = from; i < to; i++) {
            int vb = base + i * d;
            double a = anchoring == null ? 0 : anchoring[i];
            int s = off[i];
            int e = off[i + 1];
            if (s == e) {
                for (int k = 0; k < d; k++) {
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
                m5 += w * (has5 ? v[nb + 5] : 0);
                m6 += w * (has6 ? v[nb + 6] : 0);
                m7 += w * (has7 ? v[nb + 7] : 0);
            }
            out[vb] = FixedWidthKernels.step(v[vb], m0, sw, rate, a, own[vb]);
            out[vb + 1] = FixedWidthKernels.step(v[vb + 1], m1, sw, rate, a, own[vb + 1]);
            out[vb + 2] = FixedWidthKernels.step(v[vb + 2], m2, sw, rate, a, own[vb + 2]);
            out[vb + 3] = FixedWidthKernels.step(v[vb + 3], m3, sw, rate, a, own[vb + 3]);
            out[vb + 4] = FixedWidthKernels.step(v[vb + 4], m4, sw, rate, a, own[vb + 4]);
            if (has5) {
                out[vb + 5] = FixedWidthKernels.step(v[vb + 5], m5, sw, rate, a, own[vb + 5]);
            }
            if (has6) {
                out[vb + 6] = FixedWidthKernels.step(v[vb + 6], m6, sw, rate, a, own[vb + 6]);
            }
            if (has7) {
                out[vb + 7] = FixedWidthKernels.step(v[vb + 7], m7, sw, rate, a, own[vb + 7]);
            }
        }
        return sink;
    }

    private static float linear4(
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
        float sink = touch == TouchLoop.TOUCH_NONE ? 0 : TouchLoop.touch(v, off, rec, from, to, d, touch);
        boolean has1 = d > 1;
        boolean has2 = d > 2;
        boolean has3 = d > 3;
        for (int i = from; i < to; i++) {
            int vb = base + i * d;
            double a = anchoring == null ? 0 : anchoring[i];
            int s = off[i];
            int e = off[i + 1];
            if (s == e) {
                for (int k = 0; k < d; k++) {
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
                m1 += w * (has1 ? v[nb + 1] : 0);
                m2 += w * (has2 ? v[nb + 2] : 0);
                m3 += w * (has3 ? v[nb + 3] : 0);
            }
            out[vb] = FixedWidthKernels.step(v[vb], m0, sw, rate, a, own[vb]);
            if (has1) {
                out[vb + 1] = FixedWidthKernels.step(v[vb + 1], m1, sw, rate, a, own[vb + 1]);
            }
            if (has2) {
                out[vb + 2] = FixedWidthKernels.step(v[vb + 2], m2, sw, rate, a, own[vb + 2]);
            }
            if (has3) {
                out[vb + 3] = FixedWidthKernels.step(v[vb + 3], m3, sw, rate, a, own[vb + 3]);
            }
        }
        return sink;
    }
}
