package org.coshape.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.coshape.model.regime.Aggregator;
import org.coshape.model.regime.DesignerSelector;
import org.coshape.model.regime.Judge;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.AggregationRule;
import org.coshape.scenario.AiSpec;
import org.coshape.scenario.AssistantParts;
import org.coshape.scenario.DeliberationSpec;
import org.coshape.scenario.JudgeSpec;
import org.coshape.scenario.Scenario;

/**
 * One generation's design: each assistant's designer panel is drawn, its values aggregated and
 * judged into the assistant's training target. Assistants with the same designer spec and
 * aggregation rule share one panel, drawn once, so a market with one regime for all has one panel
 * and the draws it always had; a market of different regimes draws a panel per distinct spec, in
 * assistant order, from the same generation's stream.
 */
final class Redesign {
    /** Assistant 0's panel, and each assistant's aggregate of its designers' values. */
    record Panels(int[] first, double[][] aggregates) {}

    private Redesign() {}

    static Panels run(Scenario scenario, People people, Ais ais, long runSeed, int generation) {
        AiSpec spec = scenario.ai();
        MersenneTwisterFast rng = CounterRng.mason(CounterRng.key(runSeed, Purpose.DESIGNERS, generation, 0));
        long noiseKey = CounterRng.key(runSeed, Purpose.JUDGE, generation, 0);
        List<String> dims = scenario.values().dimensions();
        int panels = Math.max(1, ais.m);
        int[][] panel = new int[panels][];
        double[][] agg = new double[panels][];
        for (int j = 0; j < panels; j++) {
            AssistantParts parts = spec.parts(j);
            int same = 0;
            while (same < j && !spec.parts(same).samePanel(parts)) {
                same++;
            }
            if (same < j) {
                panel[j] = panel[same];
                agg[j] = agg[same];
            } else {
                int narrow = scenario.groupNames().indexOf(parts.designers().group());
                panel[j] = DesignerSelector.select(parts.designers(), narrow, people, rng);
                if (spec.deliberation().on()) {
                    deliberate(people, panel[j], spec.deliberation());
                }
                agg[j] = aggregate(people, parts.aggregator(), panel[j]);
            }
            if (j < ais.m) {
                judge(parts.judge(), dims, agg[j], noiseKey, j, ais, generation);
                System.arraycopy(agg[j], 0, ais.designerAggregate, j * agg[j].length, agg[j].length);
            }
        }
        return new Panels(panel[0], agg);
    }

    /**
     * The panel deliberates: in each round every designer moves {@code rate} of the way to the mean
     * of the designers (themselves included) within {@code confidence} (RMS) of them, all from the
     * round's start. Their current values change in the population.
     */
    static void deliberate(People people, int[] panel, DeliberationSpec spec) {
        int d = people.d;
        int k = panel.length;
        double[] now = new double[k * d];
        for (int q = 0; q < k; q++) {
            for (int x = 0; x < d; x++) {
                now[q * d + x] = people.v[people.at(panel[q]) + x];
            }
        }
        double reach2 = spec.confidence() * spec.confidence() * d;
        double[] next = new double[k * d];
        for (int round = 0; round < spec.rounds(); round++) {
            for (int a = 0; a < k; a++) {
                double[] mean = new double[d];
                int heard = 0;
                for (int b = 0; b < k; b++) {
                    double dist2 = 0;
                    for (int x = 0; x < d; x++) {
                        double y = now[a * d + x] - now[b * d + x];
                        dist2 += y * y;
                    }
                    if (dist2 <= reach2) {
                        heard++;
                        for (int x = 0; x < d; x++) {
                            mean[x] += now[b * d + x];
                        }
                    }
                }
                for (int x = 0; x < d; x++) {
                    next[a * d + x] = now[a * d + x] + spec.rate() * (mean[x] / heard - now[a * d + x]);
                }
            }
            System.arraycopy(next, 0, now, 0, now.length);
        }
        for (int q = 0; q < k; q++) {
            for (int x = 0; x < d; x++) {
                people.v[people.at(panel[q]) + x] = (float) now[q * d + x];
            }
        }
    }

    /**
     * Assistant j's target from its judge. A learned judge is set by the fixed rule once, at the
     * first generation, and then learns its measured dimensions tick by tick ({@link LearnedJudges});
     * later generations reset only its other dimensions.
     */
    private static void judge(
            JudgeSpec spec, List<String> dims, double[] agg, long noiseKey, int j, Ais ais, int generation) {
        if (!spec.learns() || generation == 0) {
            Judge.judge(spec, dims, agg, noiseKey, j, ais.target);
            return;
        }
        double[] fresh = new double[ais.target.length];
        Judge.judge(spec, dims, agg, noiseKey, j, fresh);
        int d = dims.size();
        for (int k = 0; k < d; k++) {
            if (!spec.measuredDimensions().contains(dims.get(k))) {
                ais.target[j * d + k] = fresh[j * d + k];
            }
        }
    }

    /** The panel's current values aggregated by the rule. */
    private static double[] aggregate(People people, AggregationRule rule, int[] panel) {
        int d = people.d;
        double[] vals = new double[panel.length * d];
        int[] grp = new int[panel.length];
        for (int q = 0; q < panel.length; q++) {
            grp[q] = people.group[panel[q]];
            int vb = people.at(panel[q]);
            for (int k = 0; k < d; k++) {
                vals[q * d + k] = people.v[vb + k];
            }
        }
        return Aggregator.aggregate(rule, vals, grp, d);
    }
}
