package org.coshape.model;

import org.coshape.model.network.Network;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.StopSpec;

/**
 * Deffuant's sequential protocol ({@code social.matching: sequential}, Deffuant et al. 2000): each
 * tick, as many meetings as people, one after another. Meeting m draws a person i uniformly, then
 * a partner among i's neighbours (on a complete network among everyone else, drawn directly
 * rather than read from the network), uniformly or, under curated exposure, with probability
 * proportional to max(d(i, j), {@value #CLOSEST})^-gamma, gamma being that of i's assistant and d
 * RMS per dimension (Sirbu et al. 2019). A pair within confidence moves {@code rate} toward each
 * other; a pair beyond {@code social.repulsion} moves {@code rate} apart, values kept in [-1, 1].
 * Each meeting sees the ones before it. A meeting counts as an interaction when it moved people who
 * did not already agree to {@link StopSpec#AGREEMENT}. Single-threaded; every draw is keyed by (tick, meeting),
 * so a run is the same on any machine. The twin meets by the same draws without filtering: no
 * assistant chooses its partners.
 */
final class SequentialMeetings {
    /** The smallest distance exposure weighs (a partner at distance 0 would have infinite weight). */
    static final double CLOSEST = 1e-5;

    private final double rate;
    /** Squared confidence and repulsion radii, in sums of squares over d dimensions. */
    private final double c2;

    private final double r2;
    /** Pairs closer than this (sums of squares) already agree: their meeting changes nothing that counts. */
    private final double agree2;

    private double[] weights = new double[0];
    /** This tick's network: on a complete one partners are drawn directly, else from i's neighbours. */
    private boolean complete;

    private int[] off;
    private int[] tg;

    SequentialMeetings(double rate, double c2, double r2, double agree2) {
        this.rate = rate;
        this.c2 = c2;
        this.r2 = r2;
        this.agree2 = agree2;
    }

    /**
     * One tick of meetings on {@code p.vNext} (first a copy of {@code p.v}); {@code gamma} is each
     * assistant's exposure strength, or null for none. Returns the interactions.
     */
    long meet(People p, Network net, boolean complete, double[] gamma, long seed, long tick) {
        System.arraycopy(p.v, 0, p.vNext, 0, p.v.length);
        float[] v = p.vNext;
        int n = p.n;
        this.complete = complete;
        this.off = net.offsets();
        this.tg = net.targets();
        long kWho = CounterRng.key(seed, Purpose.DEFFUANT_SEQUENCE, tick, 0);
        long kPartner = CounterRng.key(seed, Purpose.DEFFUANT_PARTNER, tick, 0);
        long moved = 0;
        for (int m = 0; m < n; m++) {
            int i = CounterRng.below(kWho, m, n);
            int count = complete ? n - 1 : off[i + 1] - off[i];
            if (count == 0) {
                continue;
            }
            double u = CounterRng.uniform(kPartner, m);
            double g = gamma == null || p.ai[i] < 0 ? 0 : gamma[p.ai[i]];
            int c = g == 0 ? Math.min(count - 1, (int) (u * count)) : weighted(p, v, i, count, g, u);
            int j = candidate(i, c);
            if (pairMoves(p, v, i, j)) {
                moved++;
            }
        }
        return moved;
    }

    /** The candidate index drawn by {@code u} with weights max(d, CLOSEST)^-gamma. */
    private int weighted(People p, float[] v, int i, int count, double g, double u) {
        if (weights.length < count) {
            weights = new double[count];
        }
        double total = 0;
        for (int c = 0; c < count; c++) {
            int j = candidate(i, c);
            double rms = Math.sqrt(p.squaredDistance(v, i, j) / p.d);
            double w = StrictMath.pow(Math.max(rms, CLOSEST), -g);
            weights[c] = w;
            total += w;
        }
        double target = u * total;
        double run = 0;
        for (int c = 0; c < count; c++) {
            run += weights[c];
            if (target < run) {
                return c;
            }
        }
        return count - 1; // rounding at the top end
    }

    /** The c-th possible partner of i: everyone else in order on a complete network, else i's c-th neighbour. */
    private int candidate(int i, int c) {
        return complete ? (c < i ? c : c + 1) : tg[off[i] + c];
    }

    /** Applies the meeting of i and j; true when it moved people who did not already agree. */
    private boolean pairMoves(People p, float[] v, int i, int j) {
        double dist = p.squaredDistance(v, i, j);
        int ib = p.at(i);
        int jb = p.at(j);
        if (dist <= c2) {
            for (int q = 0; q < p.d; q++) {
                double xi = v[ib + q];
                double xj = v[jb + q];
                v[ib + q] = (float) (xi + rate * (xj - xi));
                v[jb + q] = (float) (xj + rate * (xi - xj));
            }
            return dist > agree2;
        }
        if (dist > r2) {
            for (int q = 0; q < p.d; q++) {
                double xi = v[ib + q];
                double xj = v[jb + q];
                v[ib + q] = (float) Math.max(-1, Math.min(1, xi - rate * (xj - xi)));
                v[jb + q] = (float) Math.max(-1, Math.min(1, xj - rate * (xi - xj)));
            }
            return true;
        }
        return false;
    }
}
