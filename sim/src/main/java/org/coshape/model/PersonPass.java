package org.coshape.model;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.Row;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;

/**
 * The first pass of a metrics record over people, in parallel chunks: counts, drifts, trust,
 * unmet need, trust beside welfare (for {@code trust_calibration}), value sums, each route's
 * movement over the window and, with the twin, the induced drift and designer dominance, into the
 * rows of everyone and of each group. Per-chunk sums are combined in chunk order, so they are the
 * same bits at any thread count. A chunk of one group adds the same numbers in the same order to
 * its group's row and to the row of everyone, so it sums them once and copies the row.
 */
final class PersonPass {
    private static final int COUNT = 0;
    private static final int DRIFT2 = 1;
    private static final int LINEAGE2 = 2;
    private static final int TRUST = 3;
    private static final int ASKERS = 4;
    private static final int UNMET = 5;
    private static final int MOVE_AI = 6;
    private static final int MOVE_SOCIAL = 7;
    private static final int MOVE_TURNOVER = 8;
    private static final int INDUCED2 = 9;
    private static final int DOMINANCE = 10;
    private static final int DOMINANCE_COUNT = 11;
    /** Over people answered in the window: their count, and sums of trust, mean welfare, their squares and product. */
    private static final int CAL_N = 12;

    private static final int CAL_T = 13;
    private static final int CAL_W = 14;
    private static final int CAL_TT = 15;
    private static final int CAL_WW = 16;
    private static final int CAL_TW = 17;
    /** Sum of |own - origin|^2: change the lineage has made its own. */
    private static final int ENDORSED2 = 18;

    private static final int SUMS = 19;

    private final CoshapeModel model;
    private final int d;
    private final int rows;
    private final int width;
    /** Per assistant: the dimensions of its first target, and their count. */
    private final boolean[] judged;

    private final int[] judgedCount;

    PersonPass(CoshapeModel model) {
        this.model = model;
        this.d = model.people().d;
        this.rows = model.people().groups + 1;
        this.width = SUMS + 2 * d;
        Ais a = model.ais();
        judged = new boolean[a.m * d];
        judgedCount = new int[a.m];
        for (int j = 0; j < a.m; j++) {
            for (int k = 0; k < d; k++) {
                double t = a.firstTarget[j * d + k];
                judged[j * d + k] = !Double.isNaN(t);
                judgedCount[j] += Double.isNaN(t) ? 0 : 1;
            }
        }
    }

    /**
     * Sums the pass into {@code out} and returns each chunk's group (-1 for a chunk of several),
     * which the later passes read to copy rows the same way.
     *
     * @param windowed whether a window precedes this record (movements are summed only then)
     */
    int[] run(Row[] out, boolean windowed) {
        People p = model.people();
        ChunkPool pool = model.pool();
        int chunks = ChunkPool.chunks(p.n);
        double[][] acc = Accumulators.rows(chunks, rows * width);
        int[] chunkGroup = new int[chunks];
        boolean twin = model.twinRuns();
        pool.run(p.n, (chunk, from, to) -> {
            double[] r = acc[chunk];
            int oneGroup = oneGroup(p.group, from, to);
            chunkGroup[chunk] = oneGroup;
            int passes = oneGroup < 0 ? 2 : 1;
            double[] person = new double[SUMS];
            for (int i = from; i < to; i++) {
                measure(p, i, windowed, twin, person);
                for (int pass = 0, row = 0; pass < passes; pass++, row = p.group[i] + 1) {
                    int b = row * width;
                    for (int s = 0; s < SUMS; s++) {
                        r[b + s] += person[s];
                    }
                    int vb = p.at(i);
                    for (int k = 0; k < d; k++) {
                        r[b + SUMS + k] += p.v[vb + k];
                        r[b + SUMS + d + k] += p.own[vb + k];
                    }
                }
            }
            if (oneGroup >= 0) {
                System.arraycopy(r, 0, r, (oneGroup + 1) * width, width);
            }
        });
        double[] s = new double[rows * width];
        Accumulators.reduce(acc, s);
        for (int row = 0; row < rows; row++) {
            Row r = out[row];
            int b = row * width;
            double n = s[b + COUNT];
            r.people = n;
            r.drift2 = s[b + DRIFT2];
            r.lineage2 = s[b + LINEAGE2];
            r.endorsed2 = s[b + ENDORSED2];
            r.trust = s[b + TRUST];
            r.askers = s[b + ASKERS];
            r.unmet = s[b + UNMET];
            r.windowed = windowed;
            r.movementAi = s[b + MOVE_AI];
            r.movementSocial = s[b + MOVE_SOCIAL];
            r.movementTurnover = s[b + MOVE_TURNOVER];
            r.twin = twin;
            r.induced2 = s[b + INDUCED2];
            r.dominance = s[b + DOMINANCE];
            r.dominanceCount = s[b + DOMINANCE_COUNT];
            r.calibration = Arrays.copyOfRange(s, b + CAL_N, b + CAL_TW + 1);
            r.meanV = new double[d];
            r.meanOwn = new double[d];
            for (int k = 0; k < d; k++) {
                r.meanV[k] = n > 0 ? s[b + SUMS + k] / n : 0;
                r.meanOwn[k] = n > 0 ? s[b + SUMS + d + k] / n : 0;
            }
        }
        return chunkGroup;
    }

    /** One person's terms of the pass (everything but the value sums). */
    private void measure(People p, int i, boolean windowed, boolean twin, double[] out) {
        int vb = p.at(i);
        float[] v = p.v;
        double drift = 0;
        double lineage = 0;
        double endorsed = 0;
        double ai = 0;
        double social = 0;
        double turnover = 0;
        for (int k = 0; k < d; k++) {
            double x = v[vb + k] - p.own[vb + k];
            drift += x * x;
            double y = v[vb + k] - p.origin[vb + k];
            lineage += y * y;
            double z = p.own[vb + k] - p.origin[vb + k];
            endorsed += z * z;
            if (windowed) {
                double byAi = p.moveAi[vb + k];
                double byTurnover = p.moveTurnover == null ? 0 : p.moveTurnover[vb + k];
                double bySociety = ((double) v[vb + k] - p.vSnap[vb + k]) - byAi - byTurnover;
                ai += byAi * byAi;
                social += bySociety * bySociety;
                turnover += byTurnover * byTurnover;
            }
        }
        out[COUNT] = 1;
        out[DRIFT2] = drift;
        out[LINEAGE2] = lineage;
        out[ENDORSED2] = endorsed;
        out[TRUST] = p.trust[i];
        out[ASKERS] = p.asks[i] > 0 ? 1 : 0;
        out[UNMET] = p.asks[i] > 0 && p.answered[i] == 0 ? 1 : 0;
        out[MOVE_AI] = Math.sqrt(ai / d);
        out[MOVE_SOCIAL] = Math.sqrt(social / d);
        out[MOVE_TURNOVER] = Math.sqrt(turnover / d);
        boolean answered = p.answered[i] > 0;
        double t = answered ? p.trust[i] : 0;
        double w = answered ? p.welfareSum[i] / p.answered[i] : 0;
        out[CAL_N] = answered ? 1 : 0;
        out[CAL_T] = t;
        out[CAL_W] = w;
        out[CAL_TT] = t * t;
        out[CAL_WW] = w * w;
        out[CAL_TW] = t * w;
        out[INDUCED2] = 0;
        out[DOMINANCE] = 0;
        out[DOMINANCE_COUNT] = 0;
        if (twin) {
            twinTerms(p, i, out);
        }
    }

    /** Induced drift and designer dominance: person i against their twin. */
    private void twinTerms(People p, int i, double[] out) {
        float[] v = p.v;
        float[] v0 = model.twin().v;
        int vb = p.at(i);
        double induced = 0;
        for (int k = 0; k < d; k++) {
            double x = v[vb + k] - v0[vb + k];
            induced += x * x;
        }
        out[INDUCED2] = induced;
        int j = p.ai[i];
        if (j < 0 || judgedCount[j] == 0) {
            return;
        }
        double[] t1 = model.ais().firstTarget;
        double withAi = 0;
        double without = 0;
        for (int k = 0; k < d; k++) {
            if (judged[j * d + k]) {
                double x = v[vb + k] - t1[j * d + k];
                double y = v0[vb + k] - t1[j * d + k];
                withAi += x * x;
                without += y * y;
            }
        }
        out[DOMINANCE] = Math.sqrt(without / judgedCount[j]) - Math.sqrt(withAi / judgedCount[j]);
        out[DOMINANCE_COUNT] = 1;
    }

    /** The group of everyone in [from, to), or -1 when they belong to more than one. */
    static int oneGroup(int[] group, int from, int to) {
        int g = group[from];
        for (int i = from + 1; i < to; i++) {
            if (group[i] != g) {
                return -1;
            }
        }
        return g;
    }
}
