package org.coshape.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coshape.metrics.Clusters;
import org.coshape.metrics.FloatSort;
import org.coshape.metrics.Metric;
import org.coshape.metrics.PairwiseDistance;
import org.coshape.metrics.Row;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.MetricsSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 5: every {@code metrics.every} ticks (and at tick 0 and the last tick) a record of
 * every {@link Metric} for everyone and for each group, and of every assistant. This class only
 * runs the passes that fill each output {@link Row} (people, spread, pairwise distances,
 * clusters, welfare order, the interaction window) and then asks each metric for its value; the
 * definitions live in {@link Metric}. After a record the next window starts: the interaction
 * sums, the movement routes and the assistants' window counts are cleared.
 */
final class MetricsPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final CoshapeModel model;
    private final TimeSeries series;
    private final int rows;
    private final int d;
    private final PersonPass personPass;
    private final SpreadPasses spreadPasses;
    private double[] diversityAtStart;
    /** The market's sums, or null without assistants. */
    private final MarketPass marketPass;
    /** The tick of the previous record (the window's start). */
    private long windowStart;

    MetricsPhase(CoshapeModel model) {
        this.model = model;
        People p = model.people();
        this.d = p.d;
        this.rows = p.groups + 1;
        this.series = new TimeSeries(
                model.scenario().groupNames(),
                AssistantQuantities.names(model.scenario().values().dimensions()));
        this.personPass = new PersonPass(model);
        this.spreadPasses = new SpreadPasses(model);
        this.marketPass = model.ais().m > 0 ? new MarketPass(model) : null;
    }

    TimeSeries series() {
        return series;
    }

    @Override
    public void step(SimState state) {
        long tick = (long) state.schedule.getTime();
        MetricsSpec spec = model.scenario().metrics();
        boolean last = model.endsEarlyAt(tick) || tick == model.scenario().ticks();
        if (tick % spec.every() == 0 || last) {
            record(tick);
        }
    }

    /** Computes and stores the metrics of the current state at {@code tick}, then starts the next window. */
    void record(long tick) {
        People p = model.people();
        Ais a = model.ais();
        MetricsSpec spec = model.scenario().metrics();
        boolean first = tick == 0;
        Row[] out = new Row[rows];
        List<Row> groupRows = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            Row r = new Row();
            r.d = d;
            r.clusterMinShare = spec.clusterMinShare();
            r.targets = a.target;
            r.designerAggregates = a.designerAggregate;
            out[row] = r;
            if (row > 0) {
                groupRows.add(r);
            }
        }
        out[0].groups = groupRows;
        int[] chunkGroup = personPass.run(out, !first);
        spreadPasses.run(out, chunkGroup);
        if (first) {
            diversityAtStart = new double[rows];
            for (int row = 0; row < rows; row++) {
                diversityAtStart[row] = Metric.DIVERSITY.of(out[row]);
            }
        }
        double[] changes = window(out);
        if (marketPass != null) {
            marketPass.run(out, changes, tick - windowStart);
        }
        for (int row = 0; row < rows; row++) {
            Row r = out[row];
            r.diversityAtStart = diversityAtStart[row];
            int[] who = row == 0 ? null : p.members[row - 1];
            int size = row == 0 ? p.n : who.length;
            long seed = CounterRng.key(model.runSeed(), Purpose.PAIR_SAMPLE, row, 0);
            if (row == 1 && size == p.n) { // one group: its people are everyone
                r.meanPairwiseDistance = out[0].meanPairwiseDistance;
                r.clusterSizes = out[0].clusterSizes;
                continue;
            }
            r.meanPairwiseDistance = PairwiseDistance.mean(p.v, p.base, d, who, size, seed);
            r.clusterSizes = spec.clusters()
                    ? Clusters.sizes(points(p, who, size), size, d, spec.clusterRadius() * Math.sqrt(d))
                    : null;
        }
        sortedWelfare(p, out);
        double[][] values = new double[rows][Metric.COUNT];
        for (int row = 0; row < rows; row++) {
            for (Metric m : Metric.values()) {
                values[row][m.ordinal()] = m.of(out[row]);
            }
        }
        series.add(new TimeSeries.Point(tick, model.generation(), values));
        if (a.m > 0) {
            series.add(new TimeSeries.AssistantPoint(tick, AssistantQuantities.record(a, p)));
        }
        model.notifyRecorded(tick);
        startWindow(p, a);
        windowStart = tick;
    }

    /**
     * The interaction window's sums per row: the per-chunk rows reduced, everyone's built from the
     * groups. Returns each group's assistant changes in the window.
     */
    private double[] window(Row[] out) {
        People p = model.people();
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
        for (int row = 0; row < rows; row++) {
            double[] w = window[row];
            Row r = out[row];
            r.asks = w[Accumulators.G_ASKS];
            r.refusals = w[Accumulators.G_REFUSALS];
            r.refusalHarm = w[Accumulators.G_REFUSAL_HARM];
            r.answerHarm = w[Accumulators.G_ANSWER_HARM];
            r.answered = w[Accumulators.G_ANSWERED];
            r.gap2 = w[Accumulators.G_GAP2];
            r.ownGap2 = w[Accumulators.G_OWNGAP2];
            r.satisfaction = w[Accumulators.G_SAT];
            r.welfare = w[Accumulators.G_WELFARE];
            r.engagement = w[Accumulators.G_ENGAGEMENT];
            r.satisfactionTwin = w[Accumulators.G_SAT_TWIN];
            r.closedByPeople = w[Accumulators.G_CLOSED_BY_PEOPLE];
            r.closedByAi = w[Accumulators.G_CLOSED_BY_AI];
            if (r.answered > 0) {
                outputMoments(w, r);
            }
        }
        double[] changes = new double[p.groups];
        for (int g = 0; g < p.groups; g++) {
            changes[g] = win[g * gw + Accumulators.G_CHANGES];
        }
        return changes;
    }

    /** Mean and covariance of the window's outputs from their sums. */
    private void outputMoments(double[] w, Row r) {
        double count = r.answered;
        double[] mean = new double[d];
        for (int k = 0; k < d; k++) {
            mean[k] = w[Accumulators.G_OUT + k] / count;
        }
        double[][] c = new double[d][d];
        int b = Accumulators.G_OUT + d;
        for (int k = 0; k < d; k++) {
            for (int q = k; q < d; q++) {
                double x = w[b++] / count - mean[k] * mean[q];
                c[k][q] = x;
                c[q][k] = x;
            }
        }
        r.outputMean = mean;
        r.outputCov = c;
    }

    /** The values of the given people (everyone when {@code who} is null) as row-major points. */
    private static float[] points(People p, int[] who, int size) {
        int d = p.d;
        if (who == null) {
            return Arrays.copyOfRange(p.v, p.base, p.base + size * d);
        }
        float[] pts = new float[size * d];
        for (int i = 0; i < size; i++) {
            System.arraycopy(p.v, p.at(who[i]), pts, i * d, d);
        }
        return pts;
    }

    /**
     * The mean welfare over the window of each answered person, ascending, per group and for
     * everyone: each group's values sorted once (on the pool), everyone's merged from them.
     */
    private void sortedWelfare(People p, Row[] out) {
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
            out[g + 1].sortedWelfare = sorted[g];
            out[g + 1].welfareCount = c;
        }
        out[0].sortedWelfare = FloatSort.mergedAll(sorted, counts);
        out[0].welfareCount = allCount;
    }

    private void startWindow(People p, Ais a) {
        for (double[] row : model.groupAccumulators()) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(p.asks, 0);
        Arrays.fill(p.answered, 0);
        Arrays.fill(p.welfareSum, 0);
        System.arraycopy(p.v, 0, p.vSnap, 0, p.v.length);
        Arrays.fill(p.moveAi, 0);
        if (p.moveTurnover != null) {
            Arrays.fill(p.moveTurnover, 0);
        }
        a.clearWindow();
    }
}
