package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Set;
import org.coshape.concurrent.ChunkPool;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A warm tick allocates nothing (between generation boundaries and metric records, which are
 * rare and allocate per designer and per row), on the caller or the pool's threads: a tick runs billions of
 * times in a sweep, and garbage per tick would turn into collector pauses. Measured as bytes
 * allocated by the stepping thread and the pool's workers over many ticks; one object per tick (16 bytes at
 * least) fails.
 */
class ZeroAllocationTest {

    @ParameterizedTest(name = "{0}, d = {1}, {2}")
    @CsvSource({
        "hegselmann_krause, 8, mutual",
        "degroot, 4, engagement",
        "friedkin_johnsen, 5, pluralistic",
        "hegselmann_krause, 3, mutual",
        "deffuant, 8, mutual",
        "hegselmann_krause, 9, mutual"
    })
    void warmTicksAllocateNothing(String rule, int d, String regime) {
        Scenario s = TestScenarios.yaml("""
                name: alloc
                seed: 5
                ticks: 2000
                values: {dimensions: [%s]}
                population: {size: 9000, groups: [{name: everyone, share: 1, distribution: uniform, feedback: 0.5}]}
                network: {type: erdos_renyi, degree: 6}
                social: {rule: %s, rate: 0.2, confidence: 0.8}
                ai: {count: 3, regime: %s}
                generations: {length: 100000}
                metrics: {every: 5000}
                """.formatted(TestScenarios.dimensions(d), rule, regime));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Set<Thread> earlier = Thread.getAllStackTraces().keySet();
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            for (int t = 0; t < 400; t++) {
                m.schedule.step(m);
            }
            long[] ids = tickThreads(earlier);
            assertTrue(ids.length == 2, "expected the caller and one worker, found " + ids.length + " threads");
            long before = total(threads.getThreadAllocatedBytes(ids));
            int ticks = 600;
            for (int t = 0; t < ticks; t++) {
                m.schedule.step(m);
            }
            long bytes = total(threads.getThreadAllocatedBytes(ids)) - before;
            assertTrue(bytes < 16L * ticks, bytes + " bytes allocated in " + ticks + " ticks");
        }
    }

    /** This thread and the new pool's workers (not the test runner's threads, nor other tests' pools). */
    private static long[] tickThreads(Set<Thread> earlier) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t == Thread.currentThread()
                        || (t.getName().startsWith("coshape-worker-") && !earlier.contains(t)))
                .mapToLong(Thread::getId)
                .toArray();
    }

    private static long total(long[] perThread) {
        long sum = 0;
        for (long b : perThread) {
            sum += Math.max(0, b);
        }
        return sum;
    }
}
