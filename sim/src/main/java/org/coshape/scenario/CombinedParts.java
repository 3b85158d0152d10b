package org.coshape.scenario;

/**
 * Parts that act only together with others: meetings (matching, repulsion, curated exposure)
 * belong to Deffuant, absorption to the bounded-confidence rules, the assistant's planning to
 * engagement feedback, and its shift penalty needs the twin. A part given where it cannot act is
 * refused, so that a study never reports a switch that did nothing.
 */
final class CombinedParts {
    private CombinedParts() {}

    static void check(MapView top, StopSpec stop, SocialSpec social, AiSpec ai, MetricsSpec metrics) {
        MapView s = top.child("social");
        boolean deffuant = social.rule() == SocialRule.DEFFUANT;
        if (!deffuant && social.matching() != Matching.PARALLEL) {
            throw s.error(
                    "matching",
                    "meetings are drawn only for social.rule: deffuant (it is "
                            + social.rule().key() + ")");
        }
        if (!deffuant && social.repels()) {
            throw s.error(
                    "repulsion",
                    "repulsion acts between met pairs: it needs social.rule: deffuant (it is "
                            + social.rule().key() + ")");
        }
        if (ai.count() > 0 && ai.exposure().any() && (!deffuant || social.matching() != Matching.SEQUENTIAL)) {
            throw top.child("ai")
                    .child("exposure")
                    .error(
                            "gamma",
                            "curated exposure chooses whom people meet: it needs social.rule: deffuant with"
                                    + " social.matching: sequential");
        }
        MapView a = top.child("ai");
        boolean engages = false;
        for (int j = 0; j < Math.max(1, ai.count()); j++) {
            engages |= ai.parts(j).feedback() == FeedbackSource.ENGAGEMENT;
        }
        if (ai.planning().plans() && !engages) {
            throw a.error(
                    ai.planning().horizon() > 0 ? "horizon" : "shift_penalty",
                    "planning acts on engagement feedback: it needs ai.feedback: engagement (the engagement"
                            + " regime) for at least one assistant; it is "
                            + ai.defaults().feedback().key());
        }
        if (ai.planning().shiftPenalty() > 0 && !metrics.baseline()) {
            throw a.error(
                    "shift_penalty",
                    "the natural trajectory is the no-AI twin's: it needs metrics.baseline:" + " true");
        }
        if (stop.absorbed()) {
            MapView st = top.child("stop");
            if (!deffuant && social.rule() != SocialRule.HEGSELMANN_KRAUSE) {
                throw st.error(
                        "absorbed",
                        "absorption is defined for the bounded-confidence rules (deffuant,"
                                + " hegselmann_krause); social.rule is "
                                + social.rule().key());
            }
            if (social.repels()) {
                throw st.error(
                        "absorbed",
                        "with social.repulsion, repelled pairs move until they reach the value"
                                + " bounds: use ticks or stop.steady to end the run");
            }
        }
    }
}
