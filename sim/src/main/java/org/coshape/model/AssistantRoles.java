package org.coshape.model;

import org.coshape.scenario.AiSpec;
import org.coshape.scenario.AssistantParts;
import org.coshape.scenario.FeedbackSource;
import org.coshape.scenario.ListeningPolicy;

/**
 * Each assistant's regime parts as the flags the interaction and the update read per answer:
 * whether it listens personally, learns from direct feedback or from engagement, adapts its
 * listening to trust, and how strongly its judged target pulls it.
 */
final class AssistantRoles {
    final boolean[] personal;
    final boolean[] direct;
    final boolean[] engagement;
    final boolean[] adaptive;
    final double[] targetPull;

    AssistantRoles(AiSpec spec, int m) {
        personal = new boolean[m];
        direct = new boolean[m];
        engagement = new boolean[m];
        adaptive = new boolean[m];
        targetPull = new double[m];
        for (int j = 0; j < m; j++) {
            AssistantParts parts = spec.parts(j);
            personal[j] = parts.listeningPolicy() == ListeningPolicy.PERSONAL;
            adaptive[j] = parts.listeningPolicy() == ListeningPolicy.ADAPTIVE;
            direct[j] = parts.feedback() == FeedbackSource.DIRECT;
            engagement[j] = parts.feedback() == FeedbackSource.ENGAGEMENT;
            targetPull[j] = parts.targetPull();
        }
    }

    /** Whether assistant j reads its users' feedback (so their coins are tossed). */
    boolean readsFeedback(int j) {
        return direct[j] || engagement[j];
    }
}
