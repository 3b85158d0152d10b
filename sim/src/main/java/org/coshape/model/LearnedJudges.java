package org.coshape.model;

import java.util.List;
import org.coshape.model.state.Ais;
import org.coshape.scenario.AiSpec;
import org.coshape.scenario.JudgeSpec;

/**
 * The learned judges ({@code ai.judge.kind: learned}): each tick, before its assistant moves, a
 * learned judge moves its target on each measured dimension k by its learning rate toward its
 * training data, {@code (1 - s) clamp(A_k + bias_k) + s w_k}: the designers' aggregate A as it
 * rates it, and, with self-training share s, the assistant's own outputs (its promoted values w),
 * the synthetic-data loop in which a proxy is trained on what the model it judges produces.
 */
final class LearnedJudges {
    private final JudgeSpec[] judges;
    /** {@code measured[j * d + k]}: whether assistant j's judge measures dimension k. */
    private final boolean[] measured;

    private final int d;

    LearnedJudges(AiSpec spec, List<String> dims, int m) {
        this.d = dims.size();
        this.judges = new JudgeSpec[m];
        this.measured = new boolean[m * d];
        for (int j = 0; j < m; j++) {
            judges[j] = spec.parts(j).judge();
            for (int k = 0; k < d; k++) {
                measured[j * d + k] = judges[j].measuredDimensions().contains(dims.get(k));
            }
        }
    }

    /** Whether any judge learns. */
    boolean any() {
        for (JudgeSpec j : judges) {
            if (j.learns()) {
                return true;
            }
        }
        return false;
    }

    /** One tick of training for every learned judge. */
    void train(Ais a) {
        for (int j = 0; j < judges.length; j++) {
            JudgeSpec spec = judges[j];
            if (!spec.learns()) {
                continue;
            }
            double s = spec.selfTraining();
            for (int k = 0; k < d; k++) {
                int jk = j * d + k;
                if (!measured[jk]) {
                    continue;
                }
                double rated = Math.max(
                        -1, Math.min(1, a.designerAggregate[jk] + spec.bias().get(k)));
                double data = (1 - s) * rated + s * a.w[jk];
                a.target[jk] += spec.learningRate() * (data - a.target[jk]);
            }
        }
    }
}
