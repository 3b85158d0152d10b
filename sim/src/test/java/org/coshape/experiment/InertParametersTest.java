package org.coshape.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/** Swept keys the model cannot respond to are named before the sweep runs. */
class InertParametersTest {
    static SweepPlan plan(String extra) {
        String text = "name: inert\nticks: 2\npopulation: {size: 50}\n" + extra;
        Scenario s = TestScenarios.yaml(text);
        return SweepPlan.of(TestScenarios.tree(text), null, s);
    }

    @Test
    void listeningUnderAdaptiveListeningIsOnlyAStart() {
        List<String> w = InertParameters.beforeRunning(
                plan("ai: {regime: mutual}\nsweep: {parameters: {ai.listening: [0.1, 0.5]}}\n"));
        assertEquals(1, w.size());
        assertTrue(w.get(0).contains("only sets where listening starts"), w.get(0));
        assertEquals(
                List.of(),
                InertParameters.beforeRunning(plan("ai: {regime: mutual, listening_policy: fixed}\n"
                        + "sweep: {parameters: {ai.listening: [0.1, 0.5]}}\n")));
    }

    @Test
    void keysOfAnotherSocialRuleAreNamed() {
        List<String> w = InertParameters.beforeRunning(plan("social: {rule: hegselmann_krause}\n"
                + "sweep: {parameters: {social.rate: [0.1, 0.2], 'population.groups[*].anchoring': [0.1, 0.2],"
                + " social.confidence: [0.2, 0.4]}}\n"));
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("sweep.parameters.social.rate:"), w.get(0));
        assertTrue(w.get(1).startsWith("sweep.parameters.population.groups[*].anchoring:"), w.get(1));
    }

    @Test
    void aKeyReadAtSomePointsIsNotNamed() {
        assertEquals(
                List.of(),
                InertParameters.beforeRunning(
                        plan("sweep: {parameters: {social.rule: [none, degroot]," + " social.rate: [0.1, 0.3]}}\n")));
    }
}
