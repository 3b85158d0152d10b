package org.coshape.model;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.ChoiceBasis;
import org.coshape.scenario.ChoiceSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 0, with {@code ai.choice.rule: logit}: people reconsider their assistant before they
 * ask. Each person reconsiders with probability {@code rate}; assistant j is then worth the mean
 * satisfaction (or welfare, or their blend by its disclosure) its answers gave the person's group
 * on the last tick, or, when the
 * group had none from it, the whole population's, or, when no one had any, the outside option's
 * worth; the option the person takes now (an assistant, or none) gains {@code inertia}; and they
 * take option x with probability {@code exp(beta worth_x) / sum exp(beta worth)}, the outside
 * option among them. A person holds one assistant or none at every moment, so no one uses two in
 * a tick. Both draws are keyed by (tick, person): the result is the same at any thread count.
 */
final class ChoicePhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;
    private final ChoiceSpec spec;
    /** Mean satisfaction and welfare assistant j gave group g, {@code [g * m + j]}, from the last tick's answers. */
    private final double[] satisfaction;

    private final double[] welfare;
    /** The same for anyone. */
    private final double[] satisfactionAll;

    private final double[] welfareAll;
    /** Each assistant's weight of welfare in its worth: 1 when people judge by welfare, else its disclosure. */
    private final double[] welfareWeight;

    private final transient ChunkPool.ChunkTask chooseTask = this::choose;
    /** Per-thread scratch for one person's option weights. */
    private final transient ThreadLocal<double[]> weights;

    private long kReconsider;
    private long kChoice;

    ChoicePhase(CoshapeModel model) {
        this.model = model;
        this.spec = model.scenario().ai().choice();
        int m = model.ais().m;
        this.satisfaction = nans(model.people().groups * m);
        this.welfare = nans(model.people().groups * m);
        this.satisfactionAll = nans(m);
        this.welfareAll = nans(m);
        this.welfareWeight = new double[m];
        this.weights = ThreadLocal.withInitial(() -> new double[m + 1]);
        for (int j = 0; j < m; j++) {
            welfareWeight[j] = spec.on() == ChoiceBasis.WELFARE
                    ? 1
                    : model.scenario().ai().disclosure().get(j);
        }
    }

    @Override
    public void step(SimState state) {
        if (!model.aiOn() || !spec.switches()) {
            return;
        }
        long tick = (long) state.schedule.getTime();
        updateWorth();
        kReconsider = CounterRng.key(model.runSeed(), Purpose.RECONSIDER, tick, 0);
        kChoice = CounterRng.key(model.runSeed(), Purpose.CHOICE, tick, 0);
        model.pool().run(model.people().n, chooseTask);
        recountUsers();
    }

    /**
     * The worth of each assistant to each group from the last interaction's sums; a group that had
     * no answer from an assistant keeps what it knew before.
     */
    private void updateWorth() {
        Ais a = model.ais();
        int groups = model.people().groups;
        int aw = model.aiWidth();
        int base = Accumulators.byGroup(a.d);
        double[] total = model.aiTotals();
        for (int j = 0; j < a.m; j++) {
            double answers = 0;
            double sat = 0;
            double wel = 0;
            for (int g = 0; g < groups; g++) {
                int cb = j * aw + base + Accumulators.BY_GROUP_WIDTH * g;
                if (total[cb] > 0) {
                    satisfaction[g * a.m + j] = total[cb + 1] / total[cb];
                    welfare[g * a.m + j] = total[cb + 2] / total[cb];
                }
                answers += total[cb];
                sat += total[cb + 1];
                wel += total[cb + 2];
            }
            if (answers > 0) {
                satisfactionAll[j] = sat / answers;
                welfareAll[j] = wel / answers;
            }
        }
    }

    private static double[] nans(int n) {
        double[] x = new double[n];
        Arrays.fill(x, Double.NaN);
        return x;
    }

    /** The choices of people [from, to); changes are counted per group in the chunk's row. */
    private void choose(int chunk, int from, int to) {
        People p = model.people();
        double[] ga = model.groupAccumulators()[chunk];
        int gw = Accumulators.groupWidth(p.d);
        double[] weight = weights.get();
        for (int i = from; i < to; i++) {
            if (CounterRng.uniform(kReconsider, i) >= spec.rate()) {
                continue;
            }
            int g = p.group[i];
            int now = p.ai[i];
            int pick = pick(g, now, CounterRng.uniform(kChoice, i), weight);
            if (pick != now) {
                p.ai[i] = pick;
                ga[g * gw + Accumulators.G_CHANGES] += 1;
            }
        }
    }

    /**
     * The option a person of group {@code g} who now takes {@code now} (-1: none) picks with the
     * uniform draw {@code u}: -1 for none, else an assistant. {@code weight} is scratch of m + 1.
     */
    int pick(int g, int now, double u, double[] weight) {
        int m = model.ais().m;
        double outside = spec.outside() + (now < 0 ? spec.inertia() : 0);
        double top = outside;
        for (int j = 0; j < m; j++) {
            weight[j] = worthOf(g, j) + (j == now ? spec.inertia() : 0);
            top = Math.max(top, weight[j]);
        }
        double total = 0;
        for (int j = 0; j < m; j++) {
            weight[j] = StrictMath.exp(spec.beta() * (weight[j] - top));
            total += weight[j];
        }
        weight[m] = StrictMath.exp(spec.beta() * (outside - top));
        total += weight[m];
        double x = u * total;
        for (int j = 0; j < m; j++) {
            x -= weight[j];
            if (x < 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * What assistant j is worth to a person of group g: the satisfaction it gave the group, blended
     * toward the welfare by its weight (1 when people judge by welfare, else its disclosure).
     */
    double worthOf(int g, int j) {
        int m = model.ais().m;
        boolean known = !Double.isNaN(satisfaction[g * m + j]);
        double sat = known ? satisfaction[g * m + j] : satisfactionAll[j];
        double wel = known ? welfare[g * m + j] : welfareAll[j];
        if (Double.isNaN(sat)) {
            return spec.outside();
        }
        return sat + welfareWeight[j] * (wel - sat);
    }

    private void recountUsers() {
        People p = model.people();
        int[] users = model.ais().users;
        Arrays.fill(users, 0);
        for (int i = 0; i < p.n; i++) {
            if (p.ai[i] >= 0) {
                users[p.ai[i]]++;
            }
        }
    }
}
