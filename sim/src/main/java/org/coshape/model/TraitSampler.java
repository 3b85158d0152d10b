package org.coshape.model;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.coshape.scenario.TraitSpec;

/** Draws trait values from a {@link TraitSpec} with Commons Math, clipped to [0, 1]. */
final class TraitSampler {
    private final TraitSpec spec;
    private final BetaDistribution beta;
    private final RandomGenerator rng;

    TraitSampler(TraitSpec spec, RandomGenerator rng) {
        this.spec = spec;
        this.rng = rng;
        this.beta = spec.kind() == TraitSpec.Kind.BETA ? new BetaDistribution(rng, spec.p1(), spec.p2()) : null;
    }

    float next() {
        double x = switch (spec.kind()) {
            case CONSTANT -> spec.p1();
            case UNIFORM -> spec.p1() + (spec.p2() - spec.p1()) * rng.nextDouble();
            case BETA -> beta.sample();
            case NORMAL -> spec.p1() + spec.p2() * rng.nextGaussian();
        };
        return (float) Math.min(1.0, Math.max(0.0, x));
    }
}
