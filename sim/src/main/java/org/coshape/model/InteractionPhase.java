package org.coshape.model;

import java.util.Arrays;
import org.coshape.scenario.AiSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 1: every person may ask their AI (MODEL.md, "Interaction"). Runs in parallel over
 * fixed chunks; each person touches only their own state and their chunk's accumulator row, and
 * the AIs are read-only here, so the phase is race-free and thread-count independent.
 *
 * <p>At d = 4 and 8 a fixed-width loop keeps one person's values, output and moments in
 * registers; any other d runs the loop over dimensions. Both do the same arithmetic in the same order, so they
 * give bit-identical results (checked by {@code InteractionWidthTest}). Nothing is allocated per
 * tick: the chunk task is made once, this tick's draw keys are fields and the buffers are per thread.
 */
final class InteractionPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;
    private final boolean fixedWidth;
    private final int d;
    private final int aw;
    private final int gw;
    private final double inv2s2;
    private final double invSigma2;
    private final double delta;
    private final double trustRate;
    private final double bonus;
    private final double conf;
    private final double guard;
    private final boolean personal;
    private final boolean direct;
    private final boolean engagement;
    /** Per-thread buffer for one output vector, reused across chunks and ticks. */
    private final transient ThreadLocal<double[]> output;
    /** Per-thread buffer for one chunk's askers. */
    private final transient ThreadLocal<int[]> askers = ThreadLocal.withInitial(() -> new int[ChunkPool.CHUNK]);
    private final transient ChunkPool.ChunkTask chunkTask = this::interact;
    /** Per-thread batch of answered people for the two-pass fixed-width kernels. */
    private final transient ThreadLocal<AnswerBatch> batches = ThreadLocal.withInitial(AnswerBatch::new);
    /** This tick's draw keys, written before the pool starts the phase (which publishes them to its threads). */
    private long kUse;
    private long kRisk;
    private long kFb;

    InteractionPhase(CoshapeModel model) {
        this(model, supportsFixedWidth(model.people().d));
    }

    static boolean supportsFixedWidth(int d) {
        return d == 4 || d == 8;
    }

    /** {@code fixedWidth}: run the loop written out for d (4 or 8 only; tests compare it with the general loop). */
    InteractionPhase(CoshapeModel model, boolean fixedWidth) {
        this.model = model;
        this.d = model.people().d;
        if (fixedWidth && !supportsFixedWidth(d)) {
            throw new IllegalArgumentException("the fixed-width interaction needs d = 4 or 8, not " + d);
        }
        this.fixedWidth = fixedWidth;
        AiSpec spec = model.scenario().ai();
        this.aw = Accumulators.aiWidth(d);
        this.gw = Accumulators.groupWidth(d);
        double sigma = spec.satisfaction().sigma();
        this.inv2s2 = 1.0 / (2 * sigma * sigma);
        this.invSigma2 = 1.0 / (sigma * sigma);
        this.delta = spec.satisfaction().delta();
        this.trustRate = spec.satisfaction().trustRate();
        this.bonus = spec.extremityBonus();
        this.conf = spec.confidence();
        this.guard = spec.guardrail();
        this.personal = "personal".equals(spec.listeningPolicy());
        this.direct = "direct".equals(spec.feedback());
        this.engagement = "engagement".equals(spec.feedback());
        int width = d;
        this.output = ThreadLocal.withInitial(() -> new double[width]);
    }

    @Override
    public void step(SimState state) {
        if (!model.aiOn()) {
            return;
        }
        long tick = (long) state.schedule.getTime();
        long seed = model.runSeed();
        kUse = CounterRng.key(seed, Purpose.USAGE, tick, 0);
        kRisk = CounterRng.key(seed, Purpose.RISK, tick, 0);
        kFb = CounterRng.key(seed, Purpose.FEEDBACK, tick, 0);
        model.pool().run(model.people().n, chunkTask);
        Accumulators.reduce(model.aiAccumulators(), model.aiTotals()); // in chunk order
    }

    private void interact(int chunk, int from, int to) {
        double[] ac = model.aiAccumulators()[chunk];
        Arrays.fill(ac, 0);
        double[] ga = model.groupAccumulators()[chunk];
        int[] askers = this.askers.get();
        int count = askers(from, to, askers);
        if (fixedWidth && d == 8) {
            interact8(ac, ga, askers, count);
        } else if (fixedWidth) {
            interact4(ac, ga, askers, count);
        } else {
            interactAnyWidth(ac, ga, askers, count);
        }
        addUsersAndTrust(ac, from, to);
    }

    /**
     * The usage coins of people [from, to): writes those who ask, in order, to {@code askers}
     * and returns how many, without a branch. A coin with a usage far from 0 and 1 is a branch the
     * core mispredicts for a third or more of the people; the kernels then loop over askers only
     * (interaction +6% at d = 8, +16% at d = 4, same results).
     */
    private int askers(int from, int to, int[] askers) {
        People p = model.people();
        long kUse = this.kUse;
        int count = 0;
        for (int i = from; i < to; i++) {
            askers[count] = i;
            count += CounterRng.uniformFloat(kUse, i) < p.usage[i] ? 1 : 0;
        }
        return count;
    }

    /**
     * Counts every user of each assistant and adds their trust, in person order, after the
     * kernel: an answered person's trust is then their new one, as when it was added in the
     * kernel, so the sums keep their order and their bits.
     */
    private void addUsersAndTrust(double[] ac, int from, int to) {
        People p = model.people();
        for (int i = from; i < to; i++) {
            int ab = p.ai[i] * aw;
            ac[ab + Accumulators.A_USERS] += 1;
            ac[ab + Accumulators.A_TRUST] += p.trust[i];
        }
    }

    /**
     * The refusal draw for person i, who asked: true when they are answered. Counts the ask and
     * the refusal; everyone's trust is added to their assistant's sum afterwards, in person order.
     */
    private static boolean answered(People p, Ais a, int i, int j, long kRisk, double[] ga, int gb) {
        p.asks[i]++;
        ga[gb + Accumulators.G_ASKS] += 1;
        // a topic risk in [0, 1) never exceeds a threshold of 1: skip the draw then (same results)
        if (a.refusal[j] < 1 && CounterRng.uniform(kRisk, i) > a.refusal[j]) {
            ga[gb + Accumulators.G_REFUSALS] += 1;
            return false;
        }
        return true;
    }

    /** Person i's feedback coin, tossed only when the regime reads feedback (direct or engagement). */
    private boolean givesFeedback(People p, int i, long kFb) {
        return (direct || engagement) && CounterRng.uniformFloat(kFb, i) < p.feedback[i];
    }

    /** Personal listening: the share that lands the output at the person's stance distance, 0 if undefined. */
    private static double personalListening(double r, double st, double g) {
        return (r > 0 && g > 0) ? Math.min(1, Math.max(0, (1 - st / r) / g)) : 0;
    }

    /** The group's outcome sums for one answered person (output moments are added by the caller). */
    private static void tally(double[] ga, int gb, double gap2, double own2, double sat, double wel, double eng) {
        ga[gb + Accumulators.G_ANSWERED] += 1;
        ga[gb + Accumulators.G_GAP2] += gap2;
        ga[gb + Accumulators.G_OWNGAP2] += own2;
        ga[gb + Accumulators.G_SAT] += sat;
        ga[gb + Accumulators.G_WELFARE] += wel;
        ga[gb + Accumulators.G_ENGAGEMENT] += eng;
    }

    /** The engagement gradient of one answered person, from their output in {@code o}. */
    private void engagementGradient(double[] ac, int ab, float[] v, int vb, double[] o, double lg, double sat,
            double sa, double gapD) {
        double satCoef = gapD > 0 ? -sat * sa * invSigma2 / gapD : 0;
        for (int k = 0; k < d; k++) {
            double grad = (1 - lg) * (satCoef * (o[k] - v[vb + k]) + bonus / d * Math.signum(o[k]));
            ac[ab + Accumulators.A_DIFF + d + k] += grad;
        }
    }

    private void interactAnyWidth(double[] ac, double[] ga, int[] askers, int count) {
        People p = model.people();
        Ais a = model.ais();
        long kRisk = this.kRisk;
        long kFb = this.kFb;
        double[] o = output.get();
        float[] v = p.v;
        for (int n = 0; n < count; n++) {
            int i = askers[n];
            int j = p.ai[i];
            int ab = j * aw;
            int gb = p.group[i] * gw;
            if (!answered(p, a, i, j, kRisk, ga, gb)) {
                continue;
            }
            int vb = p.at(i);
            int wb = j * d;
            double st = p.stance[i] * delta;
            double l;
            if (personal) {
                double r2 = 0;
                for (int k = 0; k < d; k++) {
                    double x = v[vb + k] - a.w[wb + k];
                    r2 += x * x;
                }
                l = personalListening(Math.sqrt(r2), st, a.gain[j]);
            } else {
                l = a.listening[j];
            }
            double lg = l * a.gain[j];
            double gap2 = 0;
            double own2 = 0;
            double absO = 0;
            for (int k = 0; k < d; k++) {
                double w = a.w[wb + k];
                double ok = w + lg * (v[vb + k] - w);
                ok = ok < -guard ? -guard : (ok > guard ? guard : ok);
                o[k] = ok;
                double x = ok - v[vb + k];
                double y = ok - p.own[vb + k];
                gap2 += x * x;
                own2 += y * y;
                absO += Math.abs(ok);
            }
            double gapD = Math.sqrt(gap2);
            double ownD = Math.sqrt(own2);
            double sa = gapD - st;
            double we = ownD - st;
            double sat = FastExp.exp(-sa * sa * inv2s2);
            double wel = FastExp.exp(-we * we * inv2s2);
            double eng = sat + bonus * absO / d;
            float trust = (float) (p.trust[i] + trustRate * (sat - p.trust[i]));
            p.trust[i] = trust;
            if (givesFeedback(p, i, kFb)) {
                ac[ab + Accumulators.A_FEEDBACK] += 1;
                if (direct) {
                    for (int k = 0; k < d; k++) {
                        ac[ab + Accumulators.A_DIFF + k] += v[vb + k] - a.w[wb + k];
                    }
                } else {
                    engagementGradient(ac, ab, v, vb, o, lg, sat, sa, gapD);
                }
            }
            if (gapD <= conf) {
                double pull = p.susceptibility[i] * trust * a.persuasiveness[j];
                double anch = p.anchoring[i];
                for (int k = 0; k < d; k++) {
                    double x = v[vb + k] + pull * (o[k] - v[vb + k]) + anch * (p.own[vb + k] - v[vb + k]);
                    v[vb + k] = (float) (x < -1 ? -1 : (x > 1 ? 1 : x));
                }
            }
            p.answered[i]++;
            p.welfareSum[i] += (float) wel;
            tally(ga, gb, gap2, own2, sat, wel, eng);
            int mb = gb + Accumulators.G_OUT + d;
            for (int k = 0; k < d; k++) {
                ga[gb + Accumulators.G_OUT + k] += o[k];
                for (int q = k; q < d; q++) {
                    ga[mb++] += o[k] * o[q];
                }
            }
        }
    }

    /**
     * {@link #interactAnyWidth} written out for d = 8 (and {@link #interact4} for d = 4), in two
     * passes over batches of answered people. One answered person is a long chain of dependent
     * operations (output, distance, square root, exponential, trust, influence) inside a loop body
     * of some 860 instructions at d = 8, more than the core's reorder window holds, so in one pass
     * the next person's chain could not start until this one's was nearly done. {@link #answer8}
     * runs only the chains' first part (output, distances, exponentials; and the direct feedback,
     * which fills their wait) for a batch, a short body in which several people's chains overlap;
     * {@link #apply8} then does the rest (trust, engagement feedback, influence, the sums) for the
     * batch, in person order. Every sum still receives its
     * terms in person order, so the bits are those of the general loop
     * ({@code InteractionWidthTest}). {@link #interact4} is the same code for d = 4, whose shorter
     * body gains less (+1-4% on the bench model, +12% with personal listening, which adds a
     * square root to the chain). In both, the person's values and output live in locals, and the
     * output sums and second moments are straight-line additions (the general loop keeps the
     * output in an array that every accumulator store may alias).
     */
    private void interact8(double[] ac, double[] ga, int[] askers, int count) {
        AnswerBatch batch = batches.get();
        int n = 0;
        while (n < count) {
            n = answer8(ac, ga, askers, n, count, batch);
            apply8(ac, ga, batch);
        }
    }

    /**
     * The first half of the d = 8 kernel: from asker {@code n} on, the refusal draws and, for up
     * to {@link AnswerBatch#SIZE} answered people, the output, its distances and the two
     * exponentials, into {@code batch}. Its body is short, so the core runs several people's
     * chains of square roots and exponentials at once. The feedback coin and the direct feedback
     * sums, which need no exponential, are done here too: they fill the chains' wait, where the
     * second pass is bound by its count of instructions (interaction +4-9% against doing them
     * there). Returns the next asker.
     */
    private int answer8(double[] ac, double[] ga, int[] askers, int n, int count, AnswerBatch batch) {
        People p = model.people();
        Ais a = model.ais();
        long kRisk = this.kRisk;
        long kFb = this.kFb;
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
            if (!answered(p, a, i, j, kRisk, ga, gb)) {
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
            if (personal) {
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
                l = personalListening(Math.sqrt(r2), st, a.gain[j]);
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
            boolean gives = givesFeedback(p, i, kFb);
            if (gives && direct) {
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
            double gapD = Math.sqrt(gap2);
            double ownD = Math.sqrt(own2);
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
            batch.put(filled++, i, gap2, own2, FastExp.exp(-sa * sa * inv2s2), FastExp.exp(-we * we * inv2s2), absO,
                    sa, gapD, lg);
        }
        batch.filled = filled;
        return n;
    }

    /**
     * The second half of the d = 8 kernel, for the people {@link #answer8} answered, in their
     * order: trust, engagement feedback, influence and the sums, each as the one-pass kernel
     * added them.
     */
    private void apply8(double[] ac, double[] ga, AnswerBatch batch) {
        People p = model.people();
        Ais a = model.ais();
        float[] v = p.v;
        float[] own = p.own;
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
            float trust = (float) (p.trust[i] + trustRate * (sat - p.trust[i]));
            p.trust[i] = trust;
            if (gives && engagement) {
                ac[ab + Accumulators.A_FEEDBACK] += 1;
                System.arraycopy(bo, ob, o, 0, 8);
                engagementGradient(ac, ab, v, vb, o, bf[fb + AnswerBatch.LG], sat, bf[fb + AnswerBatch.SA], gapD);
            }
            if (gapD <= conf) {
                double pull = p.susceptibility[i] * trust * a.persuasiveness[j];
                double anch = p.anchoring[i];
                float v0 = v[vb + 0], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
                float v4 = v[vb + 4], v5 = v[vb + 5], v6 = v[vb + 6], v7 = v[vb + 7];
                v[vb + 0] = (float) clamp(v0 + pull * (o0 - v0) + anch * (own[vb + 0] - v0), 1);
                v[vb + 1] = (float) clamp(v1 + pull * (o1 - v1) + anch * (own[vb + 1] - v1), 1);
                v[vb + 2] = (float) clamp(v2 + pull * (o2 - v2) + anch * (own[vb + 2] - v2), 1);
                v[vb + 3] = (float) clamp(v3 + pull * (o3 - v3) + anch * (own[vb + 3] - v3), 1);
                v[vb + 4] = (float) clamp(v4 + pull * (o4 - v4) + anch * (own[vb + 4] - v4), 1);
                v[vb + 5] = (float) clamp(v5 + pull * (o5 - v5) + anch * (own[vb + 5] - v5), 1);
                v[vb + 6] = (float) clamp(v6 + pull * (o6 - v6) + anch * (own[vb + 6] - v6), 1);
                v[vb + 7] = (float) clamp(v7 + pull * (o7 - v7) + anch * (own[vb + 7] - v7), 1);
            }
            p.answered[i]++;
            p.welfareSum[i] += (float) wel;
            tally(ga, gb, bf[fb + AnswerBatch.GAP2], bf[fb + AnswerBatch.OWN2], sat, wel, eng);
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

        void put(int b, int person, double gap2, double own2, double sat, double wel, double absO, double sa,
                double gapD, double lg) {
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

    private void interact4(double[] ac, double[] ga, int[] askers, int count) {
        AnswerBatch batch = batches.get();
        int n = 0;
        while (n < count) {
            n = answer4(ac, ga, askers, n, count, batch);
            apply4(ac, ga, batch);
        }
    }

    /** {@link #answer8} for d = 4. */
    private int answer4(double[] ac, double[] ga, int[] askers, int n, int count, AnswerBatch batch) {
        People p = model.people();
        Ais a = model.ais();
        long kRisk = this.kRisk;
        long kFb = this.kFb;
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
            if (!answered(p, a, i, j, kRisk, ga, gb)) {
                continue;
            }
            int vb = p.at(i);
            int wb = j * 4;
            float v0 = v[vb + 0], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
            float u0 = own[vb + 0], u1 = own[vb + 1], u2 = own[vb + 2], u3 = own[vb + 3];
            double w0 = promoted[wb + 0], w1 = promoted[wb + 1], w2 = promoted[wb + 2], w3 = promoted[wb + 3];
            double st = p.stance[i] * delta;
            double l;
            if (personal) {
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
                l = personalListening(Math.sqrt(r2), st, a.gain[j]);
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
            boolean gives = givesFeedback(p, i, kFb);
            if (gives && direct) {
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
            double gapD = Math.sqrt(gap2);
            double ownD = Math.sqrt(own2);
            double sa = gapD - st;
            double we = ownD - st;
            int ob = filled * 4;
            bo[ob + 0] = o0;
            bo[ob + 1] = o1;
            bo[ob + 2] = o2;
            bo[ob + 3] = o3;
            batch.put(filled++, i, gap2, own2, FastExp.exp(-sa * sa * inv2s2), FastExp.exp(-we * we * inv2s2), absO,
                    sa, gapD, lg);
        }
        batch.filled = filled;
        return n;
    }

    /** {@link #apply8} for d = 4. */
    private void apply4(double[] ac, double[] ga, AnswerBatch batch) {
        People p = model.people();
        Ais a = model.ais();
        float[] v = p.v;
        float[] own = p.own;
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
            float trust = (float) (p.trust[i] + trustRate * (sat - p.trust[i]));
            p.trust[i] = trust;
            if (gives && engagement) {
                ac[ab + Accumulators.A_FEEDBACK] += 1;
                System.arraycopy(bo, ob, o, 0, 4);
                engagementGradient(ac, ab, v, vb, o, bf[fb + AnswerBatch.LG], sat, bf[fb + AnswerBatch.SA], gapD);
            }
            if (gapD <= conf) {
                double pull = p.susceptibility[i] * trust * a.persuasiveness[j];
                double anch = p.anchoring[i];
                float v0 = v[vb + 0], v1 = v[vb + 1], v2 = v[vb + 2], v3 = v[vb + 3];
                v[vb + 0] = (float) clamp(v0 + pull * (o0 - v0) + anch * (own[vb + 0] - v0), 1);
                v[vb + 1] = (float) clamp(v1 + pull * (o1 - v1) + anch * (own[vb + 1] - v1), 1);
                v[vb + 2] = (float) clamp(v2 + pull * (o2 - v2) + anch * (own[vb + 2] - v2), 1);
                v[vb + 3] = (float) clamp(v3 + pull * (o3 - v3) + anch * (own[vb + 3] - v3), 1);
            }
            p.answered[i]++;
            p.welfareSum[i] += (float) wel;
            tally(ga, gb, bf[fb + AnswerBatch.GAP2], bf[fb + AnswerBatch.OWN2], sat, wel, eng);
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
