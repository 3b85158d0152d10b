package org.coshape.model.regime;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.coshape.model.state.People;
import org.coshape.scenario.DesignerSpec;

/**
 * Chooses the people who design the AI this generation. {@code narrow}: from one named group;
 * {@code random}: anyone; {@code representative}: seats per group by largest remainder of the
 * population shares; {@code engaged}: the heaviest users (highest usage, ties by index). A share
 * of seats ({@code critics_share}) can be reserved for the group whose mean current values lie
 * farthest from the population mean: the critics are in the room.
 */
public final class DesignerSelector {

    private DesignerSelector() {}

    public static int[] select(DesignerSpec spec, int narrowGroup, People p, MersenneTwisterFast rng) {
        int k = Math.min(spec.size(), p.n);
        int critics = (int) Math.round(spec.criticsShare() * k);
        int[] out = new int[k];
        boolean[] taken = new boolean[p.n];
        int filled = 0;
        if (critics > 0) {
            int far = farthestGroup(p);
            filled = sample(p.members[far], critics, taken, out, filled, rng);
        }
        int rest = k - filled;
        switch (spec.selection()) {
            case NARROW -> filled = sample(p.members[narrowGroup], rest, taken, out, filled, rng);
            case RANDOM -> filled = sample(null, rest, taken, out, filled, rng, p.n);
            case REPRESENTATIVE -> {
                int[] seats = seats(p, rest);
                for (int g = 0; g < p.groups; g++) {
                    filled = sample(p.members[g], seats[g], taken, out, filled, rng);
                }
            }
            case ENGAGED -> {
                Integer[] order = new Integer[p.n];
                for (int i = 0; i < p.n; i++) {
                    order[i] = i;
                }
                Arrays.sort(
                        order,
                        (a, b) -> p.usage[a] != p.usage[b]
                                ? Float.compare(p.usage[b], p.usage[a])
                                : Integer.compare(a, b));
                for (int i = 0; i < p.n && filled < k; i++) {
                    if (!taken[order[i]]) {
                        taken[order[i]] = true;
                        out[filled++] = order[i];
                    }
                }
            }
            default -> throw new IllegalArgumentException(spec.selection().key());
        }
        // a narrow group smaller than the panel: fill the remaining seats at random
        if (filled < k) {
            filled = sample(null, k - filled, taken, out, filled, rng, p.n);
        }
        Arrays.sort(out);
        return out;
    }

    private static int[] seats(People p, int k) {
        int[] seats = new int[p.groups];
        double[] rem = new double[p.groups];
        int given = 0;
        for (int g = 0; g < p.groups; g++) {
            double exact = k * (double) p.members[g].length / p.n;
            seats[g] = (int) Math.floor(exact);
            rem[g] = exact - seats[g];
            given += seats[g];
        }
        while (given < k) {
            int best = 0;
            for (int g = 1; g < p.groups; g++) {
                if (rem[g] > rem[best]) {
                    best = g;
                }
            }
            seats[best]++;
            rem[best] = -1;
            given++;
        }
        return seats;
    }

    /** The group whose centroid of current values is farthest from the population centroid. */
    public static int farthestGroup(People p) {
        int d = p.d;
        double[] all = new double[d];
        double[][] cg = new double[p.groups][d];
        for (int i = 0; i < p.n; i++) {
            int vb = p.at(i);
            for (int k = 0; k < d; k++) {
                all[k] += p.v[vb + k];
                cg[p.group[i]][k] += p.v[vb + k];
            }
        }
        int best = 0;
        double bestDist = -1;
        for (int g = 0; g < p.groups; g++) {
            int ng = p.members[g].length;
            if (ng == 0) {
                continue;
            }
            double dist = 0;
            for (int k = 0; k < d; k++) {
                double x = cg[g][k] / ng - all[k] / p.n;
                dist += x * x;
            }
            if (dist > bestDist) {
                bestDist = dist;
                best = g;
            }
        }
        return best;
    }

    private static int sample(int[] pool, int count, boolean[] taken, int[] out, int filled, MersenneTwisterFast rng) {
        return sample(pool, count, taken, out, filled, rng, pool.length);
    }

    /** Draws up to {@code count} distinct untaken people from {@code pool} (null: everyone). */
    private static int sample(
            int[] pool, int count, boolean[] taken, int[] out, int filled, MersenneTwisterFast rng, int poolSize) {
        int free = 0;
        for (int i = 0; i < poolSize; i++) {
            if (!taken[pool == null ? i : pool[i]]) {
                free++;
            }
        }
        int want = Math.min(count, free);
        int got = 0;
        if (want * 4L < free) {
            while (got < want) {
                int cand = pool == null ? rng.nextInt(poolSize) : pool[rng.nextInt(poolSize)];
                if (!taken[cand]) {
                    taken[cand] = true;
                    out[filled++] = cand;
                    got++;
                }
            }
            return filled;
        }
        int[] cands = new int[free];
        int c = 0;
        for (int i = 0; i < poolSize; i++) {
            int id = pool == null ? i : pool[i];
            if (!taken[id]) {
                cands[c++] = id;
            }
        }
        for (int i = 0; i < want; i++) {
            int j = i + rng.nextInt(free - i);
            int t = cands[i];
            cands[i] = cands[j];
            cands[j] = t;
            taken[cands[i]] = true;
            out[filled++] = cands[i];
        }
        return filled;
    }
}
