package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.state.People;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attribution metrics where their answer is known, for every social rule, with values that
 * have left own values (social influence moves people; turnover makes newcomers): an AI that
 * cannot move anyone leaves society bit for bit as without the AI and every attribution metric at
 * 0; assistants that do not learn leave people all the gap closing; and the three movement routes
 * add up to each person's displacement, each measured here phase by phase.
 */
class AttributionInvariantsTest {
    static String scenario(String rule, String ai, String traits) {
        return """
                name: attribution
                seed: 5
                ticks: 36
                values: {dimensions: [a, b, c, e]}
                population:
                  size: 1500
                  groups:
                    - {name: majority, share: 0.6, mean: [0.3, -0.2, 0.1, 0.5], spread: 0.3, anchoring: 0.2 %s}
                    - {name: minority, share: 0.4, mean: [-0.4, 0.4, -0.3, -0.2], spread: 0.3, anchoring: 0.2 %s}
                network: {type: sbm, degree: 8, homophily: 0.7}
                social: {rule: %s, rate: 0.3, confidence: 0.6}
                ai: %s
                generations: {length: 12, turnover: 0.2, mutation: 0.05}
                metrics: {every: 6, baseline: true}
                """.formatted(traits, traits, rule, ai);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "degroot", "friedkin_johnsen", "hegselmann_krause", "deffuant"})
    void anAiThatCannotMoveAnyoneLeavesSocietyAsWithoutItAndAttributesNothing(String rule) {
        Scenario s = TestScenarios.yaml(scenario(
                rule,
                "{count: 3, regime: mutual, persuasiveness: 5, listening: 0.4}",
                ", susceptibility: 0, usage: 0.9"));
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel withAi = new CoshapeModel(s, s.seed(), pool, true);
            withAi.start();
            withAi.stepToEnd();
            CoshapeModel without = new CoshapeModel(s, s.seed(), pool, false);
            without.start();
            without.stepToEnd();
            People p = withAi.people();
            assertArrayEquals(without.people().v, p.v, "values as without the AI, bit for bit");
            assertArrayEquals(without.people().own, p.own);
            assertArrayEquals(withAi.twin().v, p.v, "and as the twin's");
            if (!rule.equals("none")) {
                assertFalse(Arrays.equals(p.v, p.own), "social influence moved values away from own values");
            }
            TimeSeries ts = withAi.series();
            int checked = 0;
            for (TimeSeries.Point pt : ts.points()) {
                for (double[] row : pt.values()) {
                    assertEquals(0.0, row[Metric.INDUCED_DRIFT.ordinal()], 0, "induced_drift at " + pt.tick());
                    assertEquals(0.0, row[Metric.DESIGNER_DOMINANCE.ordinal()], 0, "designer_dominance");
                    if (pt.tick() > 0) {
                        assertEquals(0.0, row[Metric.MOVEMENT_AI.ordinal()], 0, "movement_ai at " + pt.tick());
                        assertEquals(
                                0.0,
                                row[Metric.MANUFACTURED_SATISFACTION.ordinal()],
                                0,
                                "manufactured_satisfaction at " + pt.tick());
                        assertEquals(
                                0.0,
                                row[Metric.CONFORMITY_SHARE.ordinal()],
                                0,
                                "conformity_share at " + pt.tick() + " (mutual assistants moved, people did not)");
                        checked++;
                    }
                }
            }
            assertEquals(18, checked, "every windowed record of every row was checked");
            assertTrue(ts.last().values()[0][Metric.SATISFACTION.ordinal()] > 0, "people did interact");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "degroot", "friedkin_johnsen", "hegselmann_krause", "deffuant"})
    void theTwinDependsOnlyOnSocietyNotOnTheAi(String rule) {
        Scenario configured =
                TestScenarios.yaml(scenario(rule, "{count: 3, regime: configuration}", ", susceptibility: 0.5"));
        Scenario mutual = TestScenarios.yaml(
                scenario(rule, "{count: 2, regime: mutual, persuasiveness: 3}", ", susceptibility: 0.5"));
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel a = new CoshapeModel(configured, configured.seed(), pool, true);
            a.start();
            a.stepToEnd();
            CoshapeModel b = new CoshapeModel(mutual, mutual.seed(), pool, true);
            b.start();
            b.stepToEnd();
            CoshapeModel off = new CoshapeModel(mutual, mutual.seed(), pool, false);
            off.start();
            off.stepToEnd();
            assertArrayEquals(off.people().v, a.twin().v, "the twin is society without the AI");
            assertArrayEquals(off.people().v, b.twin().v, "whatever the AI's regime");
            assertArrayEquals(off.people().own, b.twin().own, "newcomers included");
            assertFalse(Arrays.equals(a.people().v, b.people().v), "the AI-on runs differ: the test can fail");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "degroot", "friedkin_johnsen", "hegselmann_krause", "deffuant"})
    void assistantsThatDoNotLearnLeavePeopleAllTheClosing(String rule) {
        Scenario s = TestScenarios.yaml(scenario(
                rule, "{count: 2, regime: mutual, learning_rate: 0, listening: 0.2}", ", susceptibility: 0.5"));
        TimeSeries ts = TestScenarios.run(s, 2);
        int defined = 0;
        for (TimeSeries.Point pt : ts.points()) {
            for (double[] row : pt.values()) {
                double share = row[Metric.CONFORMITY_SHARE.ordinal()];
                if (!Double.isNaN(share)) {
                    assertEquals(1.0, share, 0, "conformity_share at " + pt.tick());
                    defined++;
                }
            }
        }
        assertTrue(defined >= 15, "people moved toward their assistants in most windows: " + defined);
        // and with assistants that learn, they close part of the gap: the share falls below 1
        Scenario learning = TestScenarios.yaml(scenario(
                rule, "{count: 2, regime: mutual, learning_rate: 0.2," + " listening: 0.2}", ", susceptibility: 0.5"));
        double share = TestScenarios.run(learning, 2).last().values()[0][Metric.CONFORMITY_SHARE.ordinal()];
        assertTrue(share > 0 && share < 1, "learning assistants close part of the gap: " + share);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "degroot", "friedkin_johnsen", "hegselmann_krause", "deffuant"})
    void theThreeRoutesAddUpToEachPersonsDisplacement(String rule) {
        Scenario s = TestScenarios.yaml(
                scenario(rule, "{count: 3, regime: mutual, persuasiveness: 2}", ", susceptibility: 0.4"));
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            People p = m.people();
            int cells = p.v.length;
            double[] ai = new double[cells];
            double[] social = new double[cells];
            double[] turnover = new double[cells];
            float[][] before = {p.v.clone()};
            m.setPhaseObserver(phase -> {
                float[] now = p.v;
                double[] route = switch (phase) {
                    case "interaction" -> ai;
                    case "social" -> social;
                    case "generation" -> turnover;
                    default -> null;
                };
                if (route != null) {
                    for (int c = 0; c < cells; c++) {
                        route[c] += now[c] - before[0][c];
                    }
                }
                before[0] = now.clone();
                if (phase.equals("generation")) {
                    // the window closes at the next record; check it here, before the metrics phase clears it
                    long tick = m.tick();
                    if (tick % 6 == 0) {
                        checkWindow(p, ai, social, turnover, tick);
                    }
                }
                if (phase.equals("metrics") && m.tick() % 6 == 0) {
                    Arrays.fill(ai, 0);
                    Arrays.fill(social, 0);
                    Arrays.fill(turnover, 0);
                }
            });
            m.stepToEnd();
            double[] last = m.series().last().values()[0];
            assertTrue(last[Metric.MOVEMENT_AI.ordinal()] > 0 && last[Metric.MOVEMENT_TURNOVER.ordinal()] >= 0);
        }
    }

    /** The engine's route records against the test's, and their sum against each person's displacement. */
    private static void checkWindow(People p, double[] ai, double[] social, double[] turnover, long tick) {
        int turned = 0;
        for (int i = 0; i < p.n; i++) {
            for (int k = 0; k < p.d; k++) {
                int c = p.at(i) + k;
                double displacement = (double) p.v[c] - p.vSnap[c];
                assertEquals(displacement, ai[c] + social[c] + turnover[c], 1e-5, "sum of routes, person " + i);
                assertEquals(ai[c], p.moveAi[c], 1e-5, "AI route, person " + i + " at tick " + tick);
                assertEquals(turnover[c], p.moveTurnover[c], 1e-5, "turnover route, person " + i);
                double engineSocial = displacement - p.moveAi[c] - p.moveTurnover[c];
                assertEquals(social[c], engineSocial, 1e-5, "social route, person " + i);
                turned += turnover[c] != 0 ? 1 : 0;
            }
        }
        if (tick % 12 == 0) {
            assertTrue(turned > 0, "newcomers moved at the generation boundary " + tick);
        }
    }
}
