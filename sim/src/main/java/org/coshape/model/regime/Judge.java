package org.coshape.model.regime;

import java.util.List;
import org.coshape.random.CounterRng;
import org.coshape.scenario.JudgeSpec;

/**
 * The automated proxy: on the dimensions it measures, the training target is the aggregated
 * designers' values plus the judge's bias and noise, clamped to [-1, 1]. On the others it sets,
 * as {@code judge.unmeasured} says, no target (NaN: the assistant is not pulled there), the
 * scale's midpoint 0 ("what can be measured becomes the target"), or the designers' aggregate.
 */
public final class Judge {

    private Judge() {}

    /** Writes AI {@code j}'s target into {@code out[j*d ..]}; noise keyed by (generation, j, k). */
    public static void judge(
            JudgeSpec spec, List<String> dims, double[] aggregate, long noiseKey, int j, double[] out) {
        int d = dims.size();
        for (int k = 0; k < d; k++) {
            double t;
            if (spec.measuredDimensions().contains(dims.get(k))) {
                t = clamp(aggregate[k]
                        + spec.bias().get(k)
                        + spec.noise() * CounterRng.normal(noiseKey, (long) j * d + k));
            } else {
                t = switch (spec.unmeasured()) {
                    case ZERO -> 0;
                    case DESIGNERS -> clamp(aggregate[k]);
                    default -> Double.NaN;
                };
            }
            out[j * d + k] = t;
        }
    }

    private static double clamp(double x) {
        return Math.max(-1, Math.min(1, x));
    }
}
