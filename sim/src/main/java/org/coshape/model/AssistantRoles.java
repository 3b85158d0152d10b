package org.coshape.model;

import org.coshape.scenario.AiSpec;
import org.coshape.scenario.AssistantParts;
import org.coshape.scenario.FeedbackSource;
import org.coshape.scenario.ListeningPolicy;

/**
 * Each assistant's regime parts as the flags the interaction and the update read per answer:
 * whether it listens personally, learns from direct feedback or from engagement, adapts its
 * listening to trust, how strongly its judged target pulls it, and how fast it learns its refusal
 * threshold.
 */
final class AssistantRoles {
    final boolean[] personal;
    final boolean[] direct;
    final boolean[] engagement;
    final boolean[] adaptive;
    final double[] targetPull;
    /** Each assistant's rate of learning its refusal threshold from reports (0: a fixed threshold). */
    final double[] refusalLearning;

    AssistantRoles(AiSpec spec, int m) {
        personal = new boolean[m];
        direct = new boolean[m];
        engagement = new boolean[m];
        adaptive = new boolean[m];
        targetPull = new double[m];
        refusalLearning = new double[m];
        for (int j = 0; j < m; j++) {
            AssistantParts parts = spec.parts(j);
            personal[j] = parts.listeningPolicy() == ListeningPolicy.PERSONAL;
            adaptive[j] = parts.listeningPolicy() == ListeningPolicy.ADAPTIVE;
            direct[j] = parts.feedback() == FeedbackSource.DIRECT;
            engagement[j] = parts.feedback() == FeedbackSource.ENGAGEMENT;
            targetPull[j] = parts.targetPull();
            refusalLearning[j] = spec.refusalLearning().get(j);
        }
    }

    /** Whether any assistant learns its refusal threshold. */
    boolean anyLearnsRefusal() {
        for (double rate : refusalLearning) {
            if (rate > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether assistant j reads its users' feedback (so their coins are tossed). */
    boolean readsFeedback(int j) {
        return direct[j] || engagement[j];
    }
}
