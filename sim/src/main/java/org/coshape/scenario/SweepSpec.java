package org.coshape.scenario;

import java.util.List;

/** The experimental design the {@code sweep} command runs. */
public record SweepSpec(SweepDesign design, int samples, List<SweepParameter> parameters) {
    public SweepSpec {
        parameters = List.copyOf(parameters);
    }
}
