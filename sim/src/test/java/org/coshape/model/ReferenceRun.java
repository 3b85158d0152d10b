package org.coshape.model;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.Clusters;
import org.coshape.metrics.Metric;
import org.coshape.metrics.PairwiseDistance;
import org.coshape.metrics.Row;
import org.coshape.metrics.Stats;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.network.Network;
import org.coshape.model.network.NetworkBuilder;
import org.coshape.model.regime.Aggregator;
import org.coshape.model.regime.DesignerSelector;
import org.coshape.model.regime.Judge;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.AiSpec;
import org.coshape.scenario.FeedbackSource;
import org.coshape.scenario.GroupSpec;
import org.coshape.scenario.ListeningPolicy;
import org.coshape.scenario.PeopleCsv;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.SocialRule;
import org.coshape.scenario.StopSpec;

/**
 * The whole run written plainly, for the engine to equal byte for byte: one person at a time, one
 * phase after another, no kernels, no threads, no copied rows, no cached sums. It shares with the
 * engine only what defines the model rather than computes it fast: the random streams, the
 * population and network generators, the regime parts (designer selection, aggregation, judge),
 * {@link FastExp} and the metric definitions ({@link Metric}, {@link Stats}, {@link Clusters},
 * {@link PairwiseDistance}). Sums are taken in chunks of {@link ChunkPool#CHUNK} people combined in
 * chunk order, because that order is part of what the engine promises (the same bits at any
 * thread count), and float storage with double arithmetic is the model's.
 */
final class ReferenceRun {
    static final int CHUNK = ChunkPool.CHUNK;

    final Scenario s;
    final long seed;
    final AiSpec ai;
    final int n;
    final int d;
    final int groups;
    final int m;
    final boolean twin;
    final People p;
    final Network net;
    final int chunks;
    /** The twin's values and own values (null without the twin). */
    float[] v0;

    float[] own0;
    final double[] w;
    /** Each assistant's designers' aggregate this generation. */
    final double[] designerAggregate;

    final double[] wBefore;
    final double[] target;
    final double[] firstTarget;
    final double[] listening;
    final int[] users;
    final double[] windowAnswered;
    final double[] windowFeedback;
    final double[] windowSat;
    final double[] windowWel;
    /** Per chunk, per group: the window sums, laid out as the engine's (Accumulators.G_*). */
    final double[][] window;

    final int gw;
    final int aw;
    final TimeSeries series;
    double[] diversityAtStart;
    int narrowGroup;

    ReferenceRun(Scenario s, long seed) {
        this.s = s;
        this.seed = seed;
        this.ai = s.ai();
        try (ChunkPool one = new ChunkPool(1)) {
            PeopleCsv csv = s.population().file() == null
                    ? null
                    : PeopleCsv.read(Path.of(s.population().file()), s.values().dimensions());
            p = PopulationBuilder.build(s, seed, one, csv);
            n = p.n;
            d = p.d;
            groups = p.groups;
            net = NetworkBuilder.build(
                    s.network(),
                    n,
                    p.group,
                    groups,
                    CounterRng.mason(CounterRng.key(seed, Purpose.NETWORK, 0, 0)),
                    csv == null ? null : csv.indexById(),
                    one);
        }
        m = ai.count();
        twin = m > 0 && s.metrics().baseline();
        if (twin) {
            v0 = p.v.clone();
            own0 = p.own.clone();
        }
        chunks = (n + CHUNK - 1) / CHUNK;
        gw = Accumulators.groupWidth(d);
        aw = Accumulators.aiWidth(d);
        window = new double[chunks][groups * gw];
        w = new double[m * d];
        designerAggregate = new double[m * d];
        wBefore = new double[m * d];
        target = new double[m * d];
        firstTarget = new double[m * d];
        listening = new double[m];
        users = new int[m];
        windowAnswered = new double[m];
        windowFeedback = new double[m];
        windowSat = new double[m];
        windowWel = new double[m];
        series = new TimeSeries(
                s.groupNames(), AssistantQuantities.names(s.values().dimensions()));
        Arrays.fill(p.ai, -1);
        if (m > 0) {
            assign();
            narrowGroup = s.groupNames().indexOf(ai.defaults().designers().group());
            double[] aggregate = redesign(0);
            System.arraycopy(target, 0, firstTarget, 0, target.length);
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < d; k++) {
                    double t = target[j * d + k];
                    w[j * d + k] = !Double.isNaN(t) ? t : Math.max(-1, Math.min(1, aggregate[k]));
                }
                listening[j] = ai.listening().get(j);
            }
        }
    }

    /** Runs every tick and returns what the run recorded. */
    TimeSeries run() {
        record(0);
        for (long t = 1; t <= s.ticks(); t++) {
            if (m > 0) {
                interaction(t);
            }
            social(t);
            if (t % s.generations().length() == 0) {
                generation((int) (t / s.generations().length()));
            }
            if (t % s.metrics().every() == 0 || t == s.ticks()) {
                record(t);
            }
        }
        if (s.social().rule() == SocialRule.DEFFUANT) {
            series.interactions(2.0 * interactions / n);
        }
        return series;
    }

    private void assign() {
        double[] cum = new double[m];
        double c = 0;
        for (int j = 0; j < m; j++) {
            c += ai.assignment().get(j);
            cum[j] = c;
        }
        long key = CounterRng.key(seed, Purpose.ASSIGNMENT, 0, 0);
        for (int i = 0; i < n; i++) {
            double u = CounterRng.uniform(key, i) * c;
            int j = 0;
            while (j < m - 1 && u >= cum[j]) {
                j++;
            }
            p.ai[i] = j;
            users[j]++;
        }
    }

    private double[] redesign(int generation) {
        MersenneTwisterFast rng = CounterRng.mason(CounterRng.key(seed, Purpose.DESIGNERS, generation, 0));
        int[] designers = DesignerSelector.select(ai.defaults().designers(), narrowGroup, p, rng);
        double[] values = new double[designers.length * d];
        int[] group = new int[designers.length];
        for (int q = 0; q < designers.length; q++) {
            group[q] = p.group[designers[q]];
            for (int k = 0; k < d; k++) {
                values[q * d + k] = p.v[p.at(designers[q]) + k];
            }
        }
        double[] aggregate = Aggregator.aggregate(ai.defaults().aggregator(), values, group, d);
        long noise = CounterRng.key(seed, Purpose.JUDGE, generation, 0);
        for (int j = 0; j < m; j++) {
            Judge.judge(ai.defaults().judge(), s.values().dimensions(), aggregate, noise, j, target);
            System.arraycopy(aggregate, 0, designerAggregate, j * d, d);
        }
        return aggregate;
    }

    // ---- 1. interaction and 2. AI update

    private void interaction(long t) {
        long kUse = CounterRng.key(seed, Purpose.USAGE, t, 0);
        long kRisk = CounterRng.key(seed, Purpose.RISK, t, 0);
        long kFb = CounterRng.key(seed, Purpose.FEEDBACK, t, 0);
        double[] totals = new double[m * aw];
        for (int c = 0; c < chunks; c++) {
            double[] ac = new double[m * aw];
            int from = c * CHUNK;
            int to = Math.min(n, from + CHUNK);
            for (int i = from; i < to; i++) {
                if (CounterRng.uniformFloat(kUse, i) < p.usage[i]) {
                    answer(i, ac, window[c], kRisk, kFb);
                }
            }
            for (int i = from; i < to; i++) {
                ac[p.ai[i] * aw + Accumulators.A_USERS] += 1;
                ac[p.ai[i] * aw + Accumulators.A_TRUST] += p.trust[i];
            }
            for (int k = 0; k < totals.length; k++) {
                totals[k] += ac[k];
            }
        }
        update(totals);
    }

    private void answer(int i, double[] ac, double[] ga, long kRisk, long kFb) {
        int j = p.ai[i];
        int ab = j * aw;
        int gb = p.group[i] * gw;
        p.asks[i]++;
        ga[gb + Accumulators.G_ASKS] += 1;
        double threshold = ai.refusalThreshold().get(j);
        double harm = s.population().groups().get(p.group[i]).answerHarm();
        double risk = threshold < 1 || harm > 0 ? CounterRng.uniform(kRisk, i) : 0;
        if (threshold < 1 && risk > threshold) {
            ga[gb + Accumulators.G_REFUSALS] += 1;
            ga[gb + Accumulators.G_REFUSAL_HARM] += p.need[i];
            return;
        }
        if (threshold < 1 || harm > 0) {
            ga[gb + Accumulators.G_ANSWER_HARM] += harm * risk;
        }
        int vb = p.at(i);
        double delta = ai.satisfaction().delta();
        double sigma = ai.satisfaction().sigma();
        double inv2s2 = 1.0 / (2 * sigma * sigma);
        double gain = ai.gain().get(j);
        double st = p.stance[i] * delta;
        double l = listening[j];
        if (ai.defaults().listeningPolicy() == ListeningPolicy.PERSONAL) {
            double r2 = 0;
            for (int k = 0; k < d; k++) {
                double x = p.v[vb + k] - w[j * d + k];
                r2 += x * x;
            }
            double r = Math.sqrt(r2 * (1.0 / d));
            l = r > 0 && gain > 0 ? Math.min(1, Math.max(0, (1 - st / r) / gain)) : 0;
        }
        double lg = l * gain;
        double[] o = new double[d];
        double gap2 = 0;
        double own2 = 0;
        double absO = 0;
        double guard = ai.guardrail();
        for (int k = 0; k < d; k++) {
            double wk = w[j * d + k];
            double ok = wk + lg * (p.v[vb + k] - wk);
            ok = ok < -guard ? -guard : (ok > guard ? guard : ok);
            o[k] = ok;
            double x = ok - p.v[vb + k];
            double y = ok - p.own[vb + k];
            gap2 += x * x;
            own2 += y * y;
            absO += Math.abs(ok);
        }
        FeedbackSource source = ai.defaults().feedback();
        boolean gives = source.readsUsers() && CounterRng.uniformFloat(kFb, i) < p.feedback[i];
        if (gives && source == FeedbackSource.DIRECT) {
            ac[ab + Accumulators.A_FEEDBACK] += 1;
            for (int k = 0; k < d; k++) {
                ac[ab + Accumulators.A_DIFF + k] += p.v[vb + k] - w[j * d + k];
            }
        }
        double gapR = Math.sqrt(gap2 * (1.0 / d));
        double sa = gapR - st;
        double we = Math.sqrt(own2 * (1.0 / d)) - st;
        double sat = FastExp.exp(-sa * sa * inv2s2);
        double wel = FastExp.exp(-we * we * inv2s2);
        double eng = sat + ai.extremityBonus() * absO / d;
        float trust = (float) (p.trust[i] + ai.satisfaction().trustRate() * (sat - p.trust[i]));
        if (gives && source == FeedbackSource.ENGAGEMENT) {
            ac[ab + Accumulators.A_FEEDBACK] += 1;
            double coef = gapR > 0 ? -sat * sa * (1.0 / (sigma * sigma)) / (gapR * d) : 0;
            for (int k = 0; k < d; k++) {
                double grad = (1 - lg) * (coef * (o[k] - p.v[vb + k]) + ai.extremityBonus() / d * Math.signum(o[k]));
                ac[ab + Accumulators.A_DIFF + d + k] += grad;
            }
        }
        double pull =
                Math.min(1, p.susceptibility[i] * trust * ai.persuasiveness().get(j));
        boolean moves = gapR <= ai.confidence();
        if (twin) {
            double twin2 = 0;
            double toward = 0;
            double gapW2 = 0;
            for (int k = 0; k < d; k++) {
                double x = o[k] - v0[vb + k];
                twin2 += x * x;
                double u = w[j * d + k] - p.v[vb + k];
                toward += (o[k] - p.v[vb + k]) * u;
                gapW2 += u * u;
            }
            double s0 = Math.sqrt(twin2 * (1.0 / d)) - st;
            ga[gb + Accumulators.G_SAT_TWIN] += FastExp.exp(-s0 * s0 * inv2s2);
            ga[gb + Accumulators.G_CLOSED_BY_PEOPLE] +=
                    moves && toward > 0 && gapW2 > 0 ? pull * toward / Math.sqrt(gapW2) : 0;
        }
        p.trust[i] = trust;
        if (moves) {
            for (int k = 0; k < d; k++) {
                float before = p.v[vb + k];
                double x = before + pull * (o[k] - before);
                float after = (float) (x < -1 ? -1 : (x > 1 ? 1 : x));
                p.v[vb + k] = after;
                p.moveAi[vb + k] += after - before;
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
        ac[ab + Accumulators.A_ANSWERED] += 1;
        ac[ab + Accumulators.A_SAT] += sat;
        ac[ab + Accumulators.A_WELFARE] += wel;
        int mb = gb + Accumulators.G_OUT + d;
        for (int k = 0; k < d; k++) {
            ga[gb + Accumulators.G_OUT + k] += o[k];
            for (int q = k; q < d; q++) {
                ga[mb++] += o[k] * o[q];
            }
        }
    }

    private void update(double[] totals) {
        double lr = ai.learningRate();
        System.arraycopy(w, 0, wBefore, 0, w.length);
        boolean moved = false;
        for (int j = 0; j < m; j++) {
            int ab = j * aw;
            double fb = totals[ab + Accumulators.A_FEEDBACK];
            for (int k = 0; k < d; k++) {
                int wk = j * d + k;
                double t = target[wk];
                double step = !Double.isNaN(t) ? ai.defaults().targetPull() * (t - w[wk]) : 0;
                if (fb > 0 && ai.defaults().feedback() == FeedbackSource.DIRECT) {
                    step += totals[ab + Accumulators.A_DIFF + k] / fb;
                } else if (fb > 0 && ai.defaults().feedback() == FeedbackSource.ENGAGEMENT) {
                    step += totals[ab + Accumulators.A_DIFF + d + k] / fb;
                }
                w[wk] = Math.max(-1, Math.min(1, w[wk] + lr * step));
                moved |= w[wk] != wBefore[wk];
            }
            double u = totals[ab + Accumulators.A_USERS];
            if (ai.defaults().listeningPolicy() == ListeningPolicy.ADAPTIVE && u > 0) {
                double meanTrust = totals[ab + Accumulators.A_TRUST] / u;
                listening[j] = Math.max(0, Math.min(1, listening[j] + lr * (ai.trustTarget() - meanTrust)));
            }
            windowAnswered[j] += totals[ab + Accumulators.A_ANSWERED];
            windowFeedback[j] += fb;
            windowSat[j] += totals[ab + Accumulators.A_SAT];
            windowWel[j] += totals[ab + Accumulators.A_WELFARE];
        }
        if (moved && twin) {
            for (int i = 0; i < n; i++) {
                int j = p.ai[i];
                double toward = 0;
                double gap2 = 0;
                for (int k = 0; k < d; k++) {
                    double u = p.v[p.at(i) + k] - wBefore[j * d + k];
                    toward += (w[j * d + k] - wBefore[j * d + k]) * u;
                    gap2 += u * u;
                }
                window[i / CHUNK][p.group[i] * gw + Accumulators.G_CLOSED_BY_AI] +=
                        toward > 0 && gap2 > 0 ? toward / Math.sqrt(gap2) : 0;
            }
        }
    }

    // ---- 3. social influence

    private void social(long t) {
        SocialRule rule = s.social().rule();
        if (rule == SocialRule.NONE) {
            return;
        }
        if (rule == SocialRule.DEFFUANT) {
            int[] partner = matching(t);
            p.v = meet(p.v, partner, true);
            if (twin) {
                v0 = meet(v0, partner, false);
            }
            return;
        }
        p.v = average(rule, p.v, p.own);
        if (twin) {
            v0 = average(rule, v0, own0);
        }
    }

    /** DeGroot, Friedkin-Johnsen or Hegselmann-Krause: everyone reads this tick's values. */
    private float[] average(SocialRule rule, float[] v, float[] own) {
        float[] out = new float[v.length];
        int[] off = net.offsets();
        int[] tg = net.targets();
        float[] wt = net.weights();
        double rate = s.social().rate();
        double c2 = s.social().confidence() * s.social().confidence() * d;
        for (int i = 0; i < n; i++) {
            int vb = p.at(i);
            if (rule == SocialRule.HEGSELMANN_KRAUSE) {
                double sw = 1;
                double[] sum = new double[d];
                for (int k = 0; k < d; k++) {
                    sum[k] = v[vb + k];
                }
                for (int q = off[i]; q < off[i + 1]; q++) {
                    int nb = p.at(tg[q]);
                    double dist = 0;
                    for (int k = 0; k < d; k++) {
                        double x = v[nb + k] - v[vb + k];
                        dist += x * x;
                    }
                    double weight = (dist <= c2 ? 1 : 0) * (wt == null ? 1 : wt[q]);
                    sw += weight;
                    for (int k = 0; k < d; k++) {
                        sum[k] += weight * v[nb + k];
                    }
                }
                for (int k = 0; k < d; k++) {
                    out[vb + k] = (float) (sum[k] / sw);
                }
                continue;
            }
            double a = rule == SocialRule.FRIEDKIN_JOHNSEN ? p.anchoring[i] : 0;
            if (off[i] == off[i + 1]) {
                for (int k = 0; k < d; k++) {
                    out[vb + k] = (float) ((1 - a) * v[vb + k] + a * own[vb + k]);
                }
                continue;
            }
            double sw = 0;
            double[] sum = new double[d];
            for (int q = off[i]; q < off[i + 1]; q++) {
                double weight = wt == null ? 1 : wt[q];
                sw += weight;
                for (int k = 0; k < d; k++) {
                    sum[k] += weight * v[p.at(tg[q]) + k];
                }
            }
            for (int k = 0; k < d; k++) {
                double x = (1 - rate) * v[vb + k] + rate * (sum[k] / sw);
                out[vb + k] = (float) ((1 - a) * x + a * own[vb + k]);
            }
        }
        return out;
    }

    /** Deffuant's matching: proposers pick a neighbour, listeners accept the proposer of least priority. */
    private int[] matching(long t) {
        long kRole = CounterRng.key(seed, Purpose.DEFFUANT_ROLE, t, 0);
        long kPick = CounterRng.key(seed, Purpose.DEFFUANT_PICK, t, 0);
        long kPrio = CounterRng.key(seed, Purpose.DEFFUANT_PRIORITY, t, 0);
        int[] off = net.offsets();
        int[] tg = net.targets();
        int[] proposal = new int[n];
        for (int i = 0; i < n; i++) {
            int degree = off[i + 1] - off[i];
            boolean proposer = (CounterRng.bits(kRole, i) & 1L) == 0;
            proposal[i] = proposer && degree > 0 ? tg[off[i] + CounterRng.below(kPick, i, degree)] : -1;
        }
        Network in = net.reversed();
        int[] partner = new int[n];
        for (int j = 0; j < n; j++) {
            partner[j] = -1;
            if ((CounterRng.bits(kRole, j) & 1L) == 0) {
                continue;
            }
            long best = Long.MAX_VALUE;
            for (int q = in.offsets()[j]; q < in.offsets()[j + 1]; q++) {
                int k = in.targets()[q];
                if (k != j && proposal[k] == j) {
                    long priority = CounterRng.bits(kPrio, k) >>> 1;
                    if (priority < best || (priority == best && k < partner[j])) {
                        best = priority;
                        partner[j] = k;
                    }
                }
            }
        }
        return partner;
    }

    /** Deffuant meetings that moved people who did not already agree, in the population. */
    private long interactions;
    /** The previous record's tick. */
    private long windowStart;

    private float[] meet(float[] v, int[] partner, boolean counted) {
        float[] out = v.clone();
        double mu = s.social().rate();
        double c2 = s.social().confidence() * s.social().confidence() * d;
        for (int j = 0; j < n; j++) {
            int k = partner[j];
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
                if (counted && dist > StopSpec.AGREEMENT * StopSpec.AGREEMENT * d) {
                    interactions++;
                }
            }
        }
        return out;
    }

    // ---- 4. generation boundary

    private void generation(int generation) {
        double turnover = s.generations().turnover();
        if (turnover > 0) {
            long kTurn = CounterRng.key(seed, Purpose.TURNOVER, generation, 0);
            long kParent = CounterRng.key(seed, Purpose.PARENT, generation, 0);
            float[] parents = p.v.clone();
            float[] parentOrigins = p.origin.clone();
            float[] twinParents = twin ? v0.clone() : null;
            for (int c = 0; c < chunks; c++) {
                RandomGenerator rng = null;
                for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                    if (CounterRng.uniform(kTurn, i) >= turnover) {
                        continue;
                    }
                    if (rng == null) {
                        rng = CounterRng.commons(CounterRng.key(seed, Purpose.NEWCOMER, generation, c));
                    }
                    int[] members = p.members[p.group[i]];
                    int parent = members[CounterRng.below(kParent, i, members.length)];
                    for (int k = 0; k < d; k++) {
                        double noise = s.generations().mutation() * rng.nextGaussian();
                        float value = (float) Math.max(-1, Math.min(1, parents[p.at(parent) + k] + noise));
                        p.moveTurnover[p.at(i) + k] += value - p.v[p.at(i) + k];
                        p.own[p.at(i) + k] = value;
                        p.v[p.at(i) + k] = value;
                        p.origin[p.at(i) + k] = parentOrigins[p.at(parent) + k];
                        if (twin) {
                            float value0 = (float) Math.max(-1, Math.min(1, twinParents[p.at(parent) + k] + noise));
                            own0[p.at(i) + k] = value0;
                            v0[p.at(i) + k] = value0;
                        }
                    }
                    GroupSpec g = s.population().groups().get(p.group[i]);
                    PopulationBuilder.redrawTraits(p, g, i, rng);
                }
            }
        }
        if (m > 0) {
            redesign(generation);
        }
    }

    // ---- 5. metrics

    private void record(long tick) {
        int rows = groups + 1;
        Row[] out = new Row[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = new Row();
            out[r].d = d;
            out[r].clusterMinShare = s.metrics().clusterMinShare();
            out[r].targets = target;
            out[r].designerAggregates = designerAggregate;
            out[r].assistantUsers = new double[m];
            out[r].twin = twin;
            out[r].windowed = tick > 0;
            out[r].meanV = new double[d];
            out[r].meanOwn = new double[d];
        }
        out[0].groups = new ArrayList<>(List.of(out).subList(1, rows));
        for (int i = 0; i < n; i++) {
            if (p.ai[i] >= 0) {
                out[0].assistantUsers[p.ai[i]]++;
                out[p.group[i] + 1].assistantUsers[p.ai[i]]++;
            }
        }
        people(out);
        if (m > 0) {
            market(out, tick - windowStart);
        }
        windowStart = tick;
        spread(out);
        if (tick == 0) {
            diversityAtStart = new double[rows];
            for (int r = 0; r < rows; r++) {
                diversityAtStart[r] = Metric.DIVERSITY.of(out[r]);
            }
        }
        windowSums(out);
        for (int r = 0; r < rows; r++) {
            out[r].diversityAtStart = diversityAtStart[r];
            int[] who = r == 0 ? null : p.members[r - 1];
            int size = r == 0 ? n : who.length;
            float[] points = new float[size * d];
            for (int q = 0; q < size; q++) {
                System.arraycopy(p.v, p.at(who == null ? q : who[q]), points, q * d, d);
            }
            if (r == 1 && size == n) {
                out[1].meanPairwiseDistance = out[0].meanPairwiseDistance;
            } else {
                out[r].meanPairwiseDistance = PairwiseDistance.mean(
                        p.v, p.base, d, who, size, CounterRng.key(seed, Purpose.PAIR_SAMPLE, r, 0));
            }
            out[r].clusterSizes = s.metrics().clusters()
                    ? Clusters.sizes(points, size, d, s.metrics().clusterRadius() * Math.sqrt(d))
                    : null;
        }
        welfareOrder(out);
        double[][] values = new double[rows][Metric.COUNT];
        for (int r = 0; r < rows; r++) {
            for (Metric metric : Metric.values()) {
                values[r][metric.ordinal()] = metric.of(out[r]);
            }
        }
        series.add(new TimeSeries.Point(tick, (int) (tick / s.generations().length()), values));
        if (m > 0) {
            series.add(new TimeSeries.AssistantPoint(tick, assistants()));
        }
        for (double[] c : window) {
            Arrays.fill(c, 0);
        }
        Arrays.fill(p.asks, 0);
        Arrays.fill(p.answered, 0);
        Arrays.fill(p.welfareSum, 0);
        System.arraycopy(p.v, 0, p.vSnap, 0, p.v.length);
        Arrays.fill(p.moveAi, 0);
        if (p.moveTurnover != null) {
            Arrays.fill(p.moveTurnover, 0);
        }
        Arrays.fill(windowAnswered, 0);
        Arrays.fill(windowFeedback, 0);
        Arrays.fill(windowSat, 0);
        Arrays.fill(windowWel, 0);
    }

    /** Whether row r holds person i (row 0 is everyone). */
    private boolean inRow(int r, int i) {
        return r == 0 || p.group[i] == r - 1;
    }

    /** The market sums of a record: users' value sums per assistant and their squares, chunk by chunk. */
    private void market(Row[] out, long windowTicks) {
        int rows = out.length;
        int width = m * (1 + d) + 1;
        double[][] sums = new double[rows][width];
        for (int c = 0; c < chunks; c++) {
            double[][] part = new double[rows][width];
            for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                int j = p.ai[i];
                double sq = 0;
                for (int k = 0; k < d; k++) {
                    sq += (double) p.v[p.at(i) + k] * p.v[p.at(i) + k];
                }
                for (int r = 0; r < rows; r++) {
                    if (inRow(r, i)) {
                        part[r][j * (1 + d)] += 1;
                        for (int k = 0; k < d; k++) {
                            part[r][j * (1 + d) + 1 + k] += p.v[p.at(i) + k];
                        }
                        part[r][m * (1 + d)] += sq;
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                for (int q = 0; q < width; q++) {
                    sums[r][q] += part[r][q];
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            out[r].assistantValueSums = new double[m * d];
            for (int j = 0; j < m; j++) {
                System.arraycopy(sums[r], j * (1 + d) + 1, out[r].assistantValueSums, j * d, d);
            }
            out[r].usersSquares = sums[r][m * (1 + d)];
            out[r].promoted = w;
            out[r].windowTicks = windowTicks;
        }
    }

    /** The per-person sums of each row, in chunks combined in order. */
    private void people(Row[] out) {
        int rows = out.length;
        double[][] sums = new double[rows][TERMS + 2 * d];
        for (int c = 0; c < chunks; c++) {
            double[][] part = new double[rows][TERMS + 2 * d];
            for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                double[] terms = personTerms(i, out[0].windowed);
                for (int r = 0; r < rows; r++) {
                    if (!inRow(r, i)) {
                        continue;
                    }
                    for (int q = 0; q < TERMS; q++) {
                        part[r][q] += terms[q];
                    }
                    for (int k = 0; k < d; k++) {
                        part[r][TERMS + k] += p.v[p.at(i) + k];
                        part[r][TERMS + d + k] += p.own[p.at(i) + k];
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                for (int q = 0; q < sums[r].length; q++) {
                    sums[r][q] += part[r][q];
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            double[] x = sums[r];
            Row row = out[r];
            row.people = x[0];
            row.drift2 = x[1];
            row.lineage2 = x[2];
            row.trust = x[3];
            row.askers = x[4];
            row.unmet = x[5];
            row.movementAi = x[6];
            row.movementSocial = x[7];
            row.movementTurnover = x[8];
            row.induced2 = x[9];
            row.dominance = x[10];
            row.dominanceCount = x[11];
            row.calibration = Arrays.copyOfRange(x, 12, 18);
            row.endorsed2 = x[18];
            for (int k = 0; k < d; k++) {
                row.meanV[k] = x[0] > 0 ? x[TERMS + k] / x[0] : 0;
                row.meanOwn[k] = x[0] > 0 ? x[TERMS + d + k] / x[0] : 0;
            }
        }
    }

    /** The per-person terms: count, drifts, trust, asks, movements, twin terms, trust-welfare sums. */
    private static final int TERMS = 19;

    private double[] personTerms(int i, boolean windowed) {
        int vb = p.at(i);
        double drift = 0;
        double lineage = 0;
        double byAi = 0;
        double bySociety = 0;
        double byTurnover = 0;
        for (int k = 0; k < d; k++) {
            double x = p.v[vb + k] - p.own[vb + k];
            drift += x * x;
            double y = p.v[vb + k] - p.origin[vb + k];
            lineage += y * y;
            if (windowed) {
                double a = p.moveAi[vb + k];
                double t = p.moveTurnover == null ? 0 : p.moveTurnover[vb + k];
                double social = ((double) p.v[vb + k] - p.vSnap[vb + k]) - a - t;
                byAi += a * a;
                bySociety += social * social;
                byTurnover += t * t;
            }
        }
        double[] terms = new double[TERMS];
        double endorsed = 0;
        for (int k = 0; k < d; k++) {
            double z = p.own[vb + k] - p.origin[vb + k];
            endorsed += z * z;
        }
        terms[18] = endorsed;
        if (p.answered[i] > 0) { // trust beside the window's mean welfare
            double t = p.trust[i];
            double w = p.welfareSum[i] / p.answered[i];
            terms[12] = 1;
            terms[13] = t;
            terms[14] = w;
            terms[15] = t * t;
            terms[16] = w * w;
            terms[17] = t * w;
        }
        terms[0] = 1;
        terms[1] = drift;
        terms[2] = lineage;
        terms[3] = p.trust[i];
        terms[4] = p.asks[i] > 0 ? 1 : 0;
        terms[5] = p.asks[i] > 0 && p.answered[i] == 0 ? 1 : 0;
        terms[6] = Math.sqrt(byAi / d);
        terms[7] = Math.sqrt(bySociety / d);
        terms[8] = Math.sqrt(byTurnover / d);
        if (twin) {
            double induced = 0;
            for (int k = 0; k < d; k++) {
                double x = p.v[vb + k] - v0[vb + k];
                induced += x * x;
            }
            terms[9] = induced;
            int j = p.ai[i];
            int judged = 0;
            double withAi = 0;
            double without = 0;
            for (int k = 0; k < d; k++) {
                double t1 = firstTarget[j * d + k];
                if (!Double.isNaN(t1)) {
                    judged++;
                    double x = p.v[vb + k] - t1;
                    double y = v0[vb + k] - t1;
                    withAi += x * x;
                    without += y * y;
                }
            }
            if (judged > 0) {
                terms[10] = Math.sqrt(without / judged) - Math.sqrt(withAi / judged);
                terms[11] = 1;
            }
        }
        return terms;
    }

    /** Covariances of current and own values, and the moments of each row's first principal axis. */
    private void spread(Row[] out) {
        for (int r = 0; r < out.length; r++) {
            out[r].covV = covariance(p.v, out[r].meanV, r, out[r].people);
            out[r].covOwn = covariance(p.own, out[r].meanOwn, r, out[r].people);
            double[] axis = Stats.firstPrincipalAxis(out[r].covV);
            double m2 = 0;
            double m3 = 0;
            double m4 = 0;
            for (int c = 0; c < chunks; c++) {
                double a2 = 0;
                double a3 = 0;
                double a4 = 0;
                for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                    if (inRow(r, i)) {
                        double proj = 0;
                        for (int k = 0; k < d; k++) {
                            proj += (p.v[p.at(i) + k] - out[r].meanV[k]) * axis[k];
                        }
                        double p2 = proj * proj;
                        a2 += p2;
                        a3 += p2 * proj;
                        a4 += p2 * p2;
                    }
                }
                m2 += a2;
                m3 += a3;
                m4 += a4;
            }
            out[r].axis2 = m2;
            out[r].axis3 = m3;
            out[r].axis4 = m4;
        }
    }

    private double[][] covariance(float[] x, double[] mean, int r, double count) {
        double[][] cov = new double[d][d];
        double scale = Math.max(1, count);
        for (int k = 0; k < d; k++) {
            for (int q = k; q < d; q++) {
                double sum = 0;
                for (int c = 0; c < chunks; c++) {
                    double part = 0;
                    for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                        if (inRow(r, i)) {
                            part += (x[p.at(i) + k] - mean[k]) * (x[p.at(i) + q] - mean[q]);
                        }
                    }
                    sum += part;
                }
                cov[k][q] = sum / scale;
                cov[q][k] = cov[k][q];
            }
        }
        return cov;
    }

    /** The window's interaction sums: chunk rows summed in order, everyone's from the groups'. */
    private void windowSums(Row[] out) {
        double[] perGroup = new double[groups * gw];
        for (double[] c : window) {
            for (int k = 0; k < perGroup.length; k++) {
                perGroup[k] += c[k];
            }
        }
        double[][] rows = new double[out.length][gw];
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k < gw; k++) {
                rows[g + 1][k] = perGroup[g * gw + k];
                rows[0][k] += perGroup[g * gw + k];
            }
        }
        for (int r = 0; r < out.length; r++) {
            double[] x = rows[r];
            Row row = out[r];
            row.asks = x[Accumulators.G_ASKS];
            row.refusals = x[Accumulators.G_REFUSALS];
            row.refusalHarm = x[Accumulators.G_REFUSAL_HARM];
            row.answerHarm = x[Accumulators.G_ANSWER_HARM];
            row.answered = x[Accumulators.G_ANSWERED];
            row.gap2 = x[Accumulators.G_GAP2];
            row.ownGap2 = x[Accumulators.G_OWNGAP2];
            row.satisfaction = x[Accumulators.G_SAT];
            row.welfare = x[Accumulators.G_WELFARE];
            row.engagement = x[Accumulators.G_ENGAGEMENT];
            row.satisfactionTwin = x[Accumulators.G_SAT_TWIN];
            row.closedByPeople = x[Accumulators.G_CLOSED_BY_PEOPLE];
            row.closedByAi = x[Accumulators.G_CLOSED_BY_AI];
            if (row.answered > 0) {
                row.outputMean = new double[d];
                row.outputCov = new double[d][d];
                for (int k = 0; k < d; k++) {
                    row.outputMean[k] = x[Accumulators.G_OUT + k] / row.answered;
                }
                int b = Accumulators.G_OUT + d;
                for (int k = 0; k < d; k++) {
                    for (int q = k; q < d; q++) {
                        double c = x[b++] / row.answered - row.outputMean[k] * row.outputMean[q];
                        row.outputCov[k][q] = c;
                        row.outputCov[q][k] = c;
                    }
                }
            }
        }
    }

    private void welfareOrder(Row[] out) {
        float[] all = new float[n];
        int allCount = 0;
        for (int g = 0; g < groups; g++) {
            float[] values = new float[p.members[g].length];
            int count = 0;
            for (int i : p.members[g]) {
                if (p.answered[i] > 0) {
                    values[count++] = p.welfareSum[i] / p.answered[i];
                    all[allCount++] = values[count - 1];
                }
            }
            Arrays.sort(values, 0, count);
            out[g + 1].sortedWelfare = values;
            out[g + 1].welfareCount = count;
        }
        Arrays.sort(all, 0, allCount);
        out[0].sortedWelfare = all;
        out[0].welfareCount = allCount;
    }

    private double[][] assistants() {
        double[] trust = new double[m];
        for (int i = 0; i < n; i++) {
            trust[p.ai[i]] += p.trust[i];
        }
        List<String> names = series.assistantQuantities();
        double[][] out = new double[m][names.size()];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                out[j][names.indexOf("promoted_" + s.values().dimensions().get(k))] = w[j * d + k];
                out[j][names.indexOf("target_" + s.values().dimensions().get(k))] = target[j * d + k];
            }
            out[j][names.indexOf("listening")] = listening[j];
            out[j][names.indexOf("users")] = users[j];
            out[j][names.indexOf("share")] = users[j] / (double) n;
            out[j][names.indexOf("feedback")] = windowFeedback[j];
            out[j][names.indexOf("answered")] = windowAnswered[j];
            out[j][names.indexOf("trust")] = users[j] > 0 ? trust[j] / users[j] : Double.NaN;
            out[j][names.indexOf("satisfaction")] =
                    windowAnswered[j] > 0 ? windowSat[j] / windowAnswered[j] : Double.NaN;
            out[j][names.indexOf("welfare")] = windowAnswered[j] > 0 ? windowWel[j] / windowAnswered[j] : Double.NaN;
            out[j][names.indexOf("refusal_threshold")] = ai.refusalThreshold().get(j);
        }
        return out;
    }
}
