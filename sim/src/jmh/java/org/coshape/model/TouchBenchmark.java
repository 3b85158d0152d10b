package org.coshape.model;

import java.util.concurrent.TimeUnit;
import org.coshape.cli.BenchCommand;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;
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
 * The social pass's touch loop alone ({@link TouchLoop#touch} over every block, as the pass
 * runs it) beside the whole social pass, on the bench model: how much of the pass is bringing
 * neighbour records in, the part a prefetch would overlap with the arithmetic. Compare with
 * {@code sim/src/jmh/c/gather_loads.c}, the same loop in C by loads and by prefetches. Lives in
 * the model's package because the touch loop is not public.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx12g"})
@State(Scope.Benchmark)
public class TouchBenchmark {
    @Param({"1000000"})
    public int humans;

    @Param({"8"})
    public int dims;

    @Param({"2"})
    public int threads;

    CoshapeModel model;
    ChunkPool pool;
    private float[] sums;
    private ChunkPool.ChunkTask touchTask;

    @Setup(Level.Trial)
    public void setUp() {
        pool = new ChunkPool(threads);
        model = new CoshapeModel(
                BenchCommand.benchScenario(humans, dims, 1_000_000, 10, "hegselmann_krause"), 1, pool, true);
        model.start();
        People p = model.people();
        Network net = model.network();
        int mode = TouchLoop.touchMode(p);
        sums = new float[ChunkPool.chunks(p.n)];
        touchTask = (chunk, from, to) -> {
            float s = 0;
            for (int b = from; b < to; b += TouchLoop.BLOCK) {
                s += TouchLoop.touch(
                        p.v, net.offsets(), model.neighbourRecords(), b, Math.min(to, b + TouchLoop.BLOCK), p.d, mode);
            }
            sums[chunk] = s;
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    /** Touch loop only: one load per neighbour record, block by block, on the pool. */
    @Benchmark
    public float touch() {
        pool.run(model.people().n, touchTask);
        float s = 0;
        for (float x : sums) {
            s += x;
        }
        return s;
    }

    /** The whole social pass (touch loop, then the kernel on each block), for the ratio. */
    @Benchmark
    public void social() {
        model.runPhase("social");
    }
}
