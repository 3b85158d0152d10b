package org.coshape.scenario;

import java.util.List;

/**
 * The assumptions a comparison's conclusions must survive: keys with ranges or lists of values,
 * sampled by a Latin hypercube of {@code samples} scenarios, each run under every policy.
 */
public record UncertaintySpec(int samples, List<SweepParameter> parameters) {
    public UncertaintySpec {
        parameters = List.copyOf(parameters);
    }

    public boolean isEmpty() {
        return parameters.isEmpty();
    }
}
