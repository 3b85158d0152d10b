package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Kleinberg and Raghavan's point in the model's decision task: evaluators of equal accuracy give
 * people worse options when everyone consults the same one, because their errors are correlated.
 */
class MonocultureTaskTest {
    private static final int ROUNDS = 40_000;

    @Test
    void everyoneOnOneAssistantGetsWorseOptionsThanPeopleOnIndependentOnes() {
        MonocultureTask task = new MonocultureTask(10, 4, 1.0);
        double monoculture = task.meanQuality(new double[] {1.0}, ROUNDS, 7);
        double fourAssistants = task.meanQuality(new double[] {0.25, 0.25, 0.25, 0.25}, ROUNDS, 7);
        double ownJudgement = task.meanQuality(new double[0], ROUNDS, 7);
        // standard error of a difference is about 0.005 here (checked by the seeds below)
        assertTrue(monoculture < fourAssistants - 0.03, monoculture + " vs " + fourAssistants);
        assertTrue(fourAssistants < ownJudgement, fourAssistants + " vs " + ownJudgement);
        for (long seed = 8; seed < 12; seed++) {
            double cost =
                    task.meanQuality(new double[0], 10_000, seed) - task.meanQuality(new double[] {1}, 10_000, seed);
            assertTrue(cost > 0.03, "seed " + seed + ": " + cost);
        }
    }

    @Test
    void withoutErrorsOrWithEveryOptionTakenCorrelationCostsNothing() {
        // exact evaluators: everyone takes the best open option, whoever they consult
        MonocultureTask exact = new MonocultureTask(6, 3, 0.0);
        assertEquals(exact.meanQuality(new double[] {1.0}, 2_000, 3), exact.meanQuality(new double[0], 2_000, 3), 0.0);
        // as many deciders as options: all are taken, in any order
        MonocultureTask all = new MonocultureTask(3, 3, 1.0);
        assertEquals(all.meanQuality(new double[] {1.0}, 2_000, 3), all.meanQuality(new double[0], 2_000, 3), 1e-15);
    }

    /** One decider, three options, no error: the mean of the largest of three standard normals, 3 / (2 sqrt(pi)). */
    @Test
    void oneExactDeciderGetsTheExpectedMaximum() {
        MonocultureTask task = new MonocultureTask(3, 1, 0.0);
        double expected = 3 / (2 * Math.sqrt(Math.PI));
        assertEquals(expected, task.meanQuality(new double[] {1.0}, 200_000, 5), 0.006);
    }
}
