package org.coshape.scenario;

import java.util.List;

/**
 * The automated proxy that turns designers' values into a training target: adds a bias and noise
 * on the dimensions it can measure. On the others, {@code unmeasured} decides: {@code free} (no
 * target there), {@code zero} (the scale's midpoint becomes the target) or {@code designers}
 * (the designers' aggregate passes through unjudged). A {@code learned} judge fits its target on
 * the measured dimensions online ({@link JudgeKind}).
 */
public record JudgeSpec(
        List<Double> bias,
        double noise,
        List<String> measuredDimensions,
        Unmeasured unmeasured,
        JudgeKind kind,
        double learningRate,
        double selfTraining) {

    /** Whether the judge is a model fitted online (else the fixed map). */
    public boolean learns() {
        return kind == JudgeKind.LEARNED;
    }

    public JudgeSpec {
        bias = List.copyOf(bias);
        measuredDimensions = List.copyOf(measuredDimensions);
    }
}
