package org.coshape.model;

import org.coshape.model.network.Network;
import org.coshape.scenario.SocialSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 3: social influence, double-buffered (everyone reads this tick's values and writes
 * the next buffer), by one of the published rules. With weights w_ij and row sums s_i, the
 * neighbour mean is m_i = sum_j w_ij v_j / s_i; people without neighbours keep their values.
 * <ul>
 * <li>{@code degroot}: v_i' = (1 - rate) v_i + rate m_i (DeGroot 1974, with W = (1-rate)I + rate D^-1 A)</li>
 * <li>{@code friedkin_johnsen}: v_i' = (1 - a_i)[(1 - rate) v_i + rate m_i] + a_i own_i, a_i = anchoring
 * (Friedkin and Johnsen 1990, stubbornness a_i)</li>
 * <li>{@code hegselmann_krause}: v_i' = weighted mean of v_j over neighbours with |v_j - v_i| <= confidence,
 * self included with weight 1 (Hegselmann and Krause 2002); {@code rate} does not apply</li>
 * <li>{@code deffuant}: a random matching of disjoint neighbour pairs; a pair within confidence moves
 * rate (mu) toward each other (Deffuant et al. 2000)</li>
 * </ul>
 */
final class SocialPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;
    private int[] proposal;
    private int[] partner;

    SocialPhase(CoshapeModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        SocialSpec spec = model.scenario().social();
        People p = model.people();
        Network net = model.network();
        switch (spec.rule()) {
            case "none" -> {
                return;
            }
            case "degroot" -> linear(p, net, spec.rate(), false);
            case "friedkin_johnsen" -> linear(p, net, spec.rate(), true);
            case "hegselmann_krause" -> boundedConfidence(p, net, spec.confidence());
            case "deffuant" -> deffuant(p, net, spec, (long) state.schedule.getTime());
            default -> throw new IllegalStateException(spec.rule());
        }
        p.swap();
    }

    private void linear(People p, Network net, double rate, boolean anchored) {
        int d = p.d;
        int[] off = net.offsets();
        int[] tg = net.targets();
        float[] wt = net.weights();
        model.pool().run(p.n, (chunk, from, to) -> {
            float[] v = p.v;
            float[] out = p.vNext;
            double[] m = new double[d];
            for (int i = from; i < to; i++) {
                int s = off[i];
                int e = off[i + 1];
                int vb = i * d;
                double a = anchored ? p.anchoring[i] : 0;
                if (s == e) {
                    for (int k = 0; k < d; k++) {
                        double x = v[vb + k];
                        out[vb + k] = (float) ((1 - a) * x + a * p.own[vb + k]);
                    }
                    continue;
                }
                java.util.Arrays.fill(m, 0);
                double sw = 0;
                for (int q = s; q < e; q++) {
                    int nb = tg[q] * d;
                    double w = wt == null ? 1 : wt[q];
                    sw += w;
                    for (int k = 0; k < d; k++) {
                        m[k] += w * v[nb + k];
                    }
                }
                for (int k = 0; k < d; k++) {
                    double x = (1 - rate) * v[vb + k] + rate * (m[k] / sw);
                    out[vb + k] = (float) ((1 - a) * x + a * p.own[vb + k]);
                }
            }
        });
    }

    private void boundedConfidence(People p, Network net, double confidence) {
        int d = p.d;
        int[] off = net.offsets();
        int[] tg = net.targets();
        float[] wt = net.weights();
        double c2 = confidence * confidence;
        model.pool().run(p.n, (chunk, from, to) -> {
            float[] v = p.v;
            float[] out = p.vNext;
            double[] m = new double[d];
            for (int i = from; i < to; i++) {
                int vb = i * d;
                double sw = 1;
                for (int k = 0; k < d; k++) {
                    m[k] = v[vb + k];
                }
                for (int q = off[i]; q < off[i + 1]; q++) {
                    int nb = tg[q] * d;
                    double dist = 0;
                    for (int k = 0; k < d; k++) {
                        double x = v[nb + k] - v[vb + k];
                        dist += x * x;
                    }
                    if (dist <= c2) {
                        double w = wt == null ? 1 : wt[q];
                        sw += w;
                        for (int k = 0; k < d; k++) {
                            m[k] += w * v[nb + k];
                        }
                    }
                }
                for (int k = 0; k < d; k++) {
                    out[vb + k] = (float) (m[k] / sw);
                }
            }
        });
    }

    /**
     * Parallel, deterministic random matching: each person is a proposer or a listener by coin;
     * a proposer picks one neighbour at random; a listener accepts, among the proposers that
     * picked it, the one with the smallest random priority. Accepted pairs are disjoint, and
     * every draw is keyed by (tick, person), so the matching is independent of threads.
     */
    private void deffuant(People p, Network net, SocialSpec spec, long tick) {
        int n = p.n;
        int d = p.d;
        if (proposal == null || proposal.length != n) {
            proposal = new int[n];
            partner = new int[n];
        }
        long seed = model.runSeed();
        long kRole = CounterRng.key(seed, Purpose.DEFFUANT_ROLE, tick, 0);
        long kPick = CounterRng.key(seed, Purpose.DEFFUANT_PICK, tick, 0);
        long kPrio = CounterRng.key(seed, Purpose.DEFFUANT_PRIORITY, tick, 0);
        int[] off = net.offsets();
        int[] tg = net.targets();
        Network in = net.reversed();
        int[] inOff = in.offsets();
        int[] inTg = in.targets();
        double c2 = spec.confidence() * spec.confidence();
        double mu = spec.rate();
        int[] prop = proposal;
        int[] part = partner;
        model.pool().run(n, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int deg = off[i + 1] - off[i];
                boolean proposer = (CounterRng.bits(kRole, i) & 1L) == 0;
                prop[i] = proposer && deg > 0 ? tg[off[i] + CounterRng.below(kPick, i, deg)] : -1;
            }
            System.arraycopy(p.v, from * d, p.vNext, from * d, (to - from) * d);
        });
        model.pool().run(n, (chunk, from, to) -> {
            for (int j = from; j < to; j++) {
                part[j] = -1;
                if ((CounterRng.bits(kRole, j) & 1L) == 0) {
                    continue; // proposers do not accept
                }
                long best = Long.MAX_VALUE;
                for (int q = inOff[j]; q < inOff[j + 1]; q++) {
                    int k = inTg[q];
                    if (k != j && prop[k] == j) {
                        long prio = CounterRng.bits(kPrio, k) >>> 1;
                        if (prio < best || (prio == best && k < part[j])) {
                            best = prio;
                            part[j] = k;
                        }
                    }
                }
            }
        });
        model.pool().run(n, (chunk, from, to) -> {
            float[] v = p.v;
            float[] out = p.vNext;
            for (int j = from; j < to; j++) {
                int k = part[j];
                if (k < 0) {
                    continue;
                }
                int jb = j * d;
                int kb = k * d;
                double dist = 0;
                for (int q = 0; q < d; q++) {
                    double x = v[kb + q] - v[jb + q];
                    dist += x * x;
                }
                if (dist <= c2) {
                    for (int q = 0; q < d; q++) {
                        double xj = v[jb + q];
                        double xk = v[kb + q];
                        out[jb + q] = (float) (xj + mu * (xk - xj));
                        out[kb + q] = (float) (xk + mu * (xj - xk));
                    }
                }
            }
        });
    }
}
