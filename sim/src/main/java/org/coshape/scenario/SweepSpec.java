package org.coshape.scenario;

import java.util.List;

/**
 * The experimental design the {@code sweep} command runs: its kind, its samples (points,
 * Saltelli base rows or Morris trajectories), the swept parameters, whether a Sobol design also
 * estimates second-order indices, and the number of grid levels of a Morris design.
 */
public record SweepSpec(
        SweepDesign design, int samples, List<SweepParameter> parameters, boolean secondOrder, int levels) {
    public SweepSpec {
        parameters = List.copyOf(parameters);
    }

    /** A design without second-order indices, with the default Morris levels. */
    public SweepSpec(SweepDesign design, int samples, List<SweepParameter> parameters) {
        this(design, samples, parameters, false, 4);
    }
}
