package org.coshape.model;

import org.coshape.scenario.AiSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 2: each AI moves by its regime's parts. The target pull trains it toward the judged
 * target; {@code direct} feedback moves it toward the mean {@code v - w} of those who gave
 * feedback; {@code engagement} feedback ascends the mean engagement gradient. {@code adaptive}
 * listening rises while the AI's users' mean trust is below {@code trust_target} and falls above.
 * With feedback {@code none} user data never enters this update.
 */
final class AiUpdatePhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;

    AiUpdatePhase(CoshapeModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        if (!model.aiOn()) {
            return;
        }
        Ais a = model.ais();
        AiSpec spec = model.scenario().ai();
        int d = a.d;
        int aw = Accumulators.aiWidth(d);
        double[] total = model.aiTotals();
        double lr = spec.learningRate();
        double pull = spec.targetPull();
        boolean direct = "direct".equals(spec.feedback());
        boolean engagement = "engagement".equals(spec.feedback());
        boolean adaptive = "adaptive".equals(spec.listeningPolicy());
        for (int j = 0; j < a.m; j++) {
            int ab = j * aw;
            double fb = total[ab + Accumulators.A_FEEDBACK];
            for (int k = 0; k < d; k++) {
                int wk = j * d + k;
                double step = pull * (a.target[wk] - a.w[wk]);
                if (fb > 0 && direct) {
                    step += total[ab + Accumulators.A_DIFF + k] / fb;
                } else if (fb > 0 && engagement) {
                    step += total[ab + Accumulators.A_DIFF + d + k] / fb;
                }
                a.w[wk] = Math.max(-1, Math.min(1, a.w[wk] + lr * step));
            }
            double users = total[ab + Accumulators.A_USERS];
            if (adaptive && users > 0) {
                double meanTrust = total[ab + Accumulators.A_TRUST] / users;
                a.listening[j] = Math.max(0, Math.min(1, a.listening[j] + lr * (spec.trustTarget() - meanTrust)));
            }
        }
    }
}
