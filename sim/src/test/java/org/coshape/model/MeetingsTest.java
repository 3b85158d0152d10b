package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioException;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Deffuant's sequential meetings, repulsion, curated exposure and absorption: hand-computed
 * cases, the invariants that tie them to the no-AI twin, and the parts refused where they could
 * not act.
 */
class MeetingsTest {

    /** Two people on a complete network: every meeting is of the two. */
    private static Scenario pair(String social, double a, double b) {
        return TestScenarios.yaml("name: pair\nticks: 1\nvalues: {dimensions: [x]}\n"
                + "population: {size: 2, groups: [{name: a, share: 0.5, mean: [" + a + "], spread: 0.0},"
                + " {name: b, share: 0.5, mean: [" + b + "], spread: 0.0}]}\n"
                + "network: {type: complete}\nsocial: " + social + "\nai: {count: 0}\nmetrics: {baseline: false}\n");
    }

    private static float[] values(CoshapeModel m) {
        return new float[] {
            m.people().v[m.people().at(0)], m.people().v[m.people().at(1)]
        };
    }

    @Test
    void sequentialMeetingsAverageAPairWithinConfidence() {
        CoshapeModel m = TestScenarios.started(
                pair("{rule: deffuant, matching: sequential, rate: 0.5, confidence: 1.0}", -0.2, 0.2), 1);
        float[] before = values(m);
        TestScenarios.step(m, 1);
        float[] after = values(m);
        // mu = 0.5: the first of the tick's two meetings brings both to their mean, the second keeps it
        float mean = (float) ((before[0] + (double) before[1]) / 2);
        assertEquals(mean, after[0]);
        assertEquals(mean, after[1]);
    }

    @Test
    void aPairBeyondRepulsionMovesApartUntilTheBounds() {
        CoshapeModel m = TestScenarios.started(
                pair("{rule: deffuant, matching: sequential, rate: 0.2, confidence: 0.4, repulsion: 0.8}", -0.5, 0.5),
                1);
        float[] start = values(m);
        double gap = start[1] - (double) start[0];
        TestScenarios.step(m, 1);
        float[] after = values(m);
        // each meeting widens the gap by 2 rate x gap: two meetings per tick, 1.4 x 1.4 = 1.96
        double expected = gap * 1.4 * 1.4;
        assertEquals(expected, after[1] - (double) after[0], 1e-6);
        TestScenarios.step(m, 5);
        assertEquals(-1f, values(m)[0]);
        assertEquals(1f, values(m)[1]);
    }

    @Test
    void withoutRepulsionAPairBeyondConfidenceNeverMoves() {
        CoshapeModel m = TestScenarios.started(
                pair("{rule: deffuant, matching: sequential, rate: 0.2, confidence: 0.4}", -0.5, 0.5), 1);
        float[] start = values(m);
        TestScenarios.step(m, 10);
        assertEquals(start[0], values(m)[0]);
        assertEquals(start[1], values(m)[1]);
    }

    private static Scenario curated(double gamma, String rule) {
        return TestScenarios.yaml("name: c\nseed: 5\nticks: 60\nvalues: {dimensions: [x]}\n"
                + "population: {size: 80, groups: [{name: everyone, distribution: uniform, susceptibility: 0.0}]}\n"
                + "network: {type: complete}\nsocial: " + rule + "\n"
                + "ai: {count: 2, exposure: {gamma: " + gamma + "}}\nmetrics: {every: 60}\n");
    }

    /**
     * An assistant that cannot move anyone (susceptibility 0) moves no one: its users end where
     * their no-AI twins do, bit for bit, while it chooses no one's partners; once it filters whom
     * they meet, they do not.
     */
    @Test
    void anAssistantThatFiltersNoOneMovesNoOneAndOneThatFiltersDoes() {
        String rule = "{rule: deffuant, matching: sequential, rate: 0.5, confidence: 0.4}";
        TimeSeries none = TestScenarios.run(curated(0.0, rule), 1);
        TimeSeries filtering = TestScenarios.run(curated(1.0, rule), 1);
        int drift = Metric.INDUCED_DRIFT.ordinal();
        assertEquals(0.0, none.last().values()[0][drift]);
        assertTrue(
                filtering.last().values()[0][drift] > 0.01,
                "filtering moved people: " + filtering.last().values()[0][drift]);
    }

    @Test
    void aRunEndsWhenAbsorbedAndNoMeetingCanMoveAnyoneThen() {
        Scenario s = TestScenarios.yaml("name: a\nseed: 3\nticks: 100000\nstop: {absorbed: true}\n"
                + "values: {dimensions: [x]}\n"
                + "population: {size: 100, groups: [{name: everyone, distribution: uniform}]}\n"
                + "network: {type: complete}\nsocial: {rule: deffuant, matching: sequential, rate: 0.5,"
                + " confidence: 0.4}\nai: {count: 0}\nmetrics: {every: 1000, baseline: false}\n");
        CoshapeModel m = TestScenarios.started(s, 1);
        m.stepToEnd();
        double at = m.series().ticksToAbsorption();
        assertTrue(at > 10 && at < 100000, "absorbed at " + at);
        assertEquals(at, m.tick(), "the run ended there");
        double c2 = 0.4 * 0.4;
        assertTrue(Absorption.absorbed(m.people(), m.network(), c2, 1e-10), "every pair agrees or is out of reach");
        float[] end = m.people().v.clone();
        TestScenarios.step(m, 50);
        float[] later = m.people().v;
        for (int i = 0; i < end.length; i++) {
            assertEquals(end[i], later[i], 1e-5, "no meeting moves anyone by more than the agreement tolerance");
        }
        assertTrue(m.series().interactionsPerPerson() > 1, "interactions were counted");
    }

    @Test
    void partsAreRefusedWhereTheyCannotAct() {
        String base = "name: r\npopulation: {size: 40}\nai: {designers: {size: 4}}\n";
        assertRefused(base + "social: {rule: degroot, matching: sequential}\n", "social.matching");
        assertRefused(base + "social: {rule: friedkin_johnsen, repulsion: 0.9}\n", "social.repulsion");
        assertRefused(
                "name: r\npopulation: {size: 40}\nsocial: {rule: deffuant}\n"
                        + "ai: {designers: {size: 4}, exposure: {gamma: 1}}\n",
                "ai.exposure.gamma");
        assertRefused(base + "stop: {absorbed: true}\n", "stop.absorbed");
        assertRefused(base + "stop: {absorbed: true}\nsocial: {rule: deffuant, repulsion: 0.9}\n", "stop.absorbed");
        assertRefused(
                "name: r\npopulation: {size: 40}\nai: {designers: {size: 4}, regime: mutual, horizon: 5}\n",
                "ai.horizon");
        assertRefused(
                "name: r\npopulation: {size: 40}\nai: {designers: {size: 4}, regime: engagement, shift_penalty: 1}\n"
                        + "metrics: {baseline: false}\n",
                "ai.shift_penalty");
    }

    private static void assertRefused(String yaml, String key) {
        Executable bind = () -> TestScenarios.yaml(yaml);
        ScenarioException e = assertThrows(ScenarioException.class, bind);
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}
