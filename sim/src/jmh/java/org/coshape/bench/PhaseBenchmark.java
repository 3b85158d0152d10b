package org.coshape.bench;

import java.util.concurrent.TimeUnit;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.CoshapeModel;
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
 * The tick's phases one at a time on a started model (interaction, AI update, social influence),
 * and set-up (population and network). Scores are milliseconds per call; person-ticks/s of a
 * phase = humans / (score / 1000).
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
public class PhaseBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int humans;

    @Param({"4", "8"})
    public int dims;

    @Param({"2"})
    public int threads;

    CoshapeModel model;
    ChunkPool pool;

    @Setup(Level.Trial)
    public void setUp() {
        pool = new ChunkPool(threads);
        model = new CoshapeModel(TickBenchmark.scenario(humans, dims), 1, pool, true);
        model.start();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    @Benchmark
    public void interaction() {
        model.runPhase("interaction");
    }

    @Benchmark
    public void aiUpdate() {
        model.runPhase("ai_update");
    }

    @Benchmark
    public void social() {
        model.runPhase("social");
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public CoshapeModel setup() {
        CoshapeModel m = new CoshapeModel(TickBenchmark.scenario(humans, dims), 1, pool, true);
        m.start();
        return m;
    }
}
