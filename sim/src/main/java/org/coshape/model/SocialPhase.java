package org.coshape.model;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.ExposureSpec;
import org.coshape.scenario.Matching;
import org.coshape.scenario.NetworkType;
import org.coshape.scenario.SocialSpec;
import org.coshape.scenario.StopSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 3: social influence, double-buffered (everyone reads this tick's values and writes
 * the next buffer), by one of the published rules, for the real population and then, with the
 * same draws, for its no-AI twin. Bounded-confidence radii are RMS per dimension. With weights w_ij and row
 * sums s_i, the
 * neighbour mean is m_i = sum_j w_ij v_j / s_i; people without neighbours keep their values.
 * <ul>
 * <li>{@code degroot}: v_i' = (1 - rate) v_i + rate m_i (DeGroot 1974, with W = (1-rate)I + rate D^-1 A)</li>
 * <li>{@code friedkin_johnsen}: v_i' = (1 - a_i)[(1 - rate) v_i + rate m_i] + a_i own_i, a_i = anchoring
 * (Friedkin and Johnsen 1990, stubbornness a_i)</li>
 * <li>{@code hegselmann_krause}: v_i' = weighted mean of v_j over neighbours with |v_j - v_i| / sqrt(d) <= confidence,
 * self included with weight 1 (Hegselmann and Krause 2002); {@code rate} does not apply</li>
 * <li>{@code deffuant}: meetings of neighbour pairs, a random matching of disjoint pairs each tick
 * ({@code parallel}) or {@link SequentialMeetings}; a pair within confidence moves rate (mu) toward
 * each other (Deffuant et al. 2000), and a pair beyond {@code social.repulsion} moves rate apart</li>
 * </ul>
 */
final class SocialPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int NONE = 0;
    private static final int DEGROOT = 1;
    private static final int FRIEDKIN_JOHNSEN = 2;
    private static final int HEGSELMANN_KRAUSE = 3;
    private static final int DEFFUANT = 4;
    private final CoshapeModel model;
    private final int rule;
    private final double rate;
    /** Squared confidence radius (HK and Deffuant). */
    private final double c2;
    /** Pairs closer than this (sums of squares) already agree: their meeting is no interaction. */
    private final double agree2;
    /** Squared repulsion radius (Deffuant); infinite when repulsion is off. */
    private final double r2;
    /** The sequential protocol, or null for the parallel matching. */
    private final SequentialMeetings sequential;
    /** Each assistant's exposure strength, or null when no assistant filters. */
    private final double[] exposure;
    /** Deffuant meetings that moved people who did not already agree (the real population), in all and per chunk. */
    private long interactions;

    private long[] chunkInteractions;

    private int[] proposal;
    private int[] partner;
    /** Per listener, the smallest priority offered so far (complete networks only). */
    private long[] bestPriority;
    /** Whether the network is complete: Deffuant's accept pass then takes each proposal once. */
    private final boolean complete;
    /** The population a pass updates (the real one, then the twin), written before the pool starts the pass. */
    private People target;
    /** This tick's Deffuant draw keys, written before the pool starts a pass (which publishes them). */
    private long kRole;

    private long kPick;
    private long kPrio;
    private final transient ThreadLocal<GeneralWidthKernels.Scratch> scratch =
            ThreadLocal.withInitial(GeneralWidthKernels.Scratch::new);
    // chunk tasks made once: a lambda per tick would allocate
    private final transient ChunkPool.ChunkTask averageTask = this::average;
    private final transient ChunkPool.ChunkTask proposeTask = this::propose;
    private final transient ChunkPool.ChunkTask acceptTask = this::accept;
    private final transient ChunkPool.ChunkTask meetTask = this::meet;

    SocialPhase(CoshapeModel model) {
        this.model = model;
        SocialSpec spec = model.scenario().social();
        this.rule = switch (spec.rule()) {
            case NONE -> NONE;
            case DEGROOT -> DEGROOT;
            case FRIEDKIN_JOHNSEN -> FRIEDKIN_JOHNSEN;
            case HEGSELMANN_KRAUSE -> HEGSELMANN_KRAUSE;
            case DEFFUANT -> DEFFUANT;
        };
        this.rate = spec.rate();
        this.complete = model.scenario().network().type() == NetworkType.COMPLETE;
        // the radius is RMS per dimension: |x| / sqrt(d) <= c, i.e. |x|^2 <= c^2 d
        this.c2 = spec.confidence() * spec.confidence() * model.people().d;
        this.agree2 = StopSpec.AGREEMENT * StopSpec.AGREEMENT * model.people().d;
        this.r2 = spec.repels() ? spec.repulsion() * spec.repulsion() * model.people().d : Double.POSITIVE_INFINITY;
        this.sequential = spec.matching() == Matching.SEQUENTIAL
                ? new SequentialMeetings(rate, c2, r2, StopSpec.AGREEMENT * StopSpec.AGREEMENT * model.people().d)
                : null;
        ExposureSpec e = model.scenario().ai().exposure();
        this.exposure = model.aiOn() && e.any()
                ? e.gamma().stream().mapToDouble(Double::doubleValue).toArray()
                : null;
    }

    /** Deffuant meetings that moved someone (in the population, not its twin) since the start. */
    long interactions() {
        return interactions;
    }

    @Override
    public void step(SimState state) {
        if (rule == NONE) {
            return;
        }
        People p = model.people();
        People twin = model.separateTwin();
        if (rule == DEFFUANT && sequential != null) {
            long tick = (long) state.schedule.getTime();
            interactions += sequential.meet(p, model.network(), complete, exposure, model.runSeed(), tick);
            if (twin != null) {
                sequential.meet(twin, model.network(), complete, null, model.runSeed(), tick);
            }
        } else if (rule == DEFFUANT) {
            deffuant(p, twin, (long) state.schedule.getTime());
        } else {
            average(p);
            if (twin != null) {
                average(twin);
            }
        }
        p.swap();
        if (twin != null) {
            twin.swap();
        }
    }

    private void average(People p) {
        target = p;
        model.pool().run(p.n, averageTask);
    }

    /**
     * DeGroot, Friedkin-Johnsen or Hegselmann-Krause on people [from, to). Widths up to 8 run
     * {@link FixedWidthKernels} (and through it {@link NarrowWidthKernels}), wider ones the
     * generic loops here, in blocks of {@link #TouchLoop.BLOCK} whose neighbour records are touched
     * first when the values do not fit in cache.
     */
    private void average(int chunk, int from, int to) {
        People p = target;
        Network net = model.network();
        int d = p.d;
        int base = p.base;
        int[] off = net.offsets();
        int[] rec = model.neighbourRecords();
        float[] wt = net.weights();
        float[] v = p.v;
        float[] out = p.vNext;
        float[] anchoring = rule == FRIEDKIN_JOHNSEN ? p.anchoring : null;
        int touch = TouchLoop.touchMode(p);
        GeneralWidthKernels.Scratch sc = scratch.get();
        if (FixedWidthKernels.supports(d)) {
            sc.sink(
                    rule == HEGSELMANN_KRAUSE
                            ? FixedWidthKernels.boundedConfidence(d, base, v, out, off, rec, wt, c2, from, to, touch)
                            : FixedWidthKernels.linear(
                                    d, base, v, out, p.own, anchoring, off, rec, wt, rate, from, to, touch));
            return;
        }
        float sink = 0;
        for (int b = from; b < to; b += TouchLoop.BLOCK) {
            int be = Math.min(to, b + TouchLoop.BLOCK);
            sink += rule == HEGSELMANN_KRAUSE
                    ? GeneralWidthKernels.boundedConfidenceGeneric(d, base, v, out, off, rec, wt, c2, b, be, touch, sc)
                    : GeneralWidthKernels.linearGeneric(
                            d, base, v, out, p.own, anchoring, off, rec, wt, rate, b, be, touch, sc);
        }
        sc.sink(sink);
    }

    /**
     * Parallel, deterministic random matching: each person is a proposer or a listener by coin;
     * a proposer picks one neighbour at random; a listener accepts, among the proposers that
     * picked it, the one with the smallest random priority. Accepted pairs are disjoint, and
     * every draw is keyed by (tick, person), so the matching is independent of threads.
     */
    private void deffuant(People p, People twin, long tick) {
        if (proposal == null || proposal.length != p.n) {
            proposal = new int[p.n];
            partner = new int[p.n];
            chunkInteractions = new long[ChunkPool.chunks(p.n)];
        }
        long seed = model.runSeed();
        kRole = CounterRng.key(seed, Purpose.DEFFUANT_ROLE, tick, 0);
        kPick = CounterRng.key(seed, Purpose.DEFFUANT_PICK, tick, 0);
        kPrio = CounterRng.key(seed, Purpose.DEFFUANT_PRIORITY, tick, 0);
        model.pool().run(p.n, proposeTask);
        if (complete) {
            acceptOnCompleteNetwork(p.n);
        } else {
            model.pool().run(p.n, acceptTask);
        }
        target = p;
        Arrays.fill(chunkInteractions, 0);
        model.pool().run(p.n, meetTask);
        for (long c : chunkInteractions) {
            interactions += c;
        }
        if (twin != null) {
            target = twin;
            model.pool().run(p.n, meetTask);
        }
    }

    /** Role coins and proposals; everyone's values are carried over to the next buffer. */
    private void propose(int chunk, int from, int to) {
        People p = model.people();
        Network net = model.network();
        int[] off = net.offsets();
        int[] tg = net.targets();
        long kRole = this.kRole;
        long kPick = this.kPick;
        int[] prop = proposal;
        for (int i = from; i < to; i++) {
            int deg = off[i + 1] - off[i];
            boolean proposer = (CounterRng.bits(kRole, i) & 1L) == 0;
            prop[i] = proposer && deg > 0 ? tg[off[i] + CounterRng.below(kPick, i, deg)] : -1;
        }
        System.arraycopy(p.v, p.at(from), p.vNext, p.at(from), (to - from) * p.d);
        People twin = model.separateTwin();
        if (twin != null) {
            System.arraycopy(twin.v, p.at(from), twin.vNext, p.at(from), (to - from) * p.d);
        }
    }

    /**
     * {@link #accept} on a complete network, where everyone listens to everyone: instead of each
     * listener scanning its N - 1 in-neighbours (O(N^2) per tick), each proposal is offered to its
     * listener once, in order of proposer (O(N)). The smallest priority wins and, at equal
     * priority, the smaller proposer, as in the scan: the same pairs.
     */
    private void acceptOnCompleteNetwork(int n) {
        if (bestPriority == null || bestPriority.length != n) {
            bestPriority = new long[n];
        }
        Arrays.fill(partner, -1);
        Arrays.fill(bestPriority, Long.MAX_VALUE);
        for (int k = 0; k < n; k++) {
            int j = proposal[k];
            if (j < 0 || j == k || (CounterRng.bits(kRole, j) & 1L) == 0) {
                continue; // no proposal, or to a proposer, who does not accept
            }
            long prio = CounterRng.bits(kPrio, k) >>> 1;
            if (prio < bestPriority[j]) {
                bestPriority[j] = prio;
                partner[j] = k;
            }
        }
    }

    /** Each listener accepts the proposer of smallest priority among those who picked it. */
    private void accept(int chunk, int from, int to) {
        Network in = model.network().reversed();
        int[] inOff = in.offsets();
        int[] inTg = in.targets();
        long kRole = this.kRole;
        long kPrio = this.kPrio;
        int[] prop = proposal;
        int[] part = partner;
        for (int j = from; j < to; j++) {
            part[j] = -1;
            if ((CounterRng.bits(kRole, j) & 1L) == 0) {
                continue; // proposers do not accept
            }
            long best = Long.MAX_VALUE;
            int e = inOff[j + 1];
            for (int q = inOff[j]; q < e; q++) {
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
    }

    /** Matched pairs within confidence move {@code rate} toward each other, and beyond repulsion apart. */
    private void meet(int chunk, int from, int to) {
        People p = target;
        long moved = 0;
        int d = p.d;
        double mu = rate;
        int[] part = partner;
        float[] v = p.v;
        float[] out = p.vNext;
        for (int j = from; j < to; j++) {
            int k = part[j];
            if (k < 0) {
                continue;
            }
            int jb = p.at(j);
            int kb = p.at(k);
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
                if (dist > agree2) {
                    moved++;
                }
            } else if (dist > r2) {
                for (int q = 0; q < d; q++) {
                    double xj = v[jb + q];
                    double xk = v[kb + q];
                    out[jb + q] = (float) Math.max(-1, Math.min(1, xj - mu * (xk - xj)));
                    out[kb + q] = (float) Math.max(-1, Math.min(1, xk - mu * (xj - xk)));
                }
                moved++;
            }
        }
        if (p == model.people()) {
            chunkInteractions[chunk] = moved;
        }
    }
}
