package org.coshape.model;

import java.util.Arrays;
import org.coshape.scenario.AiSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 1: every person may ask their AI (MODEL.md, "Interaction"). Runs in parallel over
 * fixed chunks; each person touches only their own state and their chunk's accumulator row, and
 * the AIs are read-only here, so the phase is race-free and thread-count independent.
 */
final class InteractionPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;
    /** Per-thread buffer for one output vector, reused across chunks and ticks. */
    private final transient ThreadLocal<double[]> output;

    InteractionPhase(CoshapeModel model) {
        this.model = model;
        int d = model.scenario().dims();
        this.output = ThreadLocal.withInitial(() -> new double[d]);
    }

    @Override
    public void step(SimState state) {
        if (!model.aiOn()) {
            return;
        }
        long tick = (long) state.schedule.getTime();
        long seed = model.runSeed();
        long kUse = CounterRng.key(seed, Purpose.USAGE, tick, 0);
        long kRisk = CounterRng.key(seed, Purpose.RISK, tick, 0);
        long kFb = CounterRng.key(seed, Purpose.FEEDBACK, tick, 0);
        People p = model.people();
        Ais a = model.ais();
        AiSpec spec = model.scenario().ai();
        int d = p.d;
        int m = a.m;
        int aw = Accumulators.aiWidth(d);
        int gw = Accumulators.groupWidth(d);
        double sigma = spec.satisfaction().sigma();
        double inv2s2 = 1.0 / (2 * sigma * sigma);
        double invSigma2 = 1.0 / (sigma * sigma);
        double delta = spec.satisfaction().delta();
        double trustRate = spec.satisfaction().trustRate();
        double bonus = spec.extremityBonus();
        double conf = spec.confidence();
        double guard = spec.guardrail();
        boolean personal = "personal".equals(spec.listeningPolicy());
        boolean direct = "direct".equals(spec.feedback());
        boolean engagement = "engagement".equals(spec.feedback());
        double[][] aiAcc = model.aiAccumulators();
        double[][] gAcc = model.groupAccumulators();
        model.pool().run(p.n, (chunk, from, to) -> {
            double[] ac = aiAcc[chunk];
            double[] ga = gAcc[chunk];
            Arrays.fill(ac, 0);
            double[] o = output.get();
            float[] v = p.v;
            for (int i = from; i < to; i++) {
                int j = p.ai[i];
                int ab = j * aw;
                ac[ab + Accumulators.A_USERS] += 1;
                int gb = p.group[i] * gw;
                if (CounterRng.uniformFloat(kUse, i) >= p.usage[i]) {
                    ac[ab + Accumulators.A_TRUST] += p.trust[i];
                    continue;
                }
                p.asks[i]++;
                ga[gb + Accumulators.G_ASKS] += 1;
                // a topic risk in [0, 1) never exceeds a threshold of 1: skip the draw then (same results)
                if (a.refusal[j] < 1 && CounterRng.uniform(kRisk, i) > a.refusal[j]) {
                    ga[gb + Accumulators.G_REFUSALS] += 1;
                    ac[ab + Accumulators.A_TRUST] += p.trust[i];
                    continue;
                }
                int vb = p.base + i * d;
                int wb = j * d;
                double st = p.stance[i] * delta;
                double l;
                if (personal) {
                    double r2 = 0;
                    for (int k = 0; k < d; k++) {
                        double x = v[vb + k] - a.w[wb + k];
                        r2 += x * x;
                    }
                    double r = Math.sqrt(r2);
                    double g = a.gain[j];
                    l = (r > 0 && g > 0) ? Math.min(1, Math.max(0, (1 - st / r) / g)) : 0;
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
                double sat = Math.exp(-sa * sa * inv2s2);
                double wel = Math.exp(-we * we * inv2s2);
                double eng = sat + bonus * absO / d;
                float trust = (float) (p.trust[i] + trustRate * (sat - p.trust[i]));
                p.trust[i] = trust;
                ac[ab + Accumulators.A_TRUST] += trust;
                // feedback is only read by the direct and engagement updates
                if ((direct || engagement) && CounterRng.uniformFloat(kFb, i) < p.feedback[i]) {
                    ac[ab + Accumulators.A_FEEDBACK] += 1;
                    if (direct) {
                        for (int k = 0; k < d; k++) {
                            ac[ab + Accumulators.A_DIFF + k] += v[vb + k] - a.w[wb + k];
                        }
                    } else if (engagement) {
                        double satCoef = gapD > 0 ? -sat * sa * invSigma2 / gapD : 0;
                        for (int k = 0; k < d; k++) {
                            double grad = (1 - lg) * (satCoef * (o[k] - v[vb + k]) + bonus / d * Math.signum(o[k]));
                            ac[ab + Accumulators.A_DIFF + d + k] += grad;
                        }
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
                ga[gb + Accumulators.G_ANSWERED] += 1;
                ga[gb + Accumulators.G_GAP2] += gap2;
                ga[gb + Accumulators.G_OWNGAP2] += own2;
                ga[gb + Accumulators.G_SAT] += sat;
                ga[gb + Accumulators.G_WELFARE] += wel;
                ga[gb + Accumulators.G_ENGAGEMENT] += eng;
                int mb = gb + Accumulators.G_OUT + d;
                for (int k = 0; k < d; k++) {
                    ga[gb + Accumulators.G_OUT + k] += o[k];
                    for (int q = k; q < d; q++) {
                        ga[mb++] += o[k] * o[q];
                    }
                }
            }
        });
        // fixed-order reduction of the per-AI rows
        double[] total = model.aiTotals();
        Arrays.fill(total, 0);
        for (double[] row : aiAcc) {
            for (int k = 0; k < m * aw; k++) {
                total[k] += row[k];
            }
        }
    }
}
