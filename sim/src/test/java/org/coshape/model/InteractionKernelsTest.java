package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coshape.model.state.People;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The d = 4 and d = 8 interaction kernels must give the readable rule's results bit for bit: every
 * person's values, movement, trust and counters and every accumulator, under each feedback kind,
 * listening policy, guardrail and refusal, with and without the twin's attribution sums, over
 * several ticks with the AIs moving in between.
 */
class InteractionKernelsTest {

    static Scenario scenario(int d, String regime, double guardrail, double refusal) {
        return scenario(d, regime, guardrail, refusal, true);
    }

    static Scenario scenario(int d, String regime, double guardrail, double refusal, boolean twin) {
        String dims = String.join(
                ", ", List.of("a", "b", "c", "d", "e", "f", "g", "h").subList(0, d));
        String mean = String.join(
                ", ",
                List.of("0.3", "-0.2", "0.1", "0", "0.5", "0.1", "0.2", "-0.3").subList(0, d));
        return TestScenarios.yaml("""
                name: width
                seed: 17
                ticks: 10
                values: {dimensions: [%s]}
                population:
                  size: 10000
                  groups:
                    - {name: near, share: 0.5, mean: [%s], spread: 0.4, feedback: 0.7}
                    - {name: far, share: 0.5, distribution: uniform, usage: 0.8, feedback: 0.5}
                network: {type: none}
                social: {rule: none}
                ai: {count: 3, regime: %s, guardrail: %s, refusal_threshold: %s, confidence: 0.75}
                metrics: {baseline: %s}
                """.formatted(dims, mean, regime, guardrail, refusal, twin));
    }

    @ParameterizedTest(name = "d = {0}, {1}, guardrail {2}, refusal {3}, twin {4}")
    @CsvSource({
        "8, mutual, 1.0, 1.0, true",
        "8, engagement, 1.0, 1.0, true",
        "8, pluralistic, 0.5, 1.0, true",
        "8, mutual, 0.7, 0.4, false",
        "8, engagement, 0.6, 0.5, true",
        "8, configuration, 1.0, 0.8, false",
        "4, mutual, 1.0, 1.0, false",
        "4, engagement, 0.6, 0.5, true",
        "4, pluralistic, 0.5, 1.0, false",
        "4, configuration, 0.7, 0.4, true"
    })
    void kernelsEqualTheReadableRule(int d, String regime, double guardrail, double refusal, boolean twin) {
        Scenario s = scenario(d, regime, guardrail, refusal, twin);
        CoshapeModel fixed = TestScenarios.started(s, 2);
        CoshapeModel general = TestScenarios.started(s, 2);
        InteractionPhase fixedPhase = new InteractionPhase(fixed, true);
        InteractionPhase generalPhase = new InteractionPhase(general, false);
        float[] before = fixed.people().v.clone();
        for (int t = 0; t < 4; t++) {
            fixedPhase.step(fixed);
            generalPhase.step(general);
            People a = fixed.people();
            People b = general.people();
            assertArrayEquals(b.v, a.v, "values, round " + t);
            assertArrayEquals(b.moveAi, a.moveAi, "movement by the AI, round " + t);
            assertArrayEquals(b.trust, a.trust, "trust, round " + t);
            assertArrayEquals(b.asks, a.asks, "asks, round " + t);
            assertArrayEquals(b.answered, a.answered, "answered, round " + t);
            assertArrayEquals(b.welfareSum, a.welfareSum, "welfare sums, round " + t);
            assertArrayEquals(general.aiTotals(), fixed.aiTotals(), "AI sums, round " + t);
            for (int c = 0; c < general.groupAccumulators().length; c++) {
                assertArrayEquals(
                        general.groupAccumulators()[c],
                        fixed.groupAccumulators()[c],
                        "group sums of chunk " + c + ", round " + t);
            }
            fixed.runPhase("ai_update");
            general.runPhase("ai_update");
        }
        int moved = 0;
        for (int k = 0; k < before.length; k++) {
            moved += before[k] != fixed.people().v[k] ? 1 : 0;
        }
        assertTrue(moved > before.length / 10, "the interactions moved too few values to compare: " + moved);
    }

    @Test
    void kernelsRefuseOtherWidths() {
        Scenario s = TestScenarios.yaml("""
                name: five
                seed: 1
                ticks: 1
                values: {dimensions: [a, b, c, d, e]}
                population: {size: 100, groups: [{name: everyone, share: 1}]}
                network: {type: none}
                ai: {count: 1, regime: mutual}
                """);
        CoshapeModel m = TestScenarios.started(s, 1);
        assertThrows(IllegalArgumentException.class, () -> new InteractionPhase(m, true));
    }
}
