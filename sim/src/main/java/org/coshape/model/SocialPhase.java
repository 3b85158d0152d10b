package org.coshape.model;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.SocialSpec;
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
 * <li>{@code deffuant}: a random matching of disjoint neighbour pairs; a pair within confidence moves
 * rate (mu) toward each other (Deffuant et al. 2000)</li>
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

    private int[] proposal;
    private int[] partner;
    /** The population a pass updates (the real one, then the twin), written before the pool starts the pass. */
    private People target;
    /** This tick's Deffuant draw keys, written before the pool starts a pass (which publishes them). */
    private long kRole;

    private long kPick;
    private long kPrio;
    private final transient ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
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
        // the radius is RMS per dimension: |x| / sqrt(d) <= c, i.e. |x|^2 <= c^2 d
        this.c2 = spec.confidence() * spec.confidence() * model.people().d;
    }

    @Override
    public void step(SimState state) {
        if (rule == NONE) {
            return;
        }
        People p = model.people();
        People twin = model.separateTwin();
        if (rule == DEFFUANT) {
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

    /** People per block: their neighbours' records (about 10 per person) stay in L1/L2 between the passes. */
    static final int BLOCK = 64;

    /** Below this many bytes of values the whole array stays in cache and touching only costs time. */
    static final long TOUCH_ABOVE_BYTES = 1L << 20;

    /**
     * Loads one float from each cache line of every neighbour record of people [b, be) and
     * returns their sum (a value the caller must use, so the loads are not removed). Java has no
     * prefetch instruction; this loop stands in for one. It has few instructions per edge, so the
     * core keeps many misses in flight; the compute loops that follow then hit the cache instead
     * of waiting on memory one neighbour at a time (measured: 3-4x on the social pass at 10^6
     * people). One load per 64 bytes of record ({@link #TOUCH_LINES}), plus the last element
     * when records may straddle lines ({@link #TOUCH_ENDS}); at d = 8 the second load of a
     * possibly split record cost 25-30% of the whole pass. {@code rec} holds each link's record
     * offset ({@link NeighbourRecords}): fewer instructions per link let the core keep more
     * misses in flight.
     */
    static float touch(float[] v, int[] off, int[] rec, int b, int be, int d, int mode) {
        float t = 0;
        int last = d - 1;
        int s = off[b];
        int e = off[be]; // a local bound: with off[be] in the condition this loop ran 1.6x slower
        if (mode == TOUCH_LINES) {
            for (int q = s; q < e; q++) {
                t += v[rec[q]];
            }
        } else {
            for (int q = s; q < e; q++) {
                int nb = rec[q];
                t += v[nb] + v[nb + last];
            }
        }
        for (int k = 16; k < last; k += 16) {
            for (int q = s; q < e; q++) {
                t += v[rec[q] + k];
            }
        }
        return t;
    }

    /** No touch loop: the values fit in cache. */
    static final int TOUCH_NONE = 0;
    /** Touch one value per 64 bytes of record: records lie inside lines. */
    static final int TOUCH_LINES = 1;
    /** Touch also each record's last value, which may sit on the next line. */
    static final int TOUCH_ENDS = 2;

    /** How to touch neighbour records before each block: only when the values exceed the cache. */
    static int touchMode(People p) {
        if (4L * p.v.length <= TOUCH_ABOVE_BYTES) {
            return TOUCH_NONE;
        }
        return p.recordsOnLines ? TOUCH_LINES : TOUCH_ENDS;
    }

    /**
     * DeGroot, Friedkin-Johnsen or Hegselmann-Krause on people [from, to). Widths up to 8 run
     * {@link FixedWidthKernels} (and through it {@link NarrowWidthKernels}), wider ones the
     * generic loops here, in blocks of {@link #BLOCK} whose neighbour records are touched
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
        int touch = touchMode(p);
        Scratch sc = scratch.get();
        if (FixedWidthKernels.supports(d)) {
            sc.sink(
                    rule == HEGSELMANN_KRAUSE
                            ? FixedWidthKernels.boundedConfidence(d, base, v, out, off, rec, wt, c2, from, to, touch)
                            : FixedWidthKernels.linear(
                                    d, base, v, out, p.own, anchoring, off, rec, wt, rate, from, to, touch));
            return;
        }
        float sink = 0;
        for (int b = from; b < to; b += BLOCK) {
            int be = Math.min(to, b + BLOCK);
            sink += rule == HEGSELMANN_KRAUSE
                    ? boundedConfidenceGeneric(d, base, v, out, off, rec, wt, c2, b, be, touch, sc)
                    : linearGeneric(d, base, v, out, p.own, anchoring, off, rec, wt, rate, b, be, touch, sc);
        }
        sc.sink(sink);
    }

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
        float sink = touch == TOUCH_NONE ? 0 : touch(v, off, rec, from, to, d, touch);
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
        float sink = touch == TOUCH_NONE ? 0 : touch(v, off, rec, from, to, d, touch);
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
     * and chains every neighbour's add through a store and a load (measured 2x slower in cache).
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
        }
        long seed = model.runSeed();
        kRole = CounterRng.key(seed, Purpose.DEFFUANT_ROLE, tick, 0);
        kPick = CounterRng.key(seed, Purpose.DEFFUANT_PICK, tick, 0);
        kPrio = CounterRng.key(seed, Purpose.DEFFUANT_PRIORITY, tick, 0);
        model.pool().run(p.n, proposeTask);
        model.pool().run(p.n, acceptTask);
        target = p;
        model.pool().run(p.n, meetTask);
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

    /** Matched pairs within confidence move {@code rate} toward each other. */
    private void meet(int chunk, int from, int to) {
        People p = target;
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
            }
        }
    }
}
