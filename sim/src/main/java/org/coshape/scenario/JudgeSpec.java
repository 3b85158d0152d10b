package org.coshape.scenario;

import java.util.List;

/**
 * The automated proxy that turns designers' values into a training target: adds a bias and noise,
 * and keeps only the dimensions it can measure (the others fall to 0).
 */
public record JudgeSpec(List<Double> bias, double noise, List<String> measuredDimensions) {
    public JudgeSpec {
        bias = List.copyOf(bias);
        measuredDimensions = List.copyOf(measuredDimensions);
    }
}
