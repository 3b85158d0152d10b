package org.coshape.bench;

import java.util.concurrent.TimeUnit;
import org.coshape.cli.BenchCommand;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.CoshapeModel;
import org.coshape.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One tick of the reference workload (see {@code bench}): coshape's engine at several sizes,
 * dimensions and thread counts, and the naive MASON idiom, in one JMH run. Scores are seconds
 * per tick; person-ticks/s = humans / score. Both run on transparent huge pages, which coshape
 * asks for from about 5x10^5 people (the CLI starts Java again with the option): the same JVM for
 * both engines, whose ratio is the point (the idiom gains more from them: 40% at 10^6 against 14%).
 * Warm-up 15 s: past the recompilation of coshape's interaction at about tick 30 (see
 * {@code BenchCommand.AUTO_WARMUP_PERSON_TICKS}), also at one thread (0.25 s per tick at 10^6).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx12g", "-XX:+UseTransparentHugePages"})
public class TickBenchmark {

    /** coshape's flat-array engine. */
    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"100000", "1000000"})
        public int humans;

        @Param({"4", "8", "16"})
        public int dims;

        @Param({"1", "2"})
        public int threads;

        CoshapeModel model;
        ChunkPool pool;

        @Setup(Level.Trial)
        public void setUp() {
            pool = new ChunkPool(threads);
            model = new CoshapeModel(scenario(humans, dims), 1, pool, true);
            model.start();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            pool.close();
        }
    }

    /** The naive MASON model (single thread by construction). */
    @State(Scope.Benchmark)
    public static class Naive {
        @Param({"100000", "1000000"})
        public int humans;

        @Param({"8"})
        public int dims;

        NaiveMasonModel model;

        @Setup(Level.Trial)
        public void setUp() {
            model = new NaiveMasonModel(1, humans, dims, 10);
            model.start();
        }
    }

    static Scenario scenario(int humans, int dims) {
        return BenchCommand.benchScenario(humans, dims, 1_000_000, 10, "hegselmann_krause");
    }

    @Benchmark
    public void coshapeTick(Engine e) {
        e.model.schedule.step(e.model);
    }

    @Benchmark
    public void naiveMasonTick(Naive n) {
        n.model.schedule.step(n.model);
    }
}
