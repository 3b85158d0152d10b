package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coshape.concurrent.ChunkPool;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code run} refuses a scenario whose estimated heap exceeds the JVM's, so the estimate must
 * cover what a started model really keeps: the heap retained by a model of 300,000 people
 * (measured after full collections) must lie between the person state alone and the estimated
 * person state and network with the estimate's 25% slack, i.e. the total without its fixed
 * allowance for the JVM. (Without the slack the parts fall 2-6% short: metrics buffers,
 * accumulators and the rounding of large arrays to whole heap regions are not itemised.)
 */
class MemoryEstimateTest {

    @ParameterizedTest
    @CsvSource({"hegselmann_krause, 8", "deffuant, 8", "friedkin_johnsen, 4"})
    void estimateCoversWhatAStartedModelKeeps(String rule, int dims) {
        Scenario s = TestScenarios.yaml("""
                name: memory
                seed: 3
                ticks: 1
                values: {dimensions: [%s]}
                population: {size: 300000, groups: [{name: everyone, share: 1, distribution: uniform}]}
                network: {type: erdos_renyi, degree: 10}
                social: {rule: %s, rate: 0.2, confidence: 0.8}
                ai: {count: 4, regime: mutual}
                """.formatted(TestScenarios.dimensions(dims), rule));
        MemoryEstimate estimate = MemoryEstimate.of(s);
        Kept k = keptAfterOneTick(s);
        assertTrue(k.people() == 300000);
        assertTrue(k.bytes() >= estimate.people(), "kept " + k.bytes() + " < person state " + estimate.people());
        long state = estimate.total() - MemoryEstimate.FIXED;
        assertTrue(k.bytes() <= state, "kept " + k.bytes() + " > estimated " + state);
    }

    /**
     * With hundreds of dimensions and few people the sums that grow with d squared (the output's
     * second moments per chunk and group, a record's covariances) outweigh the person state: the
     * estimate must cover them too, or a run of 20 people in 1,000 dimensions passes the check
     * and then dies of OutOfMemoryError.
     */
    @Test
    void estimateCoversTheSumsThatGrowWithDimensionsSquared() {
        Scenario s = TestScenarios.yaml("""
                name: memory
                seed: 3
                ticks: 1
                values: {dimensions: [%s]}
                population: {size: 100, groups: [{name: a, share: 0.5}, {name: b, share: 0.5}]}
                network: {type: erdos_renyi, degree: 10}
                social: {rule: hegselmann_krause, rate: 0.2, confidence: 5}
                ai: {count: 4, regime: mutual}
                metrics: {every: 1}
                """.formatted(TestScenarios.dimensions(600)));
        MemoryEstimate estimate = MemoryEstimate.of(s);
        Kept k = keptAfterOneTick(s);
        assertTrue(k.dims() == 600);
        assertTrue(
                k.bytes() > 2 * (estimate.people() + estimate.network()),
                "the case is one where the d-squared sums dominate: kept " + k.bytes() + ", people " + estimate.people()
                        + ", network " + estimate.network());
        long state = estimate.total() - MemoryEstimate.FIXED;
        assertTrue(k.bytes() <= state, "kept " + k.bytes() + " > estimated " + state);
    }

    /** The heap a started model of {@code s} retains after one tick, and the size it was built with. */
    private record Kept(long bytes, int people, int dims) {}

    /**
     * Measured as the heap retained with the model minus the heap retained once it is dropped,
     * both after the tick: a baseline taken before building it also counted whatever garbage of
     * earlier tests the collector freed in between, which made the figure depend on test order.
     */
    private static Kept keptAfterOneTick(Scenario s) {
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel[] holder = {new CoshapeModel(s, s.seed(), pool, true)};
            holder[0].start();
            holder[0].schedule.step(holder[0]);
            int n = holder[0].people().n;
            int d = holder[0].people().d;
            long with = retained();
            holder[0] = null;
            long without = retained();
            return new Kept(with - without, n, d);
        }
    }

    private static long retained() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
