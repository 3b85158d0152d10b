package org.coshape.model;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.GroupSpec;
import org.coshape.scenario.PeopleCsv;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ValueDistribution;

/**
 * Creates the people of a scenario: group sizes by largest remainder (exact shares), own values
 * and traits drawn per chunk from generators keyed by (seed, chunk), so the result does not
 * depend on thread count; or people read from the population CSV.
 */
public final class PopulationBuilder {

    private PopulationBuilder() {}

    public static People build(Scenario s, long seed, ChunkPool pool) {
        return build(
                s,
                seed,
                pool,
                s.population().file() != null
                        ? PeopleCsv.read(
                                Path.of(s.population().file()), s.values().dimensions())
                        : null);
    }

    /** Builds the people from an already read population file ({@code null} when groups draw them). */
    public static People build(Scenario s, long seed, ChunkPool pool, PeopleCsv csv) {
        List<GroupSpec> specs = s.population().groups();
        int g = specs.size();
        int d = s.dims();
        int n = csv != null ? csv.size() : s.population().size();
        int[] group = csv != null ? csv.group().clone() : contiguousGroups(n, specs);
        People p = new People(n, d, g, group, s.generations().turnover() > 0, pool);
        pool.run(n, (chunk, from, to) -> {
            for (int gi = 0; gi < g; gi++) {
                fill(p, specs.get(gi), gi, from, to, CounterRng.key(seed, Purpose.POPULATION, chunk, gi), csv);
            }
        });
        System.arraycopy(p.own, 0, p.v, 0, p.own.length);
        System.arraycopy(p.own, 0, p.origin, 0, p.own.length);
        return p;
    }

    /** Draws the person-level state of the members of group {@code gi} in [from, to). */
    private static void fill(People p, GroupSpec spec, int gi, int from, int to, long key, PeopleCsv csv) {
        RandomGenerator rng = CounterRng.commons(key);
        int d = p.d;
        TraitSampler susc = new TraitSampler(spec.susceptibility(), rng);
        TraitSampler anch = new TraitSampler(spec.anchoring(), rng);
        TraitSampler usage = new TraitSampler(spec.usage(), rng);
        TraitSampler stance = new TraitSampler(spec.stance(), rng);
        TraitSampler trust = new TraitSampler(spec.trust(), rng);
        TraitSampler fb = new TraitSampler(spec.feedback(), rng);
        TraitSampler need = new TraitSampler(spec.need(), rng);
        for (int i = from; i < to; i++) {
            if (p.group[i] != gi) {
                continue;
            }
            if (csv != null) {
                System.arraycopy(csv.values(), i * d, p.own, p.at(i), d);
            } else {
                drawValues(spec, rng, p.own, p.at(i), d);
            }
            p.susceptibility[i] = pick(csv, "susceptibility", i, susc);
            p.anchoring[i] = pick(csv, "anchoring", i, anch);
            p.usage[i] = pick(csv, "usage", i, usage);
            p.stance[i] = pick(csv, "stance", i, stance);
            p.trust[i] = pick(csv, "trust", i, trust);
            p.feedback[i] = fb.next();
            p.need[i] = need.next(); // last: a constant need draws nothing, so the other draws stay
        }
    }

    private static float pick(PeopleCsv csv, String column, int i, TraitSampler sampler) {
        float drawn = sampler.next();
        if (csv != null && csv.traits().containsKey(column)) {
            return csv.traits().get(column)[i];
        }
        return drawn;
    }

    static void drawValues(GroupSpec spec, RandomGenerator rng, float[] out, int at, int d) {
        for (int k = 0; k < d; k++) {
            double x = spec.distribution() == ValueDistribution.UNIFORM
                    ? -1 + 2 * rng.nextDouble()
                    : spec.mean().get(k) + spec.spread() * rng.nextGaussian();
            out[at + k] = clamp((float) x);
        }
    }

    /** Redraws the traits of a newcomer (turnover); values are set by the caller. */
    static void redrawTraits(People p, GroupSpec spec, int i, RandomGenerator rng) {
        p.susceptibility[i] = new TraitSampler(spec.susceptibility(), rng).next();
        p.anchoring[i] = new TraitSampler(spec.anchoring(), rng).next();
        p.usage[i] = new TraitSampler(spec.usage(), rng).next();
        p.stance[i] = new TraitSampler(spec.stance(), rng).next();
        p.trust[i] = new TraitSampler(spec.trust(), rng).next();
        p.feedback[i] = new TraitSampler(spec.feedback(), rng).next();
        p.need[i] = new TraitSampler(spec.need(), rng).next();
    }

    /** Exact group sizes by the largest-remainder method, people of a group contiguous. */
    static int[] contiguousGroups(int n, List<GroupSpec> specs) {
        int g = specs.size();
        int[] size = new int[g];
        double[] rem = new double[g];
        int assigned = 0;
        for (int i = 0; i < g; i++) {
            double exact = specs.get(i).share() * n;
            size[i] = (int) Math.floor(exact);
            rem[i] = exact - size[i];
            assigned += size[i];
        }
        while (assigned < n) {
            int best = 0;
            for (int i = 1; i < g; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            size[best]++;
            rem[best] = -1;
            assigned++;
        }
        int[] group = new int[n];
        int at = 0;
        for (int i = 0; i < g; i++) {
            for (int k = 0; k < size[i]; k++) {
                group[at++] = i;
            }
        }
        return group;
    }

    static float clamp(float x) {
        return x < -1f ? -1f : (x > 1f ? 1f : x);
    }
}
