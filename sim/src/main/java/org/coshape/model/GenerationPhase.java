package org.coshape.model;

import org.apache.commons.math3.random.RandomGenerator;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.GenerationSpec;
import org.coshape.scenario.GroupSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 4, at every generation boundary: the recursive loop. (a) Turnover: each person is
 * replaced with probability {@code turnover}; the newcomer keeps the slot (group, network ties,
 * AI) and takes as own values the current values of a random parent from the same group plus
 * Gaussian mutation: shaped minds become the next generation's own values. The newcomer inherits
 * the parent's lineage origin. Traits are redrawn and trust reset. The twin's newcomer is made
 * with the same draws from the twin's parent. (b) Designers are drawn anew from the current
 * population and targets recomputed.
 */
final class GenerationPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;

    GenerationPhase(CoshapeModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        long tick = (long) state.schedule.getTime();
        GenerationSpec spec = model.scenario().generations();
        if (tick % spec.length() != 0) {
            return;
        }
        int generation = (int) (tick / spec.length());
        if (spec.turnover() > 0) {
            turnover(spec, generation);
        }
        model.redesign(generation);
    }

    private void turnover(GenerationSpec spec, int generation) {
        People p = model.people();
        People twin = model.separateTwin();
        int d = p.d;
        long seed = model.runSeed();
        long kTurn = CounterRng.key(seed, Purpose.TURNOVER, generation, 0);
        long kParent = CounterRng.key(seed, Purpose.PARENT, generation, 0);
        // parents are read as they were before anyone was replaced
        System.arraycopy(p.v, 0, p.vNext, 0, p.v.length);
        float[] parents = p.vNext;
        float[] parentOrigins = p.origin.clone();
        float[] twinParents = null;
        if (twin != null) {
            System.arraycopy(twin.v, 0, twin.vNext, 0, twin.v.length);
            twinParents = twin.vNext;
        }
        float[] twinParentsOrNull = twinParents;
        double mutation = spec.mutation();
        model.pool().run(p.n, (chunk, from, to) -> {
            RandomGenerator rng = null;
            for (int i = from; i < to; i++) {
                if (CounterRng.uniform(kTurn, i) >= spec.turnover()) {
                    continue;
                }
                if (rng == null) {
                    rng = CounterRng.commons(CounterRng.key(seed, Purpose.NEWCOMER, generation, chunk));
                }
                int g = p.group[i];
                int[] mem = p.members[g];
                int parent = mem[CounterRng.below(kParent, i, mem.length)];
                int pb = p.at(parent);
                int vb = p.at(i);
                for (int k = 0; k < d; k++) {
                    double noise = mutation * rng.nextGaussian();
                    float f = clamp(parents[pb + k] + noise);
                    p.moveTurnover[vb + k] += f - p.v[vb + k];
                    p.own[vb + k] = f;
                    p.v[vb + k] = f;
                    p.origin[vb + k] = parentOrigins[pb + k];
                    if (twinParentsOrNull != null) {
                        float f0 = clamp(twinParentsOrNull[pb + k] + noise);
                        twin.own[vb + k] = f0;
                        twin.v[vb + k] = f0;
                    }
                }
                GroupSpec gs = model.scenario().population().groups().get(g);
                PopulationBuilder.redrawTraits(p, gs, i, rng);
            }
        });
    }

    private static float clamp(double x) {
        return (float) Math.max(-1, Math.min(1, x));
    }
}
