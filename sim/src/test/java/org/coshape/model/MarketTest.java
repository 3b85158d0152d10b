package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.state.People;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * A market of assistants: per-assistant parts that change nothing when they repeat one regime,
 * people who hold one assistant (or none) at a time, and a group that moves to the assistant
 * serving it better.
 */
class MarketTest {
    private static final String SOCIETY = """
            name: market
            seed: 11
            ticks: 30
            population:
              size: 1200
              groups:
                - {name: majority, share: 0.6, mean: [0.5, 0.5, 0.5, 0.5], spread: 0.1}
                - {name: minority, share: 0.4, mean: [-0.5, -0.5, -0.5, -0.5], spread: 0.1, usage: 0.5}
            network: {type: erdos_renyi, degree: 6}
            social: {rule: friedkin_johnsen}
            metrics: {every: 5, baseline: true}
            """;

    @Test
    void assistantsThatRepeatOneRegimeAreTheEngineOfOneRegime() {
        String ai = "ai: {count: 3, regime: mutual, persuasiveness: [1, 2, 3], designers: {size: 30}";
        TimeSeries plain = TestScenarios.run(TestScenarios.yaml(SOCIETY + ai + "}\n"), 2);
        TimeSeries listed = TestScenarios.run(
                TestScenarios.yaml(SOCIETY + ai + ", assistants: [{regime: mutual}, {}, {name: third}]}\n"), 2);
        TimeSeries byIndex =
                TestScenarios.run(TestScenarios.yaml(SOCIETY + ai + ", assistants: {1: {feedback: direct}}}\n"), 2);
        for (TimeSeries other : List.of(listed, byIndex)) {
            assertSame(plain, other);
        }
    }

    @Test
    void anEntrysRegimeBringsItsPresetAndItsKeysWin() {
        Scenario s = TestScenarios.yaml(
                SOCIETY.replace("{rule: friedkin_johnsen}", "{rule: deffuant, matching: sequential}") + """
                ai:
                  count: 3
                  regime: mutual
                  listening: 0.2
                  assistants:
                    - {name: configured, regime: configuration, refusal_threshold: 0.7}
                    - {name: engager, regime: engagement, persuasiveness: 2}
                    - {name: listener, listening: 0.9, exposure: {gamma: 0.5}}
                """);
        assertEquals("configured", s.ai().parts(0).name());
        assertEquals(0.0, s.ai().refusalThreshold().get(0) - 0.7, 0);
        assertEquals(1.0, s.ai().parts(0).targetPull());
        assertEquals("engagement", s.ai().parts(1).feedback().key());
        assertEquals(2.0, s.ai().persuasiveness().get(1));
        assertEquals("direct", s.ai().parts(2).feedback().key());
        assertEquals(List.of(0.2, 0.2, 0.9), s.ai().listening());
        assertEquals(List.of(0.0, 0.0, 0.5), s.ai().exposure().gamma());
    }

    @Test
    void everyoneHoldsOneAssistantOrNoneAndSharesAddUpWithNonUsers() {
        Scenario s = TestScenarios.yaml(SOCIETY + """
                ai:
                  count: 3
                  assistants: [{regime: configuration}, {regime: mutual}, {regime: engagement}]
                  choice: {rule: logit, rate: 0.3, outside: 0.5}
                """);
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            People p = m.people();
            int[][] held = new int[1][];
            List<String> faults = new ArrayList<>();
            m.setPhaseObserver(phase -> {
                if (phase.equals("choice")) {
                    held[0] = p.ai.clone();
                }
                if (phase.equals("interaction")) {
                    // every answer of the tick went to the assistant its asker held when the tick began
                    double[] total = m.aiTotals();
                    int[] users = new int[m.ais().m];
                    for (int a : held[0]) {
                        if (a >= 0) {
                            users[a]++;
                        }
                    }
                    for (int j = 0; j < m.ais().m; j++) {
                        double answered = total[j * m.aiWidth() + Accumulators.A_ANSWERED];
                        if (answered > users[j]) {
                            faults.add("assistant " + j + " answered " + answered + " of " + users[j] + " users");
                        }
                    }
                    if (!Arrays.equals(held[0], p.ai)) {
                        faults.add("someone changed assistant during the interaction");
                    }
                }
            });
            m.stepToEnd();
            assertEquals(List.of(), faults);
            for (TimeSeries.AssistantPoint point : m.series().assistantPoints()) {
                double shares = 0;
                for (double[] row : point.values()) {
                    shares += row[2 * 4 + 2]; // share
                }
                TimeSeries.Point metrics = m.series().points().stream()
                        .filter(x -> x.tick() == point.tick())
                        .findFirst()
                        .orElseThrow();
                double nonUsers = metrics.values()[0][Metric.NON_USERS.ordinal()];
                assertEquals(1.0, shares + nonUsers, 1e-12, "tick " + point.tick());
            }
            double churn = m.series().points().get(2).values()[0][Metric.CHURN.ordinal()];
            assertTrue(churn > 0 && churn < 0.3, "churn " + churn);
        }
    }

    @Test
    void aGroupMovesToTheAssistantThatServesItBetter() {
        // assistant 0 is designed by the majority, assistant 1 by the minority; both start with half of everyone
        Scenario s = TestScenarios.yaml(SOCIETY.replace("ticks: 30", "ticks: 120") + """
                ai:
                  count: 2
                  regime: configuration
                  assignment: [0.5, 0.5]
                  assistants:
                    - {name: majoritys, designers: {group: majority}}
                    - {name: minoritys, designers: {group: minority}}
                  choice: {rule: logit, rate: 0.1, outside: -1}
                """);
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.runToEnd();
            People p = m.people();
            double[][] share = new double[2][2];
            for (int i = 0; i < p.n; i++) {
                share[p.group[i]][p.ai[i]] += 1.0 / p.members[p.group[i]].length;
            }
            assertTrue(share[0][0] > 0.9, "majority with its designers' assistant: " + share[0][0]);
            assertTrue(share[1][1] > 0.9, "minority with its designers' assistant: " + share[1][1]);
            double sorting =
                    m.series().points().get(m.series().points().size() - 1).values()[0][Metric.SORTING.ordinal()];
            assertTrue(sorting > 0.8, "sorting " + sorting);
        }
    }

    @Test
    void usageThatFollowsTrustStopsWhenTrustIsGone() {
        Scenario s = TestScenarios.yaml(SOCIETY + "ai: {count: 2, choice: {usage_exponent: 1}}\n");
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            Arrays.fill(m.people().trust, 0f);
            m.runPhase("interaction");
            double answered = 0;
            for (int j = 0; j < m.ais().m; j++) {
                answered += m.aiTotals()[j * m.aiWidth() + Accumulators.A_ANSWERED];
            }
            assertEquals(0.0, answered, "no one who trusts nothing asks");
        }
    }

    @Test
    void theLogitChoiceIsTheSoftmaxOfWorthWithInertiaAndTheOutsideOption() {
        Scenario s = TestScenarios.yaml(
                SOCIETY + "ai: {count: 2, choice: {rule: logit, beta: 2, inertia: 0.5, outside: 0.25}}\n");
        try (ChunkPool pool = new ChunkPool(1)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            ChoicePhase c = new ChoicePhase(m);
            // nobody has been answered yet: every assistant is worth the outside option, 0.25
            assertEquals(0.25, c.worthOf(0, 1));
            // a user of assistant 0: worths 0.75, 0.25 and 0.25 for none -> e^1.5, e^0.5, e^0.5
            double z = Math.exp(1.5) + 2 * Math.exp(0.5);
            double p0 = Math.exp(1.5) / z;
            double p1 = Math.exp(0.5) / z;
            double[] scratch = new double[3];
            assertEquals(0, c.pick(0, 0, p0 - 1e-9, scratch));
            assertEquals(1, c.pick(0, 0, p0 + 1e-9, scratch));
            assertEquals(1, c.pick(0, 0, p0 + p1 - 1e-9, scratch));
            assertEquals(-1, c.pick(0, 0, p0 + p1 + 1e-9, scratch));
        }
    }

    private static void assertSame(TimeSeries a, TimeSeries b) {
        assertEquals(a.points().size(), b.points().size());
        for (int t = 0; t < a.points().size(); t++) {
            double[][] x = a.points().get(t).values();
            double[][] y = b.points().get(t).values();
            for (int r = 0; r < x.length; r++) {
                assertArrayEquals(x[r], y[r], 0.0, "tick " + a.points().get(t).tick());
            }
        }
        for (int t = 0; t < a.assistantPoints().size(); t++) {
            double[][] x = a.assistantPoints().get(t).values();
            double[][] y = b.assistantPoints().get(t).values();
            for (int j = 0; j < x.length; j++) {
                assertArrayEquals(x[j], y[j], 0.0);
            }
        }
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
