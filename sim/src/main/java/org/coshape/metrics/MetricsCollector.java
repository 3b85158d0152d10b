package org.coshape.metrics;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.coshape.model.Accumulators;
import org.coshape.model.Ais;
import org.coshape.model.ChunkPool;
import org.coshape.model.CoshapeModel;
import org.coshape.model.CounterRng;
import org.coshape.model.People;
import org.coshape.model.Purpose;
import org.coshape.scenario.MetricsSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 5: every {@code metrics.every} ticks (and at tick 0 and the last tick) computes
 * every {@link Metric} for the whole population and for each group. Population sums are parallel
 * reductions into per-chunk rows combined in chunk order; interaction metrics come from the
 * window accumulators of the interaction phase, which are then cleared.
 */
public final class MetricsCollector implements Steppable {
    private static final long serialVersionUID = 1L;

    // layout of a pass-1 row per output row (all + groups)
    private static final int P_COUNT = 0;
    private static final int P_DRIFT2 = 1;
    private static final int P_TRUST = 2;
    private static final int P_ASKERS = 3;
    private static final int P_UNMET = 4;
    private static final int P_DOMINATED = 5;
    private static final int P_HUMAN = 6;
    private static final int P_AI = 7;
    private static final int P_SUM = 8;

    private final CoshapeModel model;
    private final TimeSeries series;
    private final int rows;
    private final int d;
    private final double[] cumHuman;
    private final double[] cumAi;
    private double[] diversity0;
    private double[] dominance0;
    private double[][] groupStart;
    /** Covariance of own values per row; own values change only at generation boundaries. */
    private double[][][] covOwnCache;
    private int covOwnGeneration = -1;
    /** Users of each AI within each output row (assignment is fixed for a slot). */
    private final double[][] usersByRow;
    private final transient ThreadLocal<MomentScratch> momentScratch;

    /** One thread's buffers for pass 2: the people of a row within a chunk, and their centred values. */
    private static final class MomentScratch {
        final int[] who = new int[ChunkPool.CHUNK];
        final CentredMoments moments;

        MomentScratch(int d) {
            moments = new CentredMoments(d);
        }
    }

    public MetricsCollector(CoshapeModel model) {
        this.model = model;
        People p = model.people();
        this.d = p.d;
        this.rows = p.groups + 1;
        this.momentScratch = ThreadLocal.withInitial(() -> new MomentScratch(d));
        this.series = new TimeSeries(model.scenario().groupNames());
        this.cumHuman = new double[rows];
        this.cumAi = new double[rows];
        Ais a = model.ais();
        usersByRow = new double[rows][a.m];
        for (int i = 0; i < p.n; i++) {
            if (p.ai[i] >= 0) {
                usersByRow[0][p.ai[i]]++;
                usersByRow[p.group[i] + 1][p.ai[i]]++;
            }
        }
    }

    public TimeSeries series() {
        return series;
    }

    @Override
    public void step(SimState state) {
        long tick = (long) state.schedule.getTime();
        MetricsSpec spec = model.scenario().metrics();
        if (tick % spec.every() == 0 || tick == model.scenario().ticks()) {
            record(tick);
        }
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

    /** Computes and stores the metrics of the current state at {@code tick}. */
    public void record(long tick) {
        People p = model.people();
        Ais a = model.ais();
        MetricsSpec spec = model.scenario().metrics();
        ChunkPool pool = model.pool();
        int chunks = ChunkPool.chunks(p.n);
        int cov = d * (d + 1) / 2;
        if (groupStart == null) {
            groupStart = groupMeans(p);
        }
        double[] dc = model.firstDesignerCentroid();
        boolean first = tick == 0;

        // pass 1: counts, first moments, scalar sums, dominance, conformity movements
        int w1 = P_SUM + 2 * d;
        double[][] acc1 = Accumulators.rows(chunks, rows * w1);
        // a chunk of one group adds the same numbers in the same order to its row and to the row of
        // everyone: each pass sums them once and copies the row (the same bits, half the additions);
        // the chunk's group, or -1, found here is read by the later passes (the same chunks)
        int[] chunkGroup = new int[chunks];
        pool.run(p.n, (chunk, from, to) -> {
            double[] r = acc1[chunk];
            float[] v = p.v;
            int oneGroup = oneGroup(p.group, from, to);
            chunkGroup[chunk] = oneGroup;
            int passes = oneGroup < 0 ? 2 : 1;
            for (int i = from; i < to; i++) {
                int vb = p.at(i);
                double drift = 0;
                double toDesigners = 0;
                double toGroup = 0;
                double[] gs = groupStart[p.group[i]];
                for (int k = 0; k < d; k++) {
                    double x = v[vb + k] - p.own[vb + k];
                    drift += x * x;
                    double y = v[vb + k] - dc[k];
                    toDesigners += y * y;
                    double z = v[vb + k] - gs[k];
                    toGroup += z * z;
                }
                double human = 0;
                double ai = 0;
                int j = p.ai[i];
                if (j >= 0 && !first) {
                    double norm = 0;
                    for (int k = 0; k < d; k++) {
                        double u = a.wSnap[j * d + k] - p.vSnap[vb + k];
                        norm += u * u;
                    }
                    norm = Math.sqrt(norm);
                    if (norm > 0) {
                        for (int k = 0; k < d; k++) {
                            double u = (a.wSnap[j * d + k] - p.vSnap[vb + k]) / norm;
                            human += (v[vb + k] - p.vSnap[vb + k]) * u;
                            ai -= (a.w[j * d + k] - a.wSnap[j * d + k]) * u;
                        }
                    }
                }
                for (int pass = 0, row = 0; pass < passes; pass++, row = p.group[i] + 1) {
                    int b = row * w1;
                    r[b + P_COUNT] += 1;
                    r[b + P_DRIFT2] += drift;
                    r[b + P_TRUST] += p.trust[i];
                    if (p.asks[i] > 0) {
                        r[b + P_ASKERS] += 1;
                        if (p.answered[i] == 0) {
                            r[b + P_UNMET] += 1;
                        }
                    }
                    if (toDesigners < toGroup) {
                        r[b + P_DOMINATED] += 1;
                    }
                    r[b + P_HUMAN] += Math.max(0, human);
                    r[b + P_AI] += Math.max(0, ai);
                    for (int k = 0; k < d; k++) {
                        r[b + P_SUM + k] += v[vb + k];
                        r[b + P_SUM + d + k] += p.own[vb + k];
                    }
                }
            }
            if (oneGroup >= 0) {
                System.arraycopy(r, 0, r, (oneGroup + 1) * w1, w1);
            }
        });
        double[] s1 = new double[rows * w1];
        Accumulators.reduce(acc1, s1);
        double[][] meanV = new double[rows][d];
        double[][] meanOwn = new double[rows][d];
        for (int row = 0; row < rows; row++) {
            double n = s1[row * w1 + P_COUNT];
            for (int k = 0; k < d; k++) {
                meanV[row][k] = n > 0 ? s1[row * w1 + P_SUM + k] / n : 0;
                meanOwn[row][k] = n > 0 ? s1[row * w1 + P_SUM + d + k] / n : 0;
            }
        }

        // pass 2: centred covariances of current values, and of own values when turnover changed them
        // (when own values still equal the current ones, as at tick 0, their sums are the same numbers)
        int generationNow = model.generation();
        boolean ownChanged = covOwnCache == null || generationNow != covOwnGeneration;
        boolean ownIsCurrent = ownChanged && Arrays.equals(p.v, p.own);
        int w2 = 2 * cov;
        boolean ownSums = ownChanged && !ownIsCurrent;
        // a group centred where everyone is (the only group) gets, from a chunk of its own people,
        // the sums of the row of everyone: copied, not summed again
        boolean[] centredAsAll = new boolean[rows];
        for (int row = 1; row < rows; row++) {
            centredAsAll[row] = Arrays.equals(meanV[row], meanV[0]) && (!ownSums || Arrays.equals(meanOwn[row],
                    meanOwn[0]));
        }
        double[][] acc2 = Accumulators.rows(chunks, rows * w2);
        pool.run(p.n, (chunk, from, to) -> {
            double[] r = acc2[chunk];
            MomentScratch sc = momentScratch.get();
            int oneGroup = chunkGroup[chunk];
            for (int row = 0; row < rows; row++) {
                if (row == oneGroup + 1 && centredAsAll[row]) {
                    System.arraycopy(r, 0, r, row * w2, w2);
                    continue;
                }
                int m = 0;
                for (int i = from; i < to; i++) {
                    if (row == 0 || p.group[i] == row - 1) {
                        sc.who[m++] = i;
                    }
                }
                if (m == 0) {
                    continue;
                }
                sc.moments.add(p.v, p.base, sc.who, m, meanV[row], r, row * w2);
                if (ownSums) {
                    sc.moments.add(p.own, p.base, sc.who, m, meanOwn[row], r, row * w2 + cov);
                }
            }
        });
        double[] s2 = new double[rows * w2];
        Accumulators.reduce(acc2, s2);
        if (ownIsCurrent) {
            for (int row = 0; row < rows; row++) {
                System.arraycopy(s2, row * w2, s2, row * w2 + cov, cov);
            }
        }
        double[][][] covV = new double[rows][][];
        double[][][] covOwn = ownChanged ? new double[rows][][] : covOwnCache;
        double[][] axis = new double[rows][];
        for (int row = 0; row < rows; row++) {
            double n = Math.max(1, s1[row * w1 + P_COUNT]);
            covV[row] = unpack(s2, row * w2, n);
            if (ownChanged) {
                covOwn[row] = unpack(s2, row * w2 + cov, n);
            }
            axis[row] = Stats.firstPrincipalAxis(covV[row]);
        }
        covOwnCache = covOwn;
        covOwnGeneration = generationNow;

        // pass 3: central moments of the projection on the first principal axis
        boolean[] projectedAsAll = new boolean[rows];
        for (int row = 1; row < rows; row++) {
            projectedAsAll[row] = Arrays.equals(meanV[row], meanV[0]) && Arrays.equals(axis[row], axis[0]);
        }
        double[][] acc3 = Accumulators.rows(chunks, rows * 3);
        pool.run(p.n, (chunk, from, to) -> {
            double[] r = acc3[chunk];
            int oneGroup = chunkGroup[chunk];
            boolean copy = oneGroup >= 0 && projectedAsAll[oneGroup + 1];
            int passes = copy ? 1 : 2;
            for (int i = from; i < to; i++) {
                int vb = p.at(i);
                for (int pass = 0, row = 0; pass < passes; pass++, row = p.group[i] + 1) {
                    double proj = 0;
                    for (int k = 0; k < d; k++) {
                        proj += (p.v[vb + k] - meanV[row][k]) * axis[row][k];
                    }
                    double p2 = proj * proj;
                    r[row * 3] += p2;
                    r[row * 3 + 1] += p2 * proj;
                    r[row * 3 + 2] += p2 * p2;
                }
            }
            if (copy) {
                System.arraycopy(r, 0, r, (oneGroup + 1) * 3, 3);
            }
        });
        double[] s3 = new double[rows * 3];
        Accumulators.reduce(acc3, s3);

        // interaction window: reduce per-chunk rows, then build the "all" row from the groups
        int gw = Accumulators.groupWidth(d);
        double[] win = new double[p.groups * gw];
        Accumulators.reduce(model.groupAccumulators(), win);
        double[][] window = new double[rows][gw];
        for (int g = 0; g < p.groups; g++) {
            for (int k = 0; k < gw; k++) {
                window[g + 1][k] = win[g * gw + k];
                window[0][k] += win[g * gw + k];
            }
        }

        double[][] values = new double[rows][Metric.COUNT];
        if (first) {
            diversity0 = new double[rows];
            dominance0 = new double[rows];
        }
        for (int row = 0; row < rows; row++) {
            double[] out = values[row];
            Arrays.fill(out, Double.NaN);
            int b = row * w1;
            double n = s1[b + P_COUNT];
            double[] wr = window[row];
            double answered = wr[Accumulators.G_ANSWERED];
            double asks = wr[Accumulators.G_ASKS];
            if (answered > 0) {
                out[Metric.ALIGNMENT_GAP.ordinal()] = Math.sqrt(wr[Accumulators.G_GAP2] / (answered * d));
                out[Metric.OWN_VALUE_GAP.ordinal()] = Math.sqrt(wr[Accumulators.G_OWNGAP2] / (answered * d));
                out[Metric.SATISFACTION.ordinal()] = wr[Accumulators.G_SAT] / answered;
                out[Metric.WELFARE.ordinal()] = wr[Accumulators.G_WELFARE] / answered;
                out[Metric.ENGAGEMENT.ordinal()] = wr[Accumulators.G_ENGAGEMENT] / answered;
                out[Metric.MANUFACTURED_SATISFACTION.ordinal()] = (wr[Accumulators.G_SAT] - wr[Accumulators.G_WELFARE])
                        / answered;
                out[Metric.OUTPUT_PLURALISM.ordinal()] = outputPluralism(wr, answered, meanOwn[row], covOwn[row]);
            }
            if (asks > 0) {
                out[Metric.REFUSAL_RATE.ordinal()] = wr[Accumulators.G_REFUSALS] / asks;
            }
            if (s1[b + P_ASKERS] > 0) {
                out[Metric.UNMET_NEED.ordinal()] = s1[b + P_UNMET] / s1[b + P_ASKERS];
            }
            if (n > 0) {
                out[Metric.VALUE_DRIFT.ordinal()] = Math.sqrt(s1[b + P_DRIFT2] / (n * d));
                double div = 0;
                for (int k = 0; k < d; k++) {
                    div += covV[row][k][k];
                }
                div /= d;
                out[Metric.DIVERSITY.ordinal()] = div;
                if (first) {
                    diversity0[row] = div;
                }
                out[Metric.HOMOGENIZATION.ordinal()] = diversity0[row] > 0 ? 1 - div / diversity0[row] : Double.NaN;
                out[Metric.POLARIZATION.ordinal()] = Stats.bimodality(n, s3[row * 3], s3[row * 3 + 1], s3[row * 3 + 2]);
                out[Metric.TRUST.ordinal()] = s1[b + P_TRUST] / n;
                double share = s1[b + P_DOMINATED] / n;
                if (first) {
                    dominance0[row] = share;
                }
                out[Metric.DESIGNER_DOMINANCE.ordinal()] = share - dominance0[row];
                if (!first && a.m > 0) {
                    cumHuman[row] += s1[b + P_HUMAN] / n;
                    cumAi[row] += s1[b + P_AI] / n;
                    double total = cumHuman[row] + cumAi[row];
                    out[Metric.CONFORMITY_SHARE.ordinal()] = total > 0 ? cumHuman[row] / total : Double.NaN;
                }
                if (a.m > 0) {
                    out[Metric.PROXY_GAP.ordinal()] = proxyGap(a, row, meanOwn[row]);
                }
            }
        }
        clustersAndGini(p, spec, tick, values);
        double worst = Double.NaN;
        for (int row = 1; row < rows; row++) {
            double wel = values[row][Metric.WELFARE.ordinal()];
            values[row][Metric.WORST_GROUP_WELFARE.ordinal()] = wel;
            if (!Double.isNaN(wel) && (Double.isNaN(worst) || wel < worst)) {
                worst = wel;
            }
        }
        values[0][Metric.WORST_GROUP_WELFARE.ordinal()] = worst;
        series.add(new TimeSeries.Point(tick, model.generation(), values));
        model.notifyRecorded(tick);

        // start the next window
        for (double[] row : model.groupAccumulators()) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(p.asks, 0);
        Arrays.fill(p.answered, 0);
        Arrays.fill(p.welfareSum, 0);
        System.arraycopy(p.v, 0, p.vSnap, 0, p.v.length);
        System.arraycopy(a.w, 0, a.wSnap, 0, a.w.length);
    }

    private double proxyGap(Ais a, int row, double[] meanOwn) {
        double total = 0;
        double users = 0;
        for (int j = 0; j < a.m; j++) {
            double u = usersByRow[row][j];
            if (u == 0) {
                continue;
            }
            double dist = 0;
            for (int k = 0; k < d; k++) {
                double x = a.target[j * d + k] - meanOwn[k];
                dist += x * x;
            }
            total += u * Math.sqrt(dist / d);
            users += u;
        }
        return users > 0 ? total / users : Double.NaN;
    }

    private double outputPluralism(double[] wr, double count, double[] meanOwn, double[][] covOwn) {
        double[] mo = new double[d];
        for (int k = 0; k < d; k++) {
            mo[k] = wr[Accumulators.G_OUT + k] / count;
        }
        double[][] co = new double[d][d];
        int b = Accumulators.G_OUT + d;
        for (int k = 0; k < d; k++) {
            for (int q = k; q < d; q++) {
                double c = wr[b++] / count - mo[k] * mo[q];
                co[k][q] = c;
                co[q][k] = c;
            }
        }
        return Stats.frechet(mo, co, meanOwn, covOwn) / Math.sqrt(d);
    }

    private void clustersAndGini(People p, MetricsSpec spec, long tick, double[][] values) {
        welfareGini(p, values);
        for (int row = 0; row < rows; row++) {
            int[] mem = row == 0 ? null : p.members[row - 1];
            int size = row == 0 ? p.n : mem.length;
            if (size == 0) {
                continue;
            }
            int sample = Math.min(size, spec.clusterSample());
            int[] pick = new int[sample];
            if (sample == size) {
                for (int i = 0; i < size; i++) {
                    pick[i] = row == 0 ? i : mem[i];
                }
            } else {
                MersenneTwisterFast rng = CounterRng.mason(CounterRng.key(model.runSeed(), Purpose.CLUSTER_SAMPLE,
                        tick, row));
                int[] idx = new int[size];
                for (int i = 0; i < size; i++) {
                    idx[i] = i;
                }
                for (int i = 0; i < sample; i++) {
                    int j = i + rng.nextInt(size - i);
                    int t = idx[i];
                    idx[i] = idx[j];
                    idx[j] = t;
                    pick[i] = row == 0 ? idx[i] : mem[idx[i]];
                }
            }
            float[] pts = new float[sample * d];
            for (int i = 0; i < sample; i++) {
                System.arraycopy(p.v, p.at(pick[i]), pts, i * d, d);
            }
            values[row][Metric.CLUSTERS.ordinal()] = Clusters.count(pts, sample, d, spec.clusterRadius(),
                    spec.clusterMinShare());
        }
    }

    /**
     * The Gini coefficient of the mean welfare of the people answered in this window, per group
     * and for everyone: each group's values sorted once (on the pool), everyone's merged from them.
     */
    private void welfareGini(People p, double[][] values) {
        float[][] sorted = new float[p.groups][];
        int[] counts = new int[p.groups];
        int allCount = 0;
        for (int g = 0; g < p.groups; g++) {
            int[] mem = p.members[g];
            float[] welfare = new float[mem.length];
            int c = 0;
            for (int id : mem) {
                if (p.answered[id] > 0) {
                    welfare[c++] = p.welfareSum[id] / p.answered[id];
                }
            }
            sorted[g] = FloatSort.sorted(welfare, c, model.pool());
            counts[g] = c;
            allCount += c;
            values[g + 1][Metric.WELFARE_GINI.ordinal()] = Stats.giniOfSorted(sorted[g], c);
        }
        values[0][Metric.WELFARE_GINI.ordinal()] = Stats.giniOfSorted(FloatSort.mergedAll(sorted, counts), allCount);
    }

    private double[][] unpack(double[] s, int at, double n) {
        double[][] m = new double[d][d];
        for (int k = 0; k < d; k++) {
            for (int q = k; q < d; q++) {
                m[k][q] = s[at++] / n;
                m[q][k] = m[k][q];
            }
        }
        return m;
    }

    private static double[][] groupMeans(People p) {
        double[][] c = new double[p.groups][p.d];
        for (int i = 0; i < p.n; i++) {
            int vb = p.at(i);
            for (int k = 0; k < p.d; k++) {
                c[p.group[i]][k] += p.v[vb + k];
            }
        }
        for (int g = 0; g < p.groups; g++) {
            for (int k = 0; k < p.d; k++) {
                c[g][k] /= Math.max(1, p.members[g].length);
            }
        }
        return c;
    }
}
