package org.coshape.model;

import org.coshape.random.CounterRng;

/**
 * The model's decision task for the cost of a monoculture (after Kleinberg and Raghavan 2021,
 * "Algorithmic monoculture and social welfare", PNAS 118(22)). In each round, {@code candidates}
 * options of true quality q ~ N(0, 1) are open to {@code deciders} people, who take one each in
 * turn; each takes the open option that looks best to the evaluator they consult, which sees
 * {@code q + sigma e}. The error e is the evaluator's: everyone who consults one assistant sees the
 * same errors, so its users' rankings are perfectly correlated, while different assistants (and
 * people who consult none, each their own evaluator) err independently. Every evaluator is equally
 * accurate, so any difference in the quality people get comes from the correlation of errors alone.
 * The task reads nothing but the market: who consults which assistant.
 */
public final class MonocultureTask {
    private final int candidates;
    private final int deciders;
    private final double sigma;

    public MonocultureTask(int candidates, int deciders, double sigma) {
        if (deciders > candidates) {
            throw new IllegalArgumentException("more deciders than options");
        }
        this.candidates = candidates;
        this.deciders = deciders;
        this.sigma = sigma;
    }

    /**
     * The mean true quality of the options taken, over {@code rounds} rounds, when each decider
     * consults assistant j with probability {@code shares[j]}, and none (their own evaluator) with
     * the probability left over.
     */
    public double meanQuality(double[] shares, int rounds, long seed) {
        long kQuality = CounterRng.key(seed, 1, 0, 0);
        long kError = CounterRng.key(seed, 2, 0, 0);
        long kSource = CounterRng.key(seed, 3, 0, 0);
        int m = shares.length;
        double[] q = new double[candidates];
        boolean[] taken = new boolean[candidates];
        double total = 0;
        for (long round = 0; round < rounds; round++) {
            long base = round * candidates;
            for (int c = 0; c < candidates; c++) {
                q[c] = CounterRng.normal(kQuality, base + c);
                taken[c] = false;
            }
            for (int t = 0; t < deciders; t++) {
                int source = source(shares, CounterRng.uniform(kSource, round * deciders + t));
                // an assistant's errors are the same for all who consult it; each non-user has their own
                long stream = source < m ? source : m + t;
                int best = -1;
                double bestSeen = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < candidates; c++) {
                    double seen = q[c] + sigma * CounterRng.normal(kError, (base + c) * (m + deciders) + stream);
                    if (!taken[c] && seen > bestSeen) {
                        bestSeen = seen;
                        best = c;
                    }
                }
                taken[best] = true;
                total += q[best];
            }
        }
        return total / ((double) rounds * deciders);
    }

    /** The assistant the draw {@code u} picks by the shares, or {@code shares.length} for none. */
    private static int source(double[] shares, double u) {
        double c = 0;
        for (int j = 0; j < shares.length; j++) {
            c += shares[j];
            if (u < c) {
                return j;
            }
        }
        return shares.length;
    }
}
