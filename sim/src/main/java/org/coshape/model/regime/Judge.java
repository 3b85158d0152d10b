package org.coshape.model.regime;

import java.util.List;
import org.coshape.model.CounterRng;
import org.coshape.scenario.JudgeSpec;

/**
 * The automated proxy: the training target is the aggregated designers' values plus the judge's
 * bias and noise on the dimensions it measures, and 0 on the ones it cannot quantify ("what can
 * be measured becomes the target"). Clamped to [-1, 1].
 */
public final class Judge {

    private Judge() {
    }

    /** Writes AI {@code j}'s target into {@code out[j*d ..]}; noise keyed by (generation, j, k). */
    public static void judge(JudgeSpec spec, List<String> dims, double[] aggregate, long noiseKey, int j,
            double[] out) {
        int d = dims.size();
        for (int k = 0; k < d; k++) {
            double t = 0;
            if (spec.measuredDimensions().contains(dims.get(k))) {
                t = aggregate[k] + spec.bias().get(k) + spec.noise() * CounterRng.normal(noiseKey, (long) j * d + k);
            }
            out[j * d + k] = Math.max(-1, Math.min(1, t));
        }
    }
}
