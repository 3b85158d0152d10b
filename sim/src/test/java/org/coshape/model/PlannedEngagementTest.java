package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coshape.model.state.People;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The planning optimiser's gradient is the derivative of its objective: the engagement the answer
 * earns once the user has moved through H more answers, c = (1 - pi)^H of the gap left, plus the
 * extremity bonus, minus lambda times the distance the answer leaves the user from their twin,
 * all through d o / d w = 1 - l g. Checked against central finite differences of that objective.
 */
class PlannedEngagementTest {
    private static final double SIGMA = 0.1;
    private static final double BONUS = 0.4;
    private static final double LAMBDA = 0.7;
    private static final int HORIZON = 3;

    @Test
    void theGradientIsTheObjectivesDerivative() {
        CoshapeModel m = TestScenarios.started(
                TestScenarios.yaml("name: g\nticks: 1\nvalues: {dimensions: [a, b]}\n"
                        + "population: {size: 10, groups: [{name: one, mean: [0.0, 0.0]}]}\n"
                        + "network: {type: none}\nsocial: {rule: none}\n"
                        + "ai: {count: 1, regime: engagement, designers: {size: 3}, extremity_bonus: " + BONUS
                        + ", horizon: " + HORIZON + ", shift_penalty: " + LAMBDA + "}\n"),
                1);
        People p = m.people();
        double[] v = {0.1, 0.2};
        double[] v0 = {-0.1, 0.3};
        for (int k = 0; k < 2; k++) {
            p.v[p.at(0) + k] = (float) v[k];
            m.twin().v[p.at(0) + k] = (float) v0[k];
            v[k] = p.v[p.at(0) + k];
            v0[k] = m.twin().v[p.at(0) + k];
        }
        double[] o = {0.5, -0.2};
        double lg = 0.3;
        double pi = 0.2;
        double st = 0.05;
        Interaction it = new Interaction(m);
        double[] ac = new double[Accumulators.aiWidth(2)];
        it.planner.gradient(ac, 0, 0, o, lg, pi, st);
        double h = 1e-6;
        for (int k = 0; k < 2; k++) {
            double[] up = o.clone();
            double[] down = o.clone();
            up[k] += h;
            down[k] -= h;
            double fd = (objective(up, v, v0, pi, st) - objective(down, v, v0, pi, st)) / (2 * h) * (1 - lg);
            assertEquals(fd, ac[Accumulators.A_DIFF + 2 + k], 1e-6, "dimension " + k);
        }
    }

    /** The horizon alone needs no twin: a planning run without metrics.baseline runs. */
    @Test
    void planningWithoutTheTwinRuns() {
        CoshapeModel m = TestScenarios.started(
                TestScenarios.yaml("name: h\nticks: 5\nvalues: {dimensions: [a, b]}\n"
                        + "population: {size: 50, groups: [{name: one, mean: [0.0, 0.0], usage: 1.0}]}\n"
                        + "network: {type: none}\nsocial: {rule: none}\n"
                        + "ai: {count: 1, regime: engagement, designers: {size: 3}, horizon: 4}\n"
                        + "metrics: {baseline: false}\n"),
                1);
        m.stepToEnd();
        assertEquals(5, m.tick());
    }

    private static double objective(double[] o, double[] v, double[] v0, double pi, double st) {
        double c = Math.pow(1 - pi, HORIZON);
        double gap2 = 0;
        double shift2 = 0;
        double abs = 0;
        for (int k = 0; k < o.length; k++) {
            gap2 += (o[k] - v[k]) * (o[k] - v[k]);
            double s = v[k] + pi * (o[k] - v[k]) - v0[k];
            shift2 += s * s;
            abs += Math.abs(o[k]);
        }
        double r = c * Math.sqrt(gap2 / o.length) - st;
        return Math.exp(-r * r / (2 * SIGMA * SIGMA)) + BONUS * abs / o.length - LAMBDA * Math.sqrt(shift2 / o.length);
    }
}
