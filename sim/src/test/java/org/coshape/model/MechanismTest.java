package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.state.People;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * One interaction computed by hand (in double, independently of the model code) for each
 * mechanism of the interaction (sim/ODD.md). Person 0 is the only designer (never uses the AI);
 * person 1 is the user. Distances are RMS per dimension: {@link #rms}.
 */
class MechanismTest {
    static final double[] W0 = {0.5, -0.5};
    static final double[] V0 = {-0.2, 0.4};
    static final double SUSC = 0.5;
    static final double ANCHOR = 0.1;
    static final double STANCE = 0.4;
    static final double TRUST0 = 0.5;
    static final double LISTEN = 0.3;
    static final double GAIN = 2;
    static final double PERS = 0.8;
    static final double SIGMA = 0.5;
    static final double DELTA = 0.5;
    static final double TRUST_RATE = 0.1;
    static final double BONUS = 0.2;
    static final double LR = 0.1;

    static String scenario(String regime, String extraAi) {
        return """
                name: mech
                seed: 3
                ticks: 1
                values: {dimensions: [a, b]}
                population:
                  size: 2
                  groups:
                    - {name: designer, share: 0.5, mean: [0.5, -0.5], spread: 0, usage: 0}
                    - {name: user, share: 0.5, mean: [-0.2, 0.4], spread: 0, susceptibility: %s, anchoring: %s,
                       usage: 1, stance: %s, trust: %s, feedback: 1}
                network: {type: none}
                social: {rule: none}
                ai:
                  count: 1
                  regime: %s
                  designers: {size: 1, selection: narrow, group: designer}
                  judge: {noise: 0, measured_dimensions: [a, b]}
                  listening: %s
                  gain: %s
                  persuasiveness: %s
                  learning_rate: %s
                  confidence: 2
                  extremity_bonus: %s
                  satisfaction: {sigma: %s, delta: %s, trust_rate: %s}
                %s
                metrics: {every: 1}
                """.formatted(
                        SUSC,
                        ANCHOR,
                        STANCE,
                        TRUST0,
                        regime,
                        LISTEN,
                        GAIN,
                        PERS,
                        LR,
                        BONUS,
                        SIGMA,
                        DELTA,
                        TRUST_RATE,
                        extraAi.isEmpty() ? "" : "  " + extraAi);
    }

    static double[] output(double[] w, double lg) {
        return new double[] {w[0] + lg * (V0[0] - w[0]), w[1] + lg * (V0[1] - w[1])};
    }

    static double dist(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** RMS per dimension distance, the unit of every threshold and gap (d = 2). */
    static double rms(double[] a, double[] b) {
        return dist(a, b) / Math.sqrt(2);
    }

    static double satisfaction(double[] o) {
        double x = rms(o, V0) - STANCE * DELTA;
        return Math.exp(-x * x / (2 * SIGMA * SIGMA));
    }

    static double engagement(double[] w, double lg) {
        double[] o = output(w, lg);
        return satisfaction(o) + BONUS * (Math.abs(o[0]) + Math.abs(o[1])) / 2;
    }

    @Test
    void oneInteractionMovesTrustAndValuesAsSpecified() {
        CoshapeModel m = TestScenarios.started(TestScenarios.yaml(scenario("configuration", "")), 1);
        People p = m.people();
        assertEquals(W0[0], m.ais().w[0], 1e-6);
        assertEquals(W0[1], m.ais().w[1], 1e-6);
        TestScenarios.step(m, 1);
        double[] o = output(W0, LISTEN * GAIN);
        double sat = satisfaction(o);
        double trust = TRUST0 + TRUST_RATE * (sat - TRUST0);
        double pull = SUSC * trust * PERS;
        assertEquals(trust, p.trust[1], 1e-6);
        assertEquals(V0[0] + pull * (o[0] - V0[0]), p.v[2], 1e-6);
        assertEquals(V0[1] + pull * (o[1] - V0[1]), p.v[3], 1e-6);
        assertEquals(TRUST0, p.trust[0], 0, "the designer never asked");
        TimeSeries ts = m.series();
        int user = 2;
        assertEquals(rms(o, V0), ts.value(1, user, Metric.ALIGNMENT_GAP), 1e-6);
        assertEquals(sat, ts.value(1, user, Metric.SATISFACTION), 1e-6);
        assertEquals(sat, ts.value(1, user, Metric.WELFARE), 1e-6, "own = current values before the first move");
        assertEquals(sat + BONUS * (Math.abs(o[0]) + Math.abs(o[1])) / 2, ts.value(1, user, Metric.ENGAGEMENT), 1e-6);
        assertEquals(0, ts.value(1, user, Metric.REFUSAL_RATE), 0);
        // configuration: the AI stays on its target (its designer's values)
        assertEquals(W0[0], m.ais().w[0], 1e-6);
    }

    @Test
    void theSecondInteractionMovesOnlyByThePullAnchoringActsInTheSocialRule() {
        CoshapeModel m = TestScenarios.started(TestScenarios.yaml(scenario("configuration", "")), 1);
        TestScenarios.step(m, 1);
        People p = m.people();
        double[] v1 = {p.v[2], p.v[3]};
        double t1 = p.trust[1];
        TestScenarios.step(m, 1);
        double[] o = {W0[0] + LISTEN * GAIN * (v1[0] - W0[0]), W0[1] + LISTEN * GAIN * (v1[1] - W0[1])};
        double x = rms(o, v1) - STANCE * DELTA;
        double sat = Math.exp(-x * x / (2 * SIGMA * SIGMA));
        double trust = t1 + TRUST_RATE * (sat - t1);
        for (int k = 0; k < 2; k++) {
            // v != own now, yet no anchoring term: social rule none, so nothing pulls back
            double expected = v1[k] + SUSC * trust * PERS * (o[k] - v1[k]);
            assertEquals(expected, p.v[2 + k], 1e-6);
        }
        assertEquals(V0[0], p.own[2], 1e-7);
    }

    @Test
    void thePullIsCappedAtOneSoNobodyOvershootsTheAnswer() {
        CoshapeModel m = TestScenarios.started(
                TestScenarios.yaml(
                        scenario("configuration", "").replace("persuasiveness: " + PERS, "persuasiveness: 10")),
                1);
        TestScenarios.step(m, 1);
        // 0.5 x trust (about 0.5) x 10 = 2.5 uncapped: the person would land beyond the answer
        double[] o = output(W0, LISTEN * GAIN);
        People p = m.people();
        assertEquals(o[0], p.v[2], 1e-6);
        assertEquals(o[1], p.v[3], 1e-6);
    }

    @Test
    void directFeedbackMovesTheAiTowardItsUsersAndAdaptiveListeningFollowsTrust() {
        CoshapeModel m = TestScenarios.started(TestScenarios.yaml(scenario("mutual", "")), 1);
        TestScenarios.step(m, 1);
        // mutual: target pull 0, w += lr * mean(v - w) over feedback givers (the user, before influence)
        for (int k = 0; k < 2; k++) {
            assertEquals(W0[k] + LR * (V0[k] - W0[k]), m.ais().w[k], 1e-6);
        }
        double sat = satisfaction(output(W0, LISTEN * GAIN));
        double userTrust = TRUST0 + TRUST_RATE * (sat - TRUST0);
        double meanTrust = (TRUST0 + userTrust) / 2;
        assertEquals(LISTEN + LR * (0.6 - meanTrust), m.ais().listening[0], 1e-6);
    }

    @Test
    void engagementFeedbackAscendsTheEngagementGradient() {
        CoshapeModel m = TestScenarios.started(TestScenarios.yaml(scenario("engagement", "")), 1);
        TestScenarios.step(m, 1);
        double h = 1e-6;
        for (int k = 0; k < 2; k++) {
            double[] up = W0.clone();
            double[] down = W0.clone();
            up[k] += h;
            down[k] -= h;
            double grad = (engagement(up, LISTEN * GAIN) - engagement(down, LISTEN * GAIN)) / (2 * h);
            assertEquals(W0[k] + LR * grad, m.ais().w[k], 1e-6, "dimension " + k);
        }
    }

    @Test
    void personalListeningDeliversTheRequestedStance() {
        CoshapeModel m = TestScenarios.started(TestScenarios.yaml(scenario("pluralistic", "")), 1);
        TestScenarios.step(m, 1);
        // the user picks listening so that |o - v| = stance * delta: satisfaction is exactly 1
        assertEquals(1.0, m.series().value(1, 2, Metric.SATISFACTION), 1e-6);
        assertEquals(STANCE * DELTA, m.series().value(1, 2, Metric.ALIGNMENT_GAP), 1e-6);
    }

    @Test
    void guardrailClampsEveryOutputDimension() {
        CoshapeModel m = TestScenarios.started(TestScenarios.yaml(scenario("configuration", "guardrail: 0.05")), 1);
        TestScenarios.step(m, 1);
        double[] o = output(W0, LISTEN * GAIN);
        double[] clamped = {Math.max(-0.05, Math.min(0.05, o[0])), Math.max(-0.05, Math.min(0.05, o[1]))};
        assertEquals(rms(clamped, V0), m.series().value(1, 2, Metric.ALIGNMENT_GAP), 1e-6);
    }

    @Test
    void refusalsLeaveNeedsUnmetAndChangeNothing() {
        CoshapeModel m =
                TestScenarios.started(TestScenarios.yaml(scenario("configuration", "refusal_threshold: 0")), 1);
        TestScenarios.step(m, 1);
        People p = m.people();
        assertEquals(V0[0], p.v[2], 1e-7);
        assertEquals(TRUST0, p.trust[1], 1e-7);
        assertEquals(1.0, m.series().value(1, 2, Metric.REFUSAL_RATE), 0);
        assertEquals(1.0, m.series().value(1, 2, Metric.UNMET_NEED), 0);
        assertEquals(Double.NaN, m.series().value(1, 2, Metric.SATISFACTION));
    }

    @Test
    void aiBeyondConfidenceDoesNotInfluence() {
        CoshapeModel m = TestScenarios.started(
                TestScenarios.yaml(scenario("configuration", "").replace("confidence: 2", "confidence: 0.3")), 1);
        TestScenarios.step(m, 1);
        // |o - v| = 0.322 RMS > 0.3: trust still updates, values do not move
        People p = m.people();
        assertEquals(V0[0], p.v[2], 1e-7);
        double sat = satisfaction(output(W0, LISTEN * GAIN));
        assertEquals(TRUST0 + TRUST_RATE * (sat - TRUST0), p.trust[1], 1e-6);
    }
}
