package org.coshape.bench;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The naive MASON idiom phase by phase, beside {@link PhaseBenchmark}'s coshape phases, so that the
 * ratio of the two engines can be read per phase as well as for the whole tick: the interaction
 * (every person's Steppable through the schedule), the AI update with the social pass (one
 * Steppable, as the idiom writes it), and the set-up. Scores are milliseconds per call.
 * Huge pages as in {@link TickBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx12g", "-XX:+UseTransparentHugePages"})
@State(Scope.Benchmark)
public class NaivePhaseBenchmark {
    @Param({"100000", "1000000"})
    public int humans;

    @Param({"8"})
    public int dims;

    /** A model whose schedule steps one phase; its own state, so that the set-up is not run per phase. */
    @State(Scope.Benchmark)
    public static class OnePhase {
        /** "interaction", or "social" (the AI update and the social pass, one Steppable in the idiom). */
        @Param({"interaction", "social"})
        public String phase;

        NaiveMasonModel model;

        @Setup(Level.Trial)
        public void setUp(NaivePhaseBenchmark b) {
            model = new NaiveMasonModel(1, b.humans, b.dims, 10, phase.equals("interaction"), phase.equals("social"));
            model.start();
        }
    }

    @Benchmark
    public void naivePhase(OnePhase p) {
        p.model.schedule.step(p.model);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public NaiveMasonModel naiveSetup() {
        NaiveMasonModel m = new NaiveMasonModel(1, humans, dims, 10);
        m.start();
        return m;
    }
}
