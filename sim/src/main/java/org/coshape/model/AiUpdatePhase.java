package org.coshape.model;

import org.coshape.concurrent.ChunkPool;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.scenario.AiSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 2: each AI moves by its own regime's parts. The target pull trains it toward the judged
 * target on the dimensions where the judge sets one; {@code direct} feedback moves it toward the
 * mean {@code v - w} of those who gave feedback; {@code engagement} feedback ascends the mean
 * engagement gradient. {@code adaptive} listening rises while the AI's users' mean trust is below
 * {@code trust_target} and falls above. With feedback {@code none} user data never enters this
 * update. With the twin on, a pass over people then adds, per person, the gap-closing component
 * of their assistant's move (the assistants' side of {@code conformity_share}).
 */
final class AiUpdatePhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;
    private final transient ChunkPool.ChunkTask closingTask = this::assistantsClosing;
    /** The learned judges, or null when every judge is fixed. */
    private final LearnedJudges judges;

    AiUpdatePhase(CoshapeModel model) {
        this.model = model;
        LearnedJudges j = new LearnedJudges(
                model.scenario().ai(), model.scenario().values().dimensions(), model.ais().m);
        this.judges = j.any() ? j : null;
    }

    @Override
    public void step(SimState state) {
        if (!model.aiOn()) {
            return;
        }
        Ais a = model.ais();
        AiSpec spec = model.scenario().ai();
        int d = a.d;
        int aw = model.aiWidth();
        double[] total = model.aiTotals();
        double lr = spec.learningRate();
        AssistantRoles roles = model.roles();
        if (judges != null) {
            judges.train(a);
        }
        System.arraycopy(a.w, 0, a.wBefore, 0, a.w.length);
        boolean moved = false;
        for (int j = 0; j < a.m; j++) {
            int ab = j * aw;
            double fb = total[ab + Accumulators.A_FEEDBACK];
            double pull = roles.targetPull[j];
            boolean direct = roles.direct[j];
            boolean engagement = roles.engagement[j];
            for (int k = 0; k < d; k++) {
                int wk = j * d + k;
                double t = a.target[wk];
                double step = !Double.isNaN(t) ? pull * (t - a.w[wk]) : 0; // no pull where the judge sets no target
                if (fb > 0 && direct) {
                    step += total[ab + Accumulators.A_DIFF + k] / fb;
                } else if (fb > 0 && engagement) {
                    step += total[ab + Accumulators.A_DIFF + d + k] / fb;
                }
                a.w[wk] = Math.max(-1, Math.min(1, a.w[wk] + lr * step));
                moved |= a.w[wk] != a.wBefore[wk];
            }
            if (roles.refusalLearning[j] > 0) {
                int rb = ab + model.refusalReports();
                double signal = total[rb] > 0 ? total[rb + 1] / total[rb] : 0; // the mean report
                a.refusal[j] = Math.max(0, Math.min(1, a.refusal[j] + roles.refusalLearning[j] * signal));
            }
            double users = total[ab + Accumulators.A_USERS];
            a.meanTrust[j] = users > 0 ? total[ab + Accumulators.A_TRUST] / users : Double.NaN;
            if (roles.adaptive[j] && users > 0) {
                a.listening[j] = Math.max(0, Math.min(1, a.listening[j] + lr * (spec.trustTarget() - a.meanTrust[j])));
            }
            a.windowAnswered[j] += total[ab + Accumulators.A_ANSWERED];
            a.windowFeedback[j] += fb;
            a.windowSatisfaction[j] += total[ab + Accumulators.A_SAT];
            a.windowWelfare[j] += total[ab + Accumulators.A_WELFARE];
        }
        if (moved && model.twinRuns()) {
            model.pool().run(model.people().n, closingTask);
        }
    }

    /**
     * For each user of people [from, to): the component of their assistant's move along the
     * direction from the assistant (before it moved) to them, when positive.
     */
    private void assistantsClosing(int chunk, int from, int to) {
        People p = model.people();
        Ais a = model.ais();
        int d = p.d;
        int gw = Accumulators.groupWidth(d);
        double[] ga = model.groupAccumulators()[chunk];
        for (int i = from; i < to; i++) {
            if (p.ai[i] < 0) {
                continue;
            }
            int wb = p.ai[i] * d;
            int vb = p.at(i);
            double toward = 0;
            double gap2 = 0;
            for (int k = 0; k < d; k++) {
                double u = p.v[vb + k] - a.wBefore[wb + k];
                toward += (a.w[wb + k] - a.wBefore[wb + k]) * u;
                gap2 += u * u;
            }
            ga[p.group[i] * gw + Accumulators.G_CLOSED_BY_AI] += Interaction.closing(true, 1, toward, gap2);
        }
    }
}
