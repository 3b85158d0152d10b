package org.coshape.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/** The time estimate counts a run's parts as a run has them. */
class TimeEstimateTest {

    @Test
    void recordsAreTheFirstEveryNthAndTheLastTick() {
        assertEquals(2, TimeEstimate.recordCount(scenario(7, 10)), "ticks 0 and 7");
        assertEquals(3, TimeEstimate.recordCount(scenario(20, 10)), "ticks 0, 10 and 20");
        assertEquals(4, TimeEstimate.recordCount(scenario(21, 10)), "ticks 0, 10, 20 and 21");
    }

    @Test
    void aRunIsSetupPlusItsTicksPlusItsRecords() {
        TimeEstimate e = new TimeEstimate(1.0, 0.01, 0.5, 5);
        assertEquals(1.0 + 20 * 0.01 + 3 * 0.5, e.runSeconds(scenario(20, 10)), 1e-12);
    }

    @Test
    void aShortScenarioIsProbedToItsEnd() {
        Scenario s = scenario(12, 5);
        TimeEstimate e = TimeEstimate.probe(s, 1, 10);
        assertEquals(12, e.probedTicks());
        assertTrue(e.setupSeconds() > 0 && e.tickSeconds() > 0 && e.recordSeconds() > 0, e.toString());
    }

    private static Scenario scenario(int ticks, int every) {
        return TestScenarios.yaml("name: t\nticks: " + ticks + "\npopulation: {size: 60}\nai: {designers: {size: 5}}\n"
                + "metrics: {every: " + every + "}\n");
    }
}
