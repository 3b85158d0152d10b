package org.coshape.scenario;

import java.util.List;

/**
 * The automated proxy that turns designers' values into a training target: adds a bias and noise
 * on the dimensions it can measure. On the others, {@code unmeasured} decides: {@code free} (no
 * target there), {@code zero} (the scale's midpoint becomes the target) or {@code designers}
 * (the designers' aggregate passes through unjudged).
 */
public record JudgeSpec(List<Double> bias, double noise, List<String> measuredDimensions, Unmeasured unmeasured) {
    public JudgeSpec {
        bias = List.copyOf(bias);
        measuredDimensions = List.copyOf(measuredDimensions);
    }
}
