package org.coshape.model;

import org.coshape.model.state.Ais;
import org.coshape.model.state.People;

/**
 * The interaction of {@link Interaction} written out for d = 4 and d = 8, the widths most
 * scenarios and the benchmarks use, in two passes over batches of answered people. The fast path
 * of {@link InteractionPhase}: it must give the bits of {@link Interaction#answer}
 * ({@code InteractionKernelsTest}). One answered person is a long chain of dependent operations
 * (output, distance, square root, exponential, trust, influence), longer than the core's
 * reorder window at d = 8, so in one pass the next person's chain could not start until this
 * one's was nearly done. The first pass ({@code answer8}, {@code answer4}) runs only the chains'
 * first part (output, distances, exponentials, and the direct feedback sums, which fill their
 * wait) for a batch; the second ({@code apply8}, {@code apply4}) does the rest for the batch in
 * person order. Every sum still receives its terms in person order, so the bits are those of the
 * readable rule. A person's values and output live in locals, and the output's second moments
 * are straight-line additions. With the twin on, a third pass between the two adds the
 * attribution sums through {@link Interaction#attribute} itself.
 *
 * <p>Longer than 400 lines: the two widths' kernels are written out in full, side by side,
 * because they must stay the same code at two widths (a change to one is a change to both).
 */
final class InteractionKernels {
    private final Interaction it;
    private final int aw;
    private final int gw;
    private final double invD;
    private final double inv2s2;
    private final double delta;
    private final double bonus;
    private final double conf;
    private final double guard;
    private final boolean[] personal;
    private final boolean[] direct;
    private final boolean[] engagement;
    private final boolean attribution;
    /** Per-thread buffer for one output vector (the engagement gradient and attribution read it). */
    private final ThreadLocal<double[]> output = ThreadLocal.withInitial(() -> new double[8]);
    /** Per-thread batch of answered people. */
    private final ThreadLocal<AnswerBatch> batches = ThreadLocal.withInitial(AnswerBatch::new);

    InteractionKernels(Interaction it) {
        this.it = it;
        this.aw = it.aw;
        this.gw = it.gw;
        this.invD = it.invD;
        this.inv2s2 = it.inv2s2;
        this.delta = it.delta;
        this.bonus = it.bonus;
        this.conf = it.conf;
        this.guard = it.guard;
        this.personal = it.roles.personal;
        this.direct = it.roles.direct;
        this.engagement = it.roles.engagement;
        this.attribution = it.attribution;
    }

    /** True for the widths written out here. */
    static boolean supports(int d) {
        return d == 4 || d == 8;
    }

    /** The askers of one chunk, at the model's width (4 or 8). */
    void answerAll(double[] ac, double[] ga, int[] askers, int count) {
        if (it.d == 8) {
            interact8(ac, ga, askers, count);
        } else {
            interact4(ac, ga, askers, count);
        }
    }

    /**
     * The attribution sums of a batch, before the second pass moves anyone: the same call for
     * each person as {@link Interaction#answer} makes, with the trust the second pass will set.
     */
    private void attribute(double[] ga, AnswerBatch batch, int width) {
        People p = it.model.people();
        Ais a = it.model.ais();
        double[] o = output.get();
        for (int b = 0; b < batch.filled; b++) {
            int i = batch.who[b];
            int fb = b * AnswerBatch.FIGURES;
            float trust = it.trustAfter(
                    p.trust[i], batch.figures[fb + AnswerBatch.SAT], batch.figures[fb + AnswerBatch.WEL], p.ai[i]);
            System.arraycopy(batch.output, b * width, o, 0, width);
            it.attribute(
                    ga,
                    p.group[i] * gw,
                    i,
                    o,
                    p.stance[i] * delta,
                    batch.figures[fb + AnswerBatch.GAP],
                    it.signedPull(p, a, i, p.ai[i], trust, batch.figures[fb + AnswerBatch.GAP]));
        }
    }

    void interact8(double[] ac, double[] ga, int[] askers, int count) {
        AnswerBatch batch = batches.get();
        int n = 0;
        while (n < count) {
            n = answer8(ac, ga, askers, n, count, batch);
            if (attribution) {
                attribute(ga, batch, 8);
            }
            apply8(ac, ga, batch);
        }
    }

    /**
     * The first half of the d = 8 kernel: from asker {@code n} on, the refusal draws and, for up
     * to {@link AnswerBatch#SIZE} answered people, the output, its distances and the two
     * exponentials, into {@code batch}. Its body is short, so the core runs several people's
     * chains of square roots and exponentials at once. The feedback coin and the direct feedback
     * sums, which need no exponential, are done here too: they fill the chains' wait, where the
     * second pass is bound by its count of instructions. Returns the next asker.
     */
    private int answer8(double[] ac, double[] ga, int[] askers, int n, int count, AnswerBatch batch) {
        People p = it.model.people();
        Ais a = it.model.ais();
        long kFb = it.kFb;
        double guard = this.guard;
        float[] v = p.v;
        float[] own = p.own;
        double[] promoted = a.w; // the assistants' values
        double[] bo = batch.output;
        int filled = 0;
        for (; n < count && filled < AnswerBatch.SIZE; n++) {
            int i = askers[n];
            int j = p.ai[i];
            int gb = p.group[i] * gw;
            if (!it.answered(p, a, i, j, ac, ga, gb)) {
                continue;
            }
            int vb = p.at(i);
            int wb = j * 8;
            float v0 = v[vb + 0], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
            float v4 = v[vb + 4], v5 = v[vb + 5], v6 = v[vb + 6], v7 = v[vb + 7];
            float u0 = own[vb + 0], u1 = own[vb + 1], u2 = own[vb + 2], u3 = own[vb + 3];
            float u4 = own[vb + 4], u5 = own[vb + 5], u6 = own[vb + 6], u7 = own[vb + 7];
            double w0 = promoted[wb + 0], w1 = promoted[wb + 1], w2 = promoted[wb + 2], w3 = promoted[wb + 3];
            double w4 = promoted[wb + 4], w5 = promoted[wb + 5], w6 = promoted[wb + 6], w7 = promoted[wb + 7];
            double st = p.stance[i] * delta;
            double l;
            if (personal[j]) {
                double r2 = 0;
                double x;
                x = v0 - w0;
                r2 += x * x;
                x = v1 - w1;
                r2 += x * x;
                x = v2 - w2;
                r2 += x * x;
                x = v3 - w3;
                r2 += x * x;
                x = v4 - w4;
                r2 += x * x;
                x = v5 - w5;
                r2 += x * x;
                x = v6 - w6;
                r2 += x * x;
                x = v7 - w7;
                r2 += x * x;
                l = Interaction.personalListening(Math.sqrt(r2 * invD), st, a.gain[j]);
            } else {
                l = a.listening[j];
            }
            double lg = l * a.gain[j];
            double o0 = clamp(w0 + lg * (v0 - w0), guard);
            double o1 = clamp(w1 + lg * (v1 - w1), guard);
            double o2 = clamp(w2 + lg * (v2 - w2), guard);
            double o3 = clamp(w3 + lg * (v3 - w3), guard);
            double o4 = clamp(w4 + lg * (v4 - w4), guard);
            double o5 = clamp(w5 + lg * (v5 - w5), guard);
            double o6 = clamp(w6 + lg * (v6 - w6), guard);
            double o7 = clamp(w7 + lg * (v7 - w7), guard);
            double x;
            double y;
            double gap2 = 0;
            double own2 = 0;
            x = o0 - v0;
            y = o0 - u0;
            gap2 += x * x;
            own2 += y * y;
            x = o1 - v1;
            y = o1 - u1;
            gap2 += x * x;
            own2 += y * y;
            x = o2 - v2;
            y = o2 - u2;
            gap2 += x * x;
            own2 += y * y;
            x = o3 - v3;
            y = o3 - u3;
            gap2 += x * x;
            own2 += y * y;
            x = o4 - v4;
            y = o4 - u4;
            gap2 += x * x;
            own2 += y * y;
            x = o5 - v5;
            y = o5 - u5;
            gap2 += x * x;
            own2 += y * y;
            x = o6 - v6;
            y = o6 - u6;
            gap2 += x * x;
            own2 += y * y;
            x = o7 - v7;
            y = o7 - u7;
            gap2 += x * x;
            own2 += y * y;
            boolean gives = it.givesFeedback(p, i, j, kFb);
            if (gives && direct[j]) {
                int ab = j * aw;
                ac[ab + Accumulators.A_FEEDBACK] += 1;
                int db = ab + Accumulators.A_DIFF;
                ac[db + 0] += v0 - w0;
                ac[db + 1] += v1 - w1;
                ac[db + 2] += v2 - w2;
                ac[db + 3] += v3 - w3;
                ac[db + 4] += v4 - w4;
                ac[db + 5] += v5 - w5;
                ac[db + 6] += v6 - w6;
                ac[db + 7] += v7 - w7;
            }
            batch.gives[filled] = gives;
            double absO = 0;
            absO += Math.abs(o0);
            absO += Math.abs(o1);
            absO += Math.abs(o2);
            absO += Math.abs(o3);
            absO += Math.abs(o4);
            absO += Math.abs(o5);
            absO += Math.abs(o6);
            absO += Math.abs(o7);
            double gapD = Math.sqrt(gap2 * invD);
            double ownD = Math.sqrt(own2 * invD);
            double sa = gapD - st;
            double we = ownD - st;
            int ob = filled * 8;
            bo[ob + 0] = o0;
            bo[ob + 1] = o1;
            bo[ob + 2] = o2;
            bo[ob + 3] = o3;
            bo[ob + 4] = o4;
            bo[ob + 5] = o5;
            bo[ob + 6] = o6;
            bo[ob + 7] = o7;
            batch.put(
                    filled++,
                    i,
                    gap2,
                    own2,
                    FastExp.exp(-sa * sa * inv2s2),
                    FastExp.exp(-we * we * inv2s2),
                    absO,
                    sa,
                    gapD,
                    lg);
        }
        batch.filled = filled;
        return n;
    }

    /**
     * The second half of the d = 8 kernel, for the people {@link #answer8} answered, in their
     * order: trust, engagement feedback, influence and the sums, each as
     * {@link Interaction#answer} adds them.
     */
    private void apply8(double[] ac, double[] ga, AnswerBatch batch) {
        People p = it.model.people();
        Ais a = it.model.ais();
        float[] v = p.v;
        double[] o = output.get(); // the engagement gradient reads the output from here
        double[] bo = batch.output;
        double[] bf = batch.figures;
        int[] who = batch.who;
        for (int b = 0; b < batch.filled; b++) {
            int i = who[b];
            int j = p.ai[i];
            int ab = j * aw;
            int gb = p.group[i] * gw;
            int vb = p.at(i);
            int ob = b * 8;
            int fb = b * AnswerBatch.FIGURES;
            boolean gives = batch.gives[b];
            double o0 = bo[ob + 0], o1 = bo[ob + 1], o2 = bo[ob + 2], o3 = bo[ob + 3];
            double o4 = bo[ob + 4], o5 = bo[ob + 5], o6 = bo[ob + 6], o7 = bo[ob + 7];
            double sat = bf[fb + AnswerBatch.SAT];
            double wel = bf[fb + AnswerBatch.WEL];
            double gapD = bf[fb + AnswerBatch.GAP];
            double eng = sat + bonus * bf[fb + AnswerBatch.ABS_O] / 8;
            float trust = it.trustAfter(p.trust[i], sat, wel, j);
            p.trust[i] = trust;
            if (gives && engagement[j]) {
                ac[ab + Accumulators.A_FEEDBACK] += 1;
                System.arraycopy(bo, ob, o, 0, 8);
                it.engagementGradient(ac, ab, v, vb, o, bf[fb + AnswerBatch.LG], sat, bf[fb + AnswerBatch.SA], gapD);
            }
            if (gapD <= conf) {
                double pull = Interaction.pull(p, a, i, j, trust);
                float[] mv = p.moveAi;
                float v0 = v[vb + 0], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
                float v4 = v[vb + 4], v5 = v[vb + 5], v6 = v[vb + 6], v7 = v[vb + 7];
                float n0 = (float) clamp(v0 + pull * (o0 - v0), 1);
                float n1 = (float) clamp(v1 + pull * (o1 - v1), 1);
                float n2 = (float) clamp(v2 + pull * (o2 - v2), 1);
                float n3 = (float) clamp(v3 + pull * (o3 - v3), 1);
                float n4 = (float) clamp(v4 + pull * (o4 - v4), 1);
                float n5 = (float) clamp(v5 + pull * (o5 - v5), 1);
                float n6 = (float) clamp(v6 + pull * (o6 - v6), 1);
                float n7 = (float) clamp(v7 + pull * (o7 - v7), 1);
                v[vb + 0] = n0;
                v[vb + 1] = n1;
                v[vb + 2] = n2;
                v[vb + 3] = n3;
                v[vb + 4] = n4;
                v[vb + 5] = n5;
                v[vb + 6] = n6;
                v[vb + 7] = n7;
                mv[vb + 0] += n0 - v0;
                mv[vb + 1] += n1 - v1;
                mv[vb + 2] += n2 - v2;
                mv[vb + 3] += n3 - v3;
                mv[vb + 4] += n4 - v4;
                mv[vb + 5] += n5 - v5;
                mv[vb + 6] += n6 - v6;
                mv[vb + 7] += n7 - v7;
            }
            p.answered[i]++;
            p.welfareSum[i] += (float) wel;
            Interaction.tally(ga, gb, bf[fb + AnswerBatch.GAP2], bf[fb + AnswerBatch.OWN2], sat, wel, eng);
            ac[ab + Accumulators.A_ANSWERED] += 1;
            ac[ab + Accumulators.A_SAT] += sat;
            ac[ab + Accumulators.A_WELFARE] += wel;
            it.tallyByGroup(ac, ab, p.group[i], sat, wel);
            int mb = gb + Accumulators.G_OUT + 8;
            ga[gb + Accumulators.G_OUT + 0] += o0;
            ga[gb + Accumulators.G_OUT + 1] += o1;
            ga[gb + Accumulators.G_OUT + 2] += o2;
            ga[gb + Accumulators.G_OUT + 3] += o3;
            ga[gb + Accumulators.G_OUT + 4] += o4;
            ga[gb + Accumulators.G_OUT + 5] += o5;
            ga[gb + Accumulators.G_OUT + 6] += o6;
            ga[gb + Accumulators.G_OUT + 7] += o7;
            ga[mb + 0] += o0 * o0;
            ga[mb + 1] += o0 * o1;
            ga[mb + 2] += o0 * o2;
            ga[mb + 3] += o0 * o3;
            ga[mb + 4] += o0 * o4;
            ga[mb + 5] += o0 * o5;
            ga[mb + 6] += o0 * o6;
            ga[mb + 7] += o0 * o7;
            ga[mb + 8] += o1 * o1;
            ga[mb + 9] += o1 * o2;
            ga[mb + 10] += o1 * o3;
            ga[mb + 11] += o1 * o4;
            ga[mb + 12] += o1 * o5;
            ga[mb + 13] += o1 * o6;
            ga[mb + 14] += o1 * o7;
            ga[mb + 15] += o2 * o2;
            ga[mb + 16] += o2 * o3;
            ga[mb + 17] += o2 * o4;
            ga[mb + 18] += o2 * o5;
            ga[mb + 19] += o2 * o6;
            ga[mb + 20] += o2 * o7;
            ga[mb + 21] += o3 * o3;
            ga[mb + 22] += o3 * o4;
            ga[mb + 23] += o3 * o5;
            ga[mb + 24] += o3 * o6;
            ga[mb + 25] += o3 * o7;
            ga[mb + 26] += o4 * o4;
            ga[mb + 27] += o4 * o5;
            ga[mb + 28] += o4 * o6;
            ga[mb + 29] += o4 * o7;
            ga[mb + 30] += o5 * o5;
            ga[mb + 31] += o5 * o6;
            ga[mb + 32] += o5 * o7;
            ga[mb + 33] += o6 * o6;
            ga[mb + 34] += o6 * o7;
            ga[mb + 35] += o7 * o7;
        }
    }

    /** Per-thread hand-over from {@link #answer8} to {@link #apply8}: 17 KiB, so it stays in L1. */
    static final class AnswerBatch {
        static final int SIZE = 128;
        static final int GAP2 = 0;
        static final int OWN2 = 1;
        static final int SAT = 2;
        static final int WEL = 3;
        static final int ABS_O = 4;
        static final int SA = 5;
        static final int GAP = 6;
        static final int LG = 7;
        static final int FIGURES = 8;
        /** The answered people's outputs, d values each (d = 4 or 8). */
        final double[] output = new double[SIZE * 8];

        final double[] figures = new double[SIZE * FIGURES];
        final int[] who = new int[SIZE];
        final boolean[] gives = new boolean[SIZE];
        int filled;

        void put(
                int b,
                int person,
                double gap2,
                double own2,
                double sat,
                double wel,
                double absO,
                double sa,
                double gapD,
                double lg) {
            int fb = b * FIGURES;
            figures[fb + GAP2] = gap2;
            figures[fb + OWN2] = own2;
            figures[fb + SAT] = sat;
            figures[fb + WEL] = wel;
            figures[fb + ABS_O] = absO;
            figures[fb + SA] = sa;
            figures[fb + GAP] = gapD;
            figures[fb + LG] = lg;
            who[b] = person;
        }
    }

    void interact4(double[] ac, double[] ga, int[] askers, int count) {
        AnswerBatch batch = batches.get();
        int n = 0;
        while (n < count) {
            n = answer4(ac, ga, askers, n, count, batch);
            if (attribution) {
                attribute(ga, batch, 4);
            }
            apply4(ac, ga, batch);
        }
    }

    /** {@link #answer8} for d = 4. */
    private int answer4(double[] ac, double[] ga, int[] askers, int n, int count, AnswerBatch batch) {
        People p = it.model.people();
        Ais a = it.model.ais();
        long kFb = it.kFb;
        double guard = this.guard;
        float[] v = p.v;
        float[] own = p.own;
        double[] promoted = a.w; // the assistants' values
        double[] bo = batch.output;
        int filled = 0;
        for (; n < count && filled < AnswerBatch.SIZE; n++) {
            int i = askers[n];
            int j = p.ai[i];
            int gb = p.group[i] * gw;
            if (!it.answered(p, a, i, j, ac, ga, gb)) {
                continue;
            }
            int vb = p.at(i);
            int wb = j * 4;
            float v0 = v[vb + 0], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
            float u0 = own[vb + 0], u1 = own[vb + 1], u2 = own[vb + 2], u3 = own[vb + 3];
            double w0 = promoted[wb + 0], w1 = promoted[wb + 1], w2 = promoted[wb + 2], w3 = promoted[wb + 3];
            double st = p.stance[i] * delta;
            double l;
            if (personal[j]) {
                double r2 = 0;
                double x;
                x = v0 - w0;
                r2 += x * x;
                x = v1 - w1;
                r2 += x * x;
                x = v2 - w2;
                r2 += x * x;
                x = v3 - w3;
                r2 += x * x;
                l = Interaction.personalListening(Math.sqrt(r2 * invD), st, a.gain[j]);
            } else {
                l = a.listening[j];
            }
            double lg = l * a.gain[j];
            double o0 = clamp(w0 + lg * (v0 - w0), guard);
            double o1 = clamp(w1 + lg * (v1 - w1), guard);
            double o2 = clamp(w2 + lg * (v2 - w2), guard);
            double o3 = clamp(w3 + lg * (v3 - w3), guard);
            double x;
            double y;
            double gap2 = 0;
            double own2 = 0;
            x = o0 - v0;
            y = o0 - u0;
            gap2 += x * x;
            own2 += y * y;
            x = o1 - v1;
            y = o1 - u1;
            gap2 += x * x;
            own2 += y * y;
            x = o2 - v2;
            y = o2 - u2;
            gap2 += x * x;
            own2 += y * y;
            x = o3 - v3;
            y = o3 - u3;
            gap2 += x * x;
            own2 += y * y;
            boolean gives = it.givesFeedback(p, i, j, kFb);
            if (gives && direct[j]) {
                int ab = j * aw;
                ac[ab + Accumulators.A_FEEDBACK] += 1;
                int db = ab + Accumulators.A_DIFF;
                ac[db + 0] += v0 - w0;
                ac[db + 1] += v1 - w1;
                ac[db + 2] += v2 - w2;
                ac[db + 3] += v3 - w3;
            }
            batch.gives[filled] = gives;
            double absO = 0;
            absO += Math.abs(o0);
            absO += Math.abs(o1);
            absO += Math.abs(o2);
            absO += Math.abs(o3);
            double gapD = Math.sqrt(gap2 * invD);
            double ownD = Math.sqrt(own2 * invD);
            double sa = gapD - st;
            double we = ownD - st;
            int ob = filled * 4;
            bo[ob + 0] = o0;
            bo[ob + 1] = o1;
            bo[ob + 2] = o2;
            bo[ob + 3] = o3;
            batch.put(
                    filled++,
                    i,
                    gap2,
                    own2,
                    FastExp.exp(-sa * sa * inv2s2),
                    FastExp.exp(-we * we * inv2s2),
                    absO,
                    sa,
                    gapD,
                    lg);
        }
        batch.filled = filled;
        return n;
    }

    /** {@link #apply8} for d = 4. */
    private void apply4(double[] ac, double[] ga, AnswerBatch batch) {
        People p = it.model.people();
        Ais a = it.model.ais();
        float[] v = p.v;
        double[] o = output.get(); // the engagement gradient reads the output from here
        double[] bo = batch.output;
        double[] bf = batch.figures;
        int[] who = batch.who;
        for (int b = 0; b < batch.filled; b++) {
            int i = who[b];
            int j = p.ai[i];
            int ab = j * aw;
            int gb = p.group[i] * gw;
            int vb = p.at(i);
            int ob = b * 4;
            int fb = b * AnswerBatch.FIGURES;
            boolean gives = batch.gives[b];
            double o0 = bo[ob + 0], o1 = bo[ob + 1], o2 = bo[ob + 2], o3 = bo[ob + 3];
            double sat = bf[fb + AnswerBatch.SAT];
            double wel = bf[fb + AnswerBatch.WEL];
            double gapD = bf[fb + AnswerBatch.GAP];
            double eng = sat + bonus * bf[fb + AnswerBatch.ABS_O] / 4;
            float trust = it.trustAfter(p.trust[i], sat, wel, j);
            p.trust[i] = trust;
            if (gives && engagement[j]) {
                ac[ab + Accumulators.A_FEEDBACK] += 1;
                System.arraycopy(bo, ob, o, 0, 4);
                it.engagementGradient(ac, ab, v, vb, o, bf[fb + AnswerBatch.LG], sat, bf[fb + AnswerBatch.SA], gapD);
            }
            if (gapD <= conf) {
                double pull = Interaction.pull(p, a, i, j, trust);
                float[] mv = p.moveAi;
                float v0 = v[vb + 0], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
                float n0 = (float) clamp(v0 + pull * (o0 - v0), 1);
                float n1 = (float) clamp(v1 + pull * (o1 - v1), 1);
                float n2 = (float) clamp(v2 + pull * (o2 - v2), 1);
                float n3 = (float) clamp(v3 + pull * (o3 - v3), 1);
                v[vb + 0] = n0;
                v[vb + 1] = n1;
                v[vb + 2] = n2;
                v[vb + 3] = n3;
                mv[vb + 0] += n0 - v0;
                mv[vb + 1] += n1 - v1;
                mv[vb + 2] += n2 - v2;
                mv[vb + 3] += n3 - v3;
            }
            p.answered[i]++;
            p.welfareSum[i] += (float) wel;
            Interaction.tally(ga, gb, bf[fb + AnswerBatch.GAP2], bf[fb + AnswerBatch.OWN2], sat, wel, eng);
            ac[ab + Accumulators.A_ANSWERED] += 1;
            ac[ab + Accumulators.A_SAT] += sat;
            ac[ab + Accumulators.A_WELFARE] += wel;
            it.tallyByGroup(ac, ab, p.group[i], sat, wel);
            int mb = gb + Accumulators.G_OUT + 4;
            ga[gb + Accumulators.G_OUT + 0] += o0;
            ga[gb + Accumulators.G_OUT + 1] += o1;
            ga[gb + Accumulators.G_OUT + 2] += o2;
            ga[gb + Accumulators.G_OUT + 3] += o3;
            ga[mb + 0] += o0 * o0;
            ga[mb + 1] += o0 * o1;
            ga[mb + 2] += o0 * o2;
            ga[mb + 3] += o0 * o3;
            ga[mb + 4] += o1 * o1;
            ga[mb + 5] += o1 * o2;
            ga[mb + 6] += o1 * o3;
            ga[mb + 7] += o2 * o2;
            ga[mb + 8] += o2 * o3;
            ga[mb + 9] += o3 * o3;
        }
    }

    private static double clamp(double x, double bound) {
        return x < -bound ? -bound : (x > bound ? bound : x);
    }
}
